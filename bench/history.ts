// The history a hub keeps (shared/model/history): its size for the sample workshop over a
// four-hour session and for the 10,000-edit workshop, with a point a minute and the
// default thinning and budget; what a point, a thinning and a restore cost.
import * as Y from 'yjs';
import {
  ChangeTally,
  createProject,
  DEFAULT_HISTORY_BOUNDS,
  editOnePagerText,
  encodeHistoryFile,
  PointChain,
  readWorkshop,
  thinChain,
  updateProject,
} from '../shared/model';
import { sampleDoc } from '../test/support/sample-workshop';
import { prng } from '../test/support/random';
import { editedWorkshop } from './doc-load';
import { median, type BenchResult } from './types';

const MINUTE = 60_000;
const KiB = 1024;

/** Keeps a point a minute (`edits` per minute) and thins as the hub does; returns the chain. */
function session(doc: Y.Doc, minutes: number, edit: () => void, editsPerMinute: number) {
  const chain = new PointChain();
  const tally = new ChangeTally();
  tally.watch(doc);
  const takes: number[] = [];
  const start = Date.UTC(2027, 0, 5, 8);
  chain.take(doc, { at: start, kind: 'opened', changes: tally.take() });
  for (let m = 1; m <= minutes; m++) {
    for (let e = 0; e < editsPerMinute; e++) edit();
    const t0 = performance.now();
    chain.take(doc, { at: start + m * MINUTE, kind: 'edits', changes: tally.take() });
    thinChain(chain, start + m * MINUTE);
    takes.push(performance.now() - t0);
  }
  return { chain, takes, end: start + minutes * MINUTE };
}

function restoreCost(chain: PointChain): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    chain.stateAt(0).destroy();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const bounds = DEFAULT_HISTORY_BOUNDS;

  // The sample workshop, four hours, a few edits a minute.
  const sample = sampleDoc();
  const rng = prng(7);
  const ids = readWorkshop(sample).projects.map((p) => p.id);
  const a = session(
    sample,
    240,
    () => {
      const r = rng.int(3);
      if (r === 0) updateProject(sample, rng.pick(ids)!, { title: `Renamed ${rng.int(1000)}` });
      else if (r === 1) editOnePagerText(sample, 'vision', rng.int(50), rng.int(3), 'word ');
      else ids.push(createProject(sample, { title: `Idea ${rng.int(1000)}` }));
    },
    5,
  );
  const sampleParams = { minutes: 240, editsPerMinute: 5, points: a.chain.length };
  results.push(
    {
      name: 'history: sample workshop, 4 h session — history file',
      value: encodeHistoryFile({ workshopId: 'w', points: a.chain.points }).length / KiB,
      unit: 'KiB',
      params: sampleParams,
    },
    {
      name: 'history: sample workshop — whole Yjs state (for scale)',
      value: Y.encodeStateAsUpdate(sample).length / KiB,
      unit: 'KiB',
      params: sampleParams,
    },
  );

  // 10,000 edits in 100 minutes: a point every 100 edits.
  const chain = new PointChain();
  const unthinned = new PointChain();
  let wholeStates = 0;
  const takes: number[] = [];
  const start = Date.UTC(2027, 0, 5, 8);
  const big = editedWorkshop((doc, i) => {
    if (i % 100 !== 99) return;
    const at = start + ((i + 1) / 100) * MINUTE;
    const t0 = performance.now();
    chain.take(doc, {
      at,
      kind: 'edits',
      changes: { edits: 100, areas: [], deleted: { records: {}, texts: [] } },
    });
    thinChain(chain, at, bounds);
    takes.push(performance.now() - t0);
    unthinned.take(doc, {
      at,
      kind: 'edits',
      changes: { edits: 100, areas: [], deleted: { records: {}, texts: [] } },
    });
    wholeStates += Y.encodeStateAsUpdate(doc).length;
  });
  const params = { edits: 10_000, minutes: 100, points: chain.length };
  results.push(
    {
      name: 'history: 10,000-edit workshop, a point a minute for 100 min — history file (thinned)',
      value: encodeHistoryFile({ workshopId: 'w', points: chain.points }).length / KiB,
      unit: 'KiB',
      params,
    },
    {
      name: 'history: same, all 100 points kept',
      value: unthinned.bytes / KiB,
      unit: 'KiB',
      params: { points: unthinned.length },
    },
    {
      name: 'history: same, 100 whole states instead (not what is stored)',
      value: wholeStates / KiB,
      unit: 'KiB',
      params: { points: 100 },
    },
    {
      name: 'history: 10,000-edit workshop — whole Yjs state',
      value: Y.encodeStateAsUpdate(big).length / KiB,
      unit: 'KiB',
      params,
    },
    {
      name: 'history: keep a point and thin (10,000-edit workshop, median)',
      value: median(takes),
      unit: 'ms',
      params,
    },
    {
      name: 'history: rebuild the oldest point’s state (10,000-edit workshop, median)',
      value: restoreCost(chain),
      unit: 'ms',
      params,
    },
  );

  // Later, as the schedule thins: 12 hours on (one point per hour), 3 days on (per day).
  for (const [hours, label] of [
    [12, '12 h later (hourly)'],
    [72, '3 days later (daily)'],
  ] as const) {
    const later = new PointChain(chain.points);
    thinChain(later, start + hours * 60 * MINUTE, bounds);
    results.push({
      name: `history: 10,000-edit workshop ${label}`,
      value: encodeHistoryFile({ workshopId: 'w', points: later.points }).length / KiB,
      unit: 'KiB',
      params: { points: later.length },
    });
  }
  return results;
}
