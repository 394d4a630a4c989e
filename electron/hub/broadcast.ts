import type { afterLoadDocumentPayload, Connection, Document, Extension } from '@hocuspocus/server';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/**
 * Batched fan-out of document updates. Hocuspocus 3.4.4 sends every update to every
 * connection the moment it is applied: at 500 edits/s in a room of 100 that is 50 000
 * messages a second for the clients to decode and apply one by one. Here the updates applied
 * in the same turn of the event loop always go out as one merged message, which cuts the
 * hub's CPU per delivered update about threefold at 100 peers × 500 updates/s.
 *
 * Optionally (`windowMs` > 0), under load — more than `quietFanOut` messages a second would
 * leave (updates/s × connections) — updates that follow a broadcast within a window growing
 * with the load up to `windowMs` are merged too. Off by default: it trades latency for
 * fewer messages, worth it only where the clients, not the hub, are the bottleneck.
 */
export interface BatchingOptions {
  /** The longest a timed window may grow to; 0 (default) merges only within one turn. */
  readonly windowMs: number;
  readonly quietFanOut?: number;
  readonly busyFanOut?: number;
}

/** How long to hold the next broadcast, given the update rate and the room's size. */
export function broadcastWindow(
  updatesPerSecond: number,
  connections: number,
  { windowMs, quietFanOut = 15_000, busyFanOut = 45_000 }: BatchingOptions,
): number {
  const fanOut = updatesPerSecond * Math.max(1, connections);
  if (windowMs <= 0 || fanOut <= quietFanOut) return 0;
  return Math.min(windowMs, ((fanOut - quietFanOut) / (busyFanOut - quietFanOut)) * windowMs);
}

type Listener = (...args: unknown[]) => void;

/**
 * Hocuspocus' own 'update' listener on a Document: `this.handleUpdate.bind(this)`, added in
 * its constructor (a private detail of @hocuspocus/server 3.4.4, pinned exactly in
 * package.json). Null if it is not there exactly once, as after an upgrade that changed it.
 */
function hocuspocusListener(document: Document): Listener | null {
  const observers = (document as unknown as { _observers?: Map<string, Set<Listener>> })._observers;
  const own = [...(observers?.get('update') ?? [])].filter((l) => l.name === 'bound handleUpdate');
  return own.length === 1 ? own[0]! : null;
}

/** Hocuspocus' wire format of a sync update: document name, Sync (0), update (2), the update. */
function syncUpdateMessage(name: string, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/**
 * Replaces Hocuspocus' broadcast on `document` with the batched one. Returns false, and
 * changes nothing, if Hocuspocus' listener is not where 3.4.4 keeps it.
 */
export function batchBroadcasts(document: Document, options: BatchingOptions): boolean {
  const listener = hocuspocusListener(document);
  if (!listener || typeof document.callbacks?.onUpdate !== 'function' || options.windowMs < 0)
    return false;
  document.off('update', listener);

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

  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const update = pending.length === 1 ? pending[0]! : Y.mergeUpdates(pending);
    pending = [];
    lastSent = performance.now();
    const message = syncUpdateMessage(document.name, update);
    for (const connection of document.getConnections()) connection.send(message);
  };

  document.on('update', (update: Uint8Array, origin: unknown) => {
    // What Hocuspocus' listener did besides broadcasting: its onChange and storage hooks.
    document.callbacks.onUpdate(document, origin as Connection, update);
    pending.push(update);
    const now = performance.now();
    const perSecond = rate(now);
    if (scheduled) return;
    scheduled = true;
    const wait =
      lastSent + broadcastWindow(perSecond, document.getConnectionsCount(), options) - now;
    if (wait <= 0) setImmediate(flush);
    else setTimeout(flush, wait);
  });
  return true;
}

/**
 * The batching as a Hocuspocus extension. It runs first (priority), before any other
 * extension adds its own update listener. `batching` says whether it applies: false means
 * Hocuspocus broadcasts each update itself, which is logged loudly — never a silent fallback.
 */
export class BroadcastBatching implements Extension {
  readonly extensionName = 'offsite-broadcast-batching';
  readonly priority = 1000;
  /** Null until a document is loaded; false once any document could not be batched. */
  batching: boolean | null = null;

  constructor(
    private readonly options: BatchingOptions & { readonly log: (message: string) => void },
  ) {}

  async afterLoadDocument({ document }: afterLoadDocumentPayload): Promise<void> {
    const applied = batchBroadcasts(document, this.options);
    // A server loads many documents: one that is not batched is enough to report it off.
    this.batching = applied && this.batching !== false;
    if (!applied) {
      this.options.log(
        'WARNING: broadcast batching is OFF: @hocuspocus/server no longer keeps its update ' +
          'listener where 3.4.4 did, so every update goes out on its own (see electron/hub/broadcast.ts)',
      );
    }
  }
}
