import type * as Y from 'yjs';
import type { RoomConnection } from './room-connection';

/**
 * Which open workshop doc is connected to a room, and through which connection. A joined
 * room's doc is connected from the start; a local workshop's doc gets one when the
 * facilitator opens a room on it. Components look the connection up by their doc.
 */
const connections = new Map<Y.Doc, RoomConnection>();
const listeners = new Set<() => void>();

export function setRoomConnection(doc: Y.Doc, connection: RoomConnection | null): void {
  if (connection) connections.set(doc, connection);
  else connections.delete(doc);
  for (const listener of [...listeners]) listener();
}

export function getRoomConnection(doc: Y.Doc): RoomConnection | null {
  return connections.get(doc) ?? null;
}

export function subscribeRoomConnections(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
