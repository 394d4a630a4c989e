import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  COLUMNS,
  createObjective,
  createProject,
  decodeHistoryFile,
  deleteProject,
  DEFAULT_HISTORY_BOUNDS,
  editOnePagerText,
  encodeHistoryFile,
  HistoryFileError,
  initWorkshop,
  moveProject,
  NO_CHANGES,
  PointChain,
  readWorkshop,
  thinChain,
  updateProject,
  type Workshop,
} from '../../shared/model';
import { prng } from '../support/random';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A workshop edited by a seeded random walk, with its readable state after every step. */
function editedDoc(seed: number, gc = true) {
  const rng = prng(seed);
  const doc = new Y.Doc({ gc });
  initWorkshop(doc, { title: 'History', cycle: '2027-Q1' });
  const edit = () => {
    const w = readWorkshop(doc);
    const project = rng.pick(w.projects);
    switch (rng.int(6)) {
      case 0:
        createProject(doc, { title: `P${rng.int(1000)}` });
        break;
      case 1:
        if (project) moveProject(doc, project.id, rng.pick(COLUMNS)!, rng.int(5));
        break;
      case 2:
        if (project) updateProject(doc, project.id, { title: `${project.title}!` });
        break;
      case 3:
        if (project) deleteProject(doc, project.id);
        break;
      case 4:
        editOnePagerText(doc, 'purpose', rng.int(20), rng.int(3), 'xy');
        break;
      default:
        createObjective(doc, { title: `O${rng.int(100)}` });
    }
  };
  return { doc, edit };
}

const state = (doc: Y.Doc): Workshop => readWorkshop(doc);

function chainOfEdits(seed: number, points: number, editsPerPoint: number) {
  const { doc, edit } = editedDoc(seed);
  const chain = new PointChain();
  const states: Workshop[] = [];
  for (let p = 0; p < points; p++) {
    for (let e = 0; e < editsPerPoint; e++) edit();
    chain.take(doc, { at: p * MINUTE, kind: 'edits', changes: NO_CHANGES });
    states.push(state(doc));
  }
  return { doc, chain, states };
}

describe('a chain of history points', () => {
  it('gives back the exact state of every point, from one base and updates', () => {
    const { chain, states } = chainOfEdits(1, 30, 7);
    expect(chain.points[0]!.base).toBe(true);
    expect(chain.points.slice(1).every((p) => !p.base)).toBe(true);
    states.forEach((expected, i) => expect(state(chain.stateAt(i))).toEqual(expected));
  });

  it('costs far less than a whole state per point', () => {
    const { doc, chain } = chainOfEdits(2, 40, 20);
    const whole = Y.encodeStateAsUpdate(doc).length;
    expect(chain.bytes).toBeLessThan(whole * 10);
  });

  it('stays exact for every kept point when points are thinned away, any of them', () => {
    for (const seed of [3, 4, 5]) {
      const { chain, states } = chainOfEdits(seed, 25, 5);
      const rng = prng(seed);
      const keep = chain.points.map(() => rng.next() < 0.4);
      const keptStates = states.filter((_, i) => keep[i] || i === states.length - 1);
      chain.retain((_, i) => keep[i]!);
      expect(chain.length).toBe(keptStates.length);
      keptStates.forEach((expected, i) => expect(state(chain.stateAt(i))).toEqual(expected));
    }
  });

  it('adds the changes of a thinned point to the next one', () => {
    const { doc, edit } = editedDoc(6);
    const chain = new PointChain();
    for (let i = 0; i < 3; i++) {
      edit();
      chain.take(doc, {
        at: i,
        kind: 'edits',
        changes: { edits: i + 1, areas: ['projects'], deleted: { records: {}, texts: [] } },
      });
    }
    chain.retain((_, i) => i !== 1);
    expect(chain.points.map((p) => p.changes.edits)).toEqual([1, 5]);
  });

  it('starts a new base when the doc does not hold the newest point (another copy)', () => {
    const { doc, chain, states } = chainOfEdits(7, 3, 4);
    const other = new Y.Doc();
    initWorkshop(other, { title: 'Another' });
    chain.take(other, { at: 10 * MINUTE, kind: 'opened', changes: NO_CHANGES });
    expect(chain.points.at(-1)!.base).toBe(true);
    expect(state(chain.stateAt(3)).meta.title).toBe('Another');
    states.forEach((expected, i) => expect(state(chain.stateAt(i))).toEqual(expected));
    expect(chain.sameAsNewest(other)).toBe(true);
    expect(chain.sameAsNewest(doc)).toBe(false);
  });

  it('knows when the doc is still in the newest point’s state, deletions included', () => {
    const { doc, chain } = chainOfEdits(8, 2, 10);
    expect(chain.sameAsNewest(doc)).toBe(true);
    const project = createProject(doc, { title: 'new' });
    chain.take(doc, { at: 5 * MINUTE, kind: 'edits', changes: NO_CHANGES });
    expect(chain.sameAsNewest(doc)).toBe(true);
    // A deletion adds no struct: the state vector alone would not see it.
    deleteProject(doc, project);
    expect(chain.sameAsNewest(doc)).toBe(false);
  });

  it('finds the point at or just before a time', () => {
    const { chain } = chainOfEdits(9, 4, 1);
    expect(chain.indexAt(-1)).toBe(-1);
    expect(chain.indexAt(0)).toBe(0);
    expect(chain.indexAt(MINUTE + 59_999)).toBe(1);
    expect(chain.indexAt(10 * HOUR)).toBe(3);
  });

  it('never lets time run backwards along the chain', () => {
    const { doc } = editedDoc(10);
    const chain = new PointChain();
    chain.take(doc, { at: 5000, kind: 'edits', changes: NO_CHANGES });
    createProject(doc, { title: 'later' });
    chain.take(doc, { at: 1000, kind: 'edits', changes: NO_CHANGES });
    expect(chain.points.map((p) => p.at)).toEqual([5000, 5000]);
  });
});

describe('thinning to the schedule and the budget', () => {
  it('keeps every point of the last hour, one per hour for a day, one per day after', () => {
    const { doc, edit } = editedDoc(11);
    const chain = new PointChain();
    const now = 3 * 24 * HOUR;
    // A point every 10 minutes for three days.
    for (let at = 10 * MINUTE; at <= now; at += 10 * MINUTE) {
      edit();
      chain.take(doc, { at, kind: 'edits', changes: NO_CHANGES });
    }
    const states = chain.points.map((_, i) => i);
    expect(states.length).toBe(432);
    thinChain(chain, now);
    const ages = chain.points.map((p) => now - p.at);
    const lastHour = ages.filter((a) => a <= HOUR).length;
    const day = ages.filter((a) => a > HOUR && a <= 24 * HOUR).length;
    const older = ages.filter((a) => a > 24 * HOUR).length;
    expect(lastHour).toBe(7); // 0, 10, …, 60 minutes
    expect(day).toBeGreaterThanOrEqual(22);
    expect(day).toBeLessThanOrEqual(24);
    expect(older).toBeLessThanOrEqual(3);
    expect(state(chain.stateAt(chain.length - 1))).toEqual(state(doc));
  });

  it('keeps points taken before a deletion for a week, whatever their hour', () => {
    const { doc, edit } = editedDoc(12);
    const chain = new PointChain();
    const now = 2 * 24 * HOUR;
    for (let at = MINUTE; at <= now; at += 30 * MINUTE) {
      edit();
      const beforeDelete = at % (4 * HOUR) === MINUTE;
      chain.take(doc, {
        at,
        kind: beforeDelete ? 'before-delete' : 'edits',
        changes: NO_CHANGES,
        ...(beforeDelete && { deleting: { records: { projects: 5 }, texts: [] } }),
      });
    }
    const beforeDeletes = chain.points.filter((p) => p.kind === 'before-delete').length;
    thinChain(chain, now);
    expect(chain.points.filter((p) => p.kind === 'before-delete').length).toBe(beforeDeletes);
  });

  it('drops the oldest points first when over the byte budget, and stays exact', () => {
    const { chain, states } = chainOfEdits(13, 30, 10);
    const budget = Math.floor(chain.bytes * 0.7);
    thinChain(chain, 30 * MINUTE, { ...DEFAULT_HISTORY_BOUNDS, maxBytes: budget });
    expect(chain.bytes).toBeLessThanOrEqual(budget);
    expect(chain.length).toBeGreaterThan(1);
    const kept = states.slice(states.length - chain.length);
    kept.forEach((expected, i) => expect(state(chain.stateAt(i))).toEqual(expected));
  });

  it('keeps at most maxPoints, and always the newest', () => {
    const { chain } = chainOfEdits(14, 20, 1);
    thinChain(chain, 20 * MINUTE, { ...DEFAULT_HISTORY_BOUNDS, maxPoints: 5 });
    expect(chain.length).toBe(5);
    expect(chain.points.at(-1)!.at).toBe(19 * MINUTE);
    thinChain(chain, 20 * MINUTE, { ...DEFAULT_HISTORY_BOUNDS, maxBytes: 1 });
    expect(chain.length).toBe(1);
  });
});

describe('the history file', () => {
  it('round-trips every point and its metadata', () => {
    const { chain } = chainOfEdits(15, 5, 3);
    chain.markNewestBeforeDelete({ records: { projects: 12, objectives: 3 }, texts: ['purpose'] });
    const bytes = encodeHistoryFile({ workshopId: 'w1', points: chain.points });
    const back = decodeHistoryFile(bytes);
    expect(back.workshopId).toBe('w1');
    expect(back.points).toEqual(chain.points);
  });

  it('refuses a truncated, corrupt, foreign or newer file with a clear error', () => {
    const { chain } = chainOfEdits(16, 2, 2);
    const bytes = encodeHistoryFile({ workshopId: 'w1', points: chain.points });
    expect(() => decodeHistoryFile(bytes.slice(0, bytes.length - 10))).toThrow(HistoryFileError);
    const flipped = bytes.slice();
    flipped[bytes.length - 20]! ^= 0xff;
    expect(() => decodeHistoryFile(flipped)).toThrow(/checksum/);
    expect(() => decodeHistoryFile(new TextEncoder().encode('{"format":1}'))).toThrow(
      /not an Offsite history/,
    );
    expect(() => decodeHistoryFile(new Uint8Array())).toThrow(HistoryFileError);
  });
});
