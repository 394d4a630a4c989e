import type * as Y from 'yjs';
import type { RoomInfo } from '../../../shared/protocol/ipc';
import { connectRoom } from '../../sync/room-connection';
import { getRoomConnection, setRoomConnection } from '../../sync/room-registry';
import { platform } from '../../platform';

/** The room this desktop app hosts (one at a time, like the hub in the main process). */
let hosted: { doc: Y.Doc; info: RoomInfo } | null = null;

export function hostedRoomInfo(doc: Y.Doc): RoomInfo | null {
  return hosted?.doc === doc ? hosted.info : null;
}

/**
 * "Open room" on the desktop: the main process starts the hub from this workshop's state,
 * then this doc connects to it with the facilitator token; both copies merge.
 */
export async function openHostedRoom(
  doc: Y.Doc,
  update: Uint8Array,
  title: string,
): Promise<RoomInfo> {
  const host = platform().room;
  if (!host) throw new Error('Opening a room needs the Offsite desktop app.');
  if (hosted && hosted.doc !== doc) await closeHostedRoom(hosted.doc);
  const info = await host.openRoom(update, title);
  getRoomConnection(doc)?.destroy();
  const connection = connectRoom({
    doc,
    wsUrl: info.localWsUrl,
    room: info.room,
    token: info.facilitatorToken,
  });
  hosted = { doc, info };
  setRoomConnection(doc, connection);
  return info;
}

/** Disconnects and asks the main process to store the room's file and close the hub. */
export async function closeHostedRoom(doc: Y.Doc): Promise<void> {
  if (hosted?.doc !== doc) return;
  hosted = null;
  getRoomConnection(doc)?.destroy();
  setRoomConnection(doc, null);
  await platform().room?.closeRoom();
}
