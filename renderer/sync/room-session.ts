import * as Y from 'yjs';
import { createWorkshopStore } from '../state/workshop-store';
import type { WorkshopSession } from './local-workshops';
import { persistLocally } from './local-persistence';
import { deviceId } from './identity';
import { connectRoom, type RoomConnection } from './room-connection';
import { roomWorkshopId, type RoomLink } from './room-links';
import { setRoomConnection } from './room-registry';
import { bindRegistry } from './registry-binding';
import { metaMap } from '../../shared/model';

/** A joined room: a workshop session whose doc is synced with the hub. */
export interface RoomSession extends WorkshopSession {
  readonly connection: RoomConnection;
}

/**
 * Opens a joined room: its local copy from IndexedDB first (so a participant who lost the
 * Wi-Fi still has the workshop), then the hub connection. Nothing is ever seeded or
 * migrated here: the room's content is the hub's, and writing defaults into a joined doc
 * could overwrite what the room agreed (ARCHITECTURE.md, seeding rule).
 */
export async function openRoomSession(link: RoomLink): Promise<RoomSession> {
  const id = roomWorkshopId(link.room);
  const doc = new Y.Doc();
  const persistence = persistLocally(id, doc);
  try {
    await persistence.synced;
  } catch (error) {
    await persistence.destroy();
    doc.destroy();
    throw error;
  }
  const connection = connectRoom({
    doc,
    wsUrl: link.wsUrl,
    room: link.room,
    token: link.token,
    deviceId: deviceId(),
  });
  setRoomConnection(doc, connection);
  const binding = createWorkshopStore(doc);
  // A joined room is listed on the home screen like a local workshop (to reopen it, or
  // keep a copy), once it has content: never as an empty, untitled row.
  let stopRegistry: (() => void) | null = null;
  const meta = metaMap(doc);
  const listOnceKnown = () => {
    if (stopRegistry || typeof meta.get('id') !== 'string') return;
    stopRegistry = bindRegistry(id, doc);
    meta.unobserve(listOnceKnown);
  };
  meta.observe(listOnceKnown);
  listOnceKnown();
  return {
    id,
    doc,
    binding,
    connection,
    close: async () => {
      if (stopRegistry) stopRegistry();
      else meta.unobserve(listOnceKnown);
      setRoomConnection(doc, null);
      connection.destroy();
      binding.dispose();
      await persistence.destroy();
      doc.destroy();
    },
  };
}
