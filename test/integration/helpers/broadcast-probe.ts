// What the broadcast tests (hub-broadcast, serve-broadcast) observe: the sync updates a raw
// socket receives, updates the hub can place, and a held event loop.
import * as decoding from 'lib0/decoding';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { createProject } from '../../../shared/model';

/**
 * The sync update messages (Sync 0, update 2) a raw socket receives from now on, each
 * applied to `doc` as it arrives.
 */
export function collectSyncUpdates(ws: WebSocket, doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => {
    const d = decoding.createDecoder(new Uint8Array(data));
    decoding.readVarString(d);
    if (decoding.readVarUint(d) !== 0 || decoding.readVarUint(d) !== 2) return;
    const update = decoding.readVarUint8Array(d);
    updates.push(update);
    Y.applyUpdate(doc, update);
  });
  return updates;
}

/** A new project written on a copy of `base`: an update the hub can place. */
export function projectUpdate(base: Uint8Array, title: string): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, base);
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  createProject(doc, { title });
  doc.destroy();
  return Y.mergeUpdates(updates);
}

/** Holds the event loop: what the clients sent meanwhile is all waiting when it resumes. */
export function holdEventLoop(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // busy: nothing else of this process runs, the kernel still moves loopback bytes
  }
}
