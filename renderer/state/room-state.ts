import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readRoomState, readVoteHistory, roomMap } from '../../shared/model';
import type { RoomState, VoteRound } from '../../shared/protocol/room';
import { useWorkshopDoc } from './workshop-context';

/**
 * The facilitation state of a doc (the `room` map), read once per change whoever reads it:
 * the board's cards each select their vote count from it, so one observer per doc (not
 * per card) reads the map and the cards compare a number.
 */
interface RoomSnapshots {
  state: RoomState;
  history: VoteRound[];
  json: string;
  historyJson: string;
  readonly listeners: Set<() => void>;
  stop: (() => void) | null;
}

const EMPTY: RoomState = {
  locks: [],
  follow: null,
  timer: null,
  voting: null,
  focus: null,
  spotlight: null,
  meeting: null,
};
const docs = new WeakMap<Y.Doc, RoomSnapshots>();

function snapshotsOf(doc: Y.Doc): RoomSnapshots {
  let entry = docs.get(doc);
  // Nobody observes the map now: what was read last may be out of date.
  if (entry && !entry.stop) refresh(doc, entry);
  if (!entry) {
    const state = readRoomState(doc);
    const history = readVoteHistory(doc);
    entry = {
      state,
      history,
      json: JSON.stringify(state),
      historyJson: JSON.stringify(history),
      listeners: new Set(),
      stop: null,
    };
    docs.set(doc, entry);
  }
  return entry;
}

/** Re-reads the room map; unchanged parts keep their objects, so selectors see no change. */
function refresh(doc: Y.Doc, entry: RoomSnapshots): void {
  const state = readRoomState(doc);
  const json = JSON.stringify(state);
  if (json !== entry.json) Object.assign(entry, { state, json });
  const history = readVoteHistory(doc);
  const historyJson = JSON.stringify(history);
  if (historyJson !== entry.historyJson) Object.assign(entry, { history, historyJson });
}

function subscribe(doc: Y.Doc, listener: () => void): () => void {
  const entry = snapshotsOf(doc);
  entry.listeners.add(listener);
  if (!entry.stop) {
    const map = roomMap(doc);
    const onChange = () => {
      refresh(doc, entry);
      for (const l of [...entry.listeners]) l();
    };
    map.observeDeep(onChange);
    // Read again now: the doc may have changed while nobody observed it.
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

/**
 * Selects from the facilitation state (locks, follow, timer, vote, focus, spotlight) of the open workshop,
 * validated. Select a primitive or an object of the state itself: a fresh object each
 * time would re-render forever.
 */
export function useRoomSelector<T>(selector: (state: RoomState) => T): T {
  const doc = useWorkshopDoc();
  return useSyncExternalStore(
    (cb) => subscribe(doc, cb),
    () => selector(doc.isDestroyed ? EMPTY : snapshotsOf(doc).state),
  );
}

/** The facilitation state (locks, follow, timer, vote, focus, spotlight) of the open workshop, validated. */
export function useRoomState(): RoomState {
  return useRoomSelector((s) => s);
}

/** The earlier vote rounds kept in the room map, newest first. */
export function useVoteHistory(): readonly VoteRound[] {
  const doc = useWorkshopDoc();
  return useSyncExternalStore(
    (cb) => subscribe(doc, cb),
    () => (doc.isDestroyed ? [] : snapshotsOf(doc).history),
  );
}

/**
 * The dots an item got in the revealed vote on `target`, or null while there are no
 * results to show for it (no vote, not revealed yet, a vote on the other kind of item, or
 * an item that was not on the ballot).
 */
export function useVoteCount(target: 'projects' | 'objectives', id: string): number | null {
  return useRoomSelector((s) => {
    const voting = s.voting;
    if (!voting?.revealed || voting.target !== target) return null;
    // The hub lists every item on the ballot, 0 included: anything else was not voted on.
    return voting.results[id] ?? null;
  });
}
