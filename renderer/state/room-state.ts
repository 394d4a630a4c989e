import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readConfidenceRound, readRoomState, readVoteHistory, roomMap } from '../../shared/model';
import type { ConfidenceRoundState } from '../../shared/protocol/confidence';
import type { RoomState, VoteRound } from '../../shared/protocol/room';
import { useWorkshopDoc } from './workshop-context';

/**
 * The facilitation state of a doc (the `room` map), read once per change whoever reads it:
 * the board's cards each select their vote count from it, so one observer per doc (not
 * per card, nor per part of the map) reads the map and the cards compare a number.
 *
 * The map is read as three parts, each validated by its reader in shared/model. A part whose
 * content did not change keeps its object, so a component reading only the vote history
 * does not re-render when the timer ticks.
 */
const READERS = {
  state: readRoomState,
  history: readVoteHistory,
  round: readConfidenceRound,
} satisfies Record<string, (doc: Y.Doc) => unknown>;

type Parts = { [K in keyof typeof READERS]: ReturnType<(typeof READERS)[K]> };
type Part = keyof Parts;

interface RoomSnapshots {
  readonly parts: Parts;
  /** Each part as JSON, to tell a changed part from a re-read equal one. */
  readonly json: Record<Part, string>;
  readonly listeners: Set<() => void>;
  stop: (() => void) | null;
}

const PARTS = Object.keys(READERS) as Part[];

const EMPTY: Parts = {
  state: {
    locks: [],
    follow: null,
    timer: null,
    voting: null,
    focus: null,
    spotlight: null,
    meeting: null,
  },
  history: [],
  round: null,
};
const docs = new WeakMap<Y.Doc, RoomSnapshots>();

function snapshotsOf(doc: Y.Doc): RoomSnapshots {
  let entry = docs.get(doc);
  // Nobody observes the map now: what was read last may be out of date.
  if (entry && !entry.stop) refresh(doc, entry);
  if (!entry) {
    entry = {
      parts: { ...EMPTY },
      json: { state: '', history: '', round: '' },
      listeners: new Set(),
      stop: null,
    };
    refresh(doc, entry);
    docs.set(doc, entry);
  }
  return entry;
}

/** Re-reads the room map; unchanged parts keep their objects, so selectors see no change. */
function refresh(doc: Y.Doc, entry: RoomSnapshots): void {
  for (const part of PARTS) {
    const value = READERS[part](doc);
    const json = JSON.stringify(value);
    if (json === entry.json[part]) continue;
    (entry.parts as Record<Part, unknown>)[part] = value;
    entry.json[part] = json;
  }
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

/** One part of the open workshop's room map, re-rendering when that part changes. */
function useRoomPart<K extends Part>(part: K): Parts[K] {
  const doc = useWorkshopDoc();
  return useSyncExternalStore(
    (cb) => subscribe(doc, cb),
    () => (doc.isDestroyed ? EMPTY[part] : snapshotsOf(doc).parts[part]),
  );
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
    () => selector(doc.isDestroyed ? EMPTY.state : snapshotsOf(doc).parts.state),
  );
}

/** The facilitation state (locks, follow, timer, vote, focus, spotlight) of the open workshop, validated. */
export function useRoomState(): RoomState {
  return useRoomPart('state');
}

/** The earlier vote rounds kept in the room map, newest first. */
export function useVoteHistory(): readonly VoteRound[] {
  return useRoomPart('history');
}

/** The weekly meeting's confidence round, or null when none is running. */
export function useConfidenceRound(): ConfidenceRoundState | null {
  return useRoomPart('round');
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
