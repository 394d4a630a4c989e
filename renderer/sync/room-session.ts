import * as Y from 'yjs';
import { createWorkshopStore } from '../state/workshop-store';
import type { WorkshopSession } from './local-workshops';
import { persistLocally } from './local-persistence';
import { deviceId } from './identity';
import { connectRoom, type RoomConnection } from './room-connection';
import { roomWorkshopId, serverHost, type RoomLink } from './room-links';
import { setRoomConnection } from './room-registry';
import { bindRegistry } from './registry-binding';
import { metaMap } from '../../shared/model';
import { watchAlignedWorkshop } from './aligned-workshop';
import { platform } from '../platform';

/** A joined room: a workshop session whose doc is synced with the hub. */
export interface RoomSession extends WorkshopSession {
  readonly connection: RoomConnection;
}

/**
 * Opens a joined room: its local copy from IndexedDB first (so a participant who lost the
 * Wi-Fi still has the workshop), then the hub connection. Nothing is ever seeded or
 * migrated here: the room's content is the hub's, and writing defaults into a joined doc
 * could overwrite what the room agreed (docs/ARCHITECTURE.md, seeding rule).
 */
export async function openRoomSession(link: RoomLink): Promise<RoomSession> {
  const id = roomWorkshopId(link.room);
  const doc = new Y.Doc();
  const persistence = persistLocally(id, doc);
  try {
    await platform().allowRoomConnection(link.wsUrl);
    await persistence.synced;
  } catch (error) {
    await persistence.destroy();
    doc.destroy();
    throw error;
  }
  const session = connectSession(id, doc, link);
  // A server workshop may be aligned to another (the company's): its objectives to pick from.
  const server = link.server;
  const stopAligned = server
    ? watchAlignedWorkshop({ ...link, server }, doc, session.connection)
    : null;
  // A joined room is listed on the home screen like a local workshop (to reopen it, or
  // keep a copy), once it has content: never as an empty, untitled row.
  let stopRegistry: (() => void) | null = null;
  const meta = metaMap(doc);
  const listOnceKnown = () => {
    if (stopRegistry || typeof meta.get('id') !== 'string') return;
    stopRegistry = bindRegistry(
      id,
      doc,
      undefined,
      link.server ? serverHost(link.server) : undefined,
    );
    meta.unobserve(listOnceKnown);
  };
  meta.observe(listOnceKnown);
  listOnceKnown();
  return {
    ...session,
    close: async () => {
      stopAligned?.();
      if (stopRegistry) stopRegistry();
      else meta.unobserve(listOnceKnown);
      await session.close(() => persistence.destroy());
    },
  };
}

function connectSession(id: string, doc: Y.Doc, link: RoomLink) {
  const connection = connectRoom({
    doc,
    wsUrl: link.wsUrl,
    room: link.room,
    token: link.token,
    deviceId: deviceId(),
  });
  setRoomConnection(doc, connection);
  const binding = createWorkshopStore(doc);
  return {
    id,
    doc,
    binding,
    connection,
    close: async (beforeDestroy?: () => Promise<void>) => {
      setRoomConnection(doc, null);
      connection.destroy();
      binding.dispose();
      await beforeDestroy?.();
      doc.destroy();
    },
  };
}

/**
 * A room as a projector shows it: the hub's copy in memory only. Nothing is stored on the
 * device and nothing is listed on the home screen, and the link is not remembered: a
 * projector is a mirror of the room, and a browser where the facilitator also works must
 * keep the facilitator's own copy and link untouched. A reload syncs again from the hub.
 */
export function openPresentationSession(link: RoomLink): RoomSession {
  const session = connectSession(`present~${link.room}`, new Y.Doc(), link);
  return { ...session, close: () => session.close() };
}
