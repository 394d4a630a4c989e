import type { Document } from '@hocuspocus/server';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/**
 * Batched fan-out of document updates. Hocuspocus 3.4.4 sends every update to every
 * connection the moment it is applied: at 500 edits/s in a room of 100 that is 50 000
 * messages a second for the clients to decode and apply one by one, and the clients (phones,
 * old laptops) fall behind by seconds. Here updates arriving in the same turn of the event
 * loop always go out as one message, and under load — more than `quietFanOut` messages a
 * second would leave (updates/s × connections: the hub's sending work and the Wi-Fi's
 * airtime) — updates that follow a broadcast within a window, growing with the load up to
 * `maxWindowMs`, are merged too. A quiet or small room is not slowed down at all; a busy
 * one trades a few milliseconds for a fraction of the network and client work.
 *
 * Replaces Hocuspocus' own 'update' listener on the document (a private detail of 3.4.4,
 * checked here: if it is not exactly as expected nothing is replaced and Hocuspocus keeps
 * broadcasting itself). Returns whether batching is on.
 */
export function batchBroadcasts(
  document: Document,
  options: { maxWindowMs: number; quietFanOut?: number; busyFanOut?: number },
): boolean {
  const { maxWindowMs, quietFanOut = 15_000, busyFanOut = 45_000 } = options;
  const internals = document as unknown as {
    _observers?: Map<string, Set<(...args: unknown[]) => void>>;
    callbacks?: { onUpdate?: (doc: Document, origin: unknown, update: Uint8Array) => void };
  };
  const listeners = internals._observers?.get('update');
  const onUpdate = internals.callbacks?.onUpdate;
  if (!listeners || listeners.size !== 1 || typeof onUpdate !== 'function' || maxWindowMs < 0)
    return false;
  const hocuspocusListener = [...listeners][0]!;
  document.off('update', hocuspocusListener);

  let pending: Uint8Array[] = [];
  let scheduled = false;
  let lastSent = 0;
  // Updates per second over the last ~0.5 s, from two 250 ms buckets.
  let bucketStart = 0;
  let current = 0;
  let previous = 0;
  const rate = (now: number): number => {
    if (now - bucketStart >= 250) {
      previous = now - bucketStart >= 500 ? 0 : current;
      current = 0;
      bucketStart = now;
    }
    current++;
    return (current + previous) * 2;
  };
  const windowFor = (perSecond: number): number => {
    const fanOut = perSecond * Math.max(1, document.getConnectionsCount());
    if (fanOut <= quietFanOut) return 0;
    return Math.min(
      maxWindowMs,
      ((fanOut - quietFanOut) / (busyFanOut - quietFanOut)) * maxWindowMs,
    );
  };

  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const update = pending.length === 1 ? pending[0]! : Y.mergeUpdates(pending);
    pending = [];
    lastSent = performance.now();
    // Hocuspocus' wire format: document name, Sync (0), sync update (2), the update.
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, document.name);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, update);
    const message = encoding.toUint8Array(encoder);
    for (const connection of document.getConnections()) connection.send(message);
  };

  document.on('update', (update: Uint8Array, origin: unknown) => {
    // What Hocuspocus' listener did besides broadcasting: onChange, storage hooks.
    onUpdate.call(internals.callbacks, document, origin, update);
    pending.push(update);
    const now = performance.now();
    const perSecond = rate(now);
    if (scheduled) return;
    scheduled = true;
    const wait = lastSent + windowFor(perSecond) - now;
    if (wait <= 0) setImmediate(flush);
    else setTimeout(flush, wait);
  });
  return true;
}
