import type * as Y from 'yjs';
import {
  collection,
  cycleRetroMap,
  LIMITS,
  metaMap,
  onePagerMap,
  RECORD_COLLECTIONS,
} from '../../shared/model';
import type { StoreCollection } from './workshop-state';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs' own signature
type DeepObserver = (events: Y.YEvent<any>[], transaction: Y.Transaction) => void;
interface Observable {
  observeDeep(f: DeepObserver): void;
  unobserveDeep(f: DeepObserver): void;
}

/** What changed in the doc since the store last read it. */
export interface Dirty {
  readonly meta: boolean;
  /** The one-pager's texts (purpose, vision, customers). */
  readonly texts: boolean;
  /** The cycle's retrospective texts. */
  readonly cycleRetro: boolean;
  /** Per collection, the ids of the records added, changed or removed. */
  readonly records: ReadonlyMap<StoreCollection, ReadonlySet<string>>;
}

export interface DirtyTracker {
  /** What changed since the last call (everything, the first time), and starts afresh. */
  take(): Dirty;
  dispose(): void;
}

/**
 * Tracks which parts of the workshop a transaction touched, with Yjs' public API: one deep
 * observer per collection, where an event's `path` starts with the id of the record it
 * happened in (a title set, a tag list or a text edited inside the record) and an event on
 * the collection itself lists the ids added or removed in `keysChanged`. Other parts of the
 * doc (the room's state, say) are not observed, so they never wake the store.
 *
 * `onChange(local)` is called once per transaction that touched something, after every
 * observer of that transaction has run (Yjs emits `afterTransaction` after the observers).
 */
export function trackDirty(doc: Y.Doc, onChange: (local: boolean) => void): DirtyTracker {
  // Everything is dirty at the start: the doc may already hold a workshop.
  let meta = true;
  let texts = true;
  let cycleRetro = true;
  let records = new Map<StoreCollection, Set<string>>();
  for (const name of RECORD_COLLECTIONS) records.set(name, firstIds(doc, name));
  let touched = false;

  const idsOf = (name: StoreCollection): Set<string> => {
    let ids = records.get(name);
    if (!ids) records.set(name, (ids = new Set()));
    return ids;
  };

  const observers: [Observable, DeepObserver][] = [
    [
      metaMap(doc),
      () => {
        meta = touched = true;
      },
    ],
    [
      onePagerMap(doc),
      () => {
        texts = touched = true;
      },
    ],
    [
      cycleRetroMap(doc),
      () => {
        cycleRetro = touched = true;
      },
    ],
  ];
  for (const name of RECORD_COLLECTIONS) {
    const map = collection(doc, name);
    observers.push([
      map,
      (events) => {
        const ids = idsOf(name);
        for (const event of events) {
          if (event.target === map)
            for (const key of (event as Y.YMapEvent<unknown>).keysChanged) ids.add(key);
          else {
            const id = event.path[0];
            if (typeof id === 'string') ids.add(id);
          }
        }
        touched = true;
      },
    ]);
  }

  const afterTransaction = (transaction: Y.Transaction) => {
    if (!touched) return;
    touched = false;
    onChange(transaction.local);
  };

  for (const [type, observer] of observers) type.observeDeep(observer);
  doc.on('afterTransaction', afterTransaction);

  return {
    take() {
      const dirty: Dirty = { meta, texts, cycleRetro, records };
      meta = texts = cycleRetro = false;
      records = new Map();
      return dirty;
    },
    dispose() {
      for (const [type, observer] of observers) type.unobserveDeep(observer);
      doc.off('afterTransaction', afterTransaction);
    },
  };
}

/** The ids of a collection's records, at most as many as a reader shows. */
function firstIds(doc: Y.Doc, name: StoreCollection): Set<string> {
  const ids = new Set<string>();
  for (const id of collection(doc, name).keys()) {
    if (ids.size >= LIMITS.records) break;
    ids.add(id);
  }
  return ids;
}
