import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readConfidenceRound, roomMap } from '../../shared/model';
import type { ConfidenceRoundState } from '../../shared/protocol/confidence';
import { useWorkshopDoc } from './workshop-context';

/**
 * The weekly meeting's confidence round (the room map's `confidenceRound`), validated, read
 * once per change of the room map per doc: one observer however many key results show it.
 * The snapshot keeps its identity while its content is the same.
 */
interface Entry {
  round: ConfidenceRoundState | null;
  json: string;
  readonly listeners: Set<() => void>;
  stop: (() => void) | null;
}

const docs = new WeakMap<Y.Doc, Entry>();

function refresh(doc: Y.Doc, entry: Entry): void {
  const round = readConfidenceRound(doc);
  const json = JSON.stringify(round);
  if (json !== entry.json) Object.assign(entry, { round, json });
}

function entryOf(doc: Y.Doc): Entry {
  let entry = docs.get(doc);
  if (!entry) {
    entry = { round: null, json: 'null', listeners: new Set(), stop: null };
    docs.set(doc, entry);
    refresh(doc, entry);
  } else if (!entry.stop) refresh(doc, entry);
  return entry;
}

function subscribe(doc: Y.Doc, listener: () => void): () => void {
  const entry = entryOf(doc);
  entry.listeners.add(listener);
  if (!entry.stop) {
    const map = roomMap(doc);
    const onChange = () => {
      refresh(doc, entry);
      for (const l of [...entry.listeners]) l();
    };
    map.observeDeep(onChange);
    refresh(doc, entry);
    entry.stop = () => map.unobserveDeep(onChange);
  }
  return () => {
    entry.listeners.delete(listener);
    if (entry.listeners.size === 0) {
      entry.stop?.();
      entry.stop = null;
    }
  };
}

/** The open workshop's confidence round, or null when none is running. */
export function useConfidenceRound(): ConfidenceRoundState | null {
  const doc = useWorkshopDoc();
  return useSyncExternalStore(
    (cb) => subscribe(doc, cb),
    () => (doc.isDestroyed ? null : entryOf(doc).round),
  );
}
