import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  collection,
  createKeyResult,
  createObjective,
  createProject,
  initWorkshop,
  LIMITS,
  metaMap,
  onePagerMap,
  readWorkshop,
  RECORD_COLLECTIONS,
  type ReadProblem,
} from '../../shared/model';
import { prng } from '../support/random';

const HUGE = 'x'.repeat(5 * 1024 * 1024);

/** Values a buggy or hostile peer can put anywhere in a doc with plain Yjs calls. */
let hugeLeft = 0;
function garbage(rng: ReturnType<typeof prng>): unknown {
  const pick = rng.int(12);
  switch (pick) {
    case 0:
      // A dozen 5 MB strings are enough to prove clamping without a gigabyte-sized doc.
      return hugeLeft-- > 0 ? HUGE : 'x'.repeat(LIMITS.longText + 1);
    case 1:
      return 42;
    case 2:
      return null;
    case 3:
      return { nested: { deep: [1, 2, 3] } };
    case 4:
      return [1, 'two', null, { three: 3 }];
    case 5:
      return new Y.Text('text where a string belongs');
    case 6:
      return new Y.Array();
    case 7:
      return new Y.Map();
    case 8:
      return Number.NaN;
    case 9:
      return true;
    case 10:
      return new Uint8Array([1, 2, 3]);
    default:
      return -1e308;
  }
}

const FIELDS = [
  'id',
  'title',
  'description',
  'team',
  'column',
  'focusAreaIds',
  'rationale',
  'order',
  'parentId',
  'focusAreaId',
  'kind',
  'objectiveId',
  'metric',
  'unit',
  'baseline',
  'target',
  'current',
  'direction',
  'confidence',
  'initiatives',
  'keyResultId',
  'date',
  'value',
  'note',
  'text',
];

describe('a hostile peer never makes the read layer throw', () => {
  it('wrong types, 5 MB strings and non-record values in every field and collection', () => {
    const rng = prng(99);
    hugeLeft = 12;
    const victim = new Y.Doc();
    initWorkshop(victim, { title: 'Victim' });
    const o = createObjective(victim, { title: 'Real objective' });
    const kr = createKeyResult(victim, o, { title: 'Real KR', target: 3 })!;
    createProject(victim, { title: 'Real project' });

    const attacker = new Y.Doc();
    Y.applyUpdate(attacker, Y.encodeStateAsUpdate(victim));
    attacker.transact(() => {
      for (const key of [
        'title',
        'cycle',
        'schemaVersion',
        'agreed',
        'cycleStart',
        'checkInWeekday',
      ]) {
        metaMap(attacker).set(key, garbage(rng));
      }
      for (const key of ['purpose', 'vision', 'customers'])
        onePagerMap(attacker).set(key, garbage(rng));
      for (const name of RECORD_COLLECTIONS) {
        const col = collection(attacker, name);
        // Existing records get garbage in every field.
        for (const record of col.values()) {
          if (record instanceof Y.Map) for (const f of FIELDS) record.set(f, garbage(rng));
        }
        // New records: garbage fields, non-map values, absurd ids.
        for (let i = 0; i < 20; i++) {
          const record = new Y.Map<unknown>();
          for (const f of FIELDS) if (rng.next() < 0.7) record.set(f, garbage(rng));
          col.set(`bad-${name}-${i}`, record);
        }
        col.set('not-a-map', garbage(rng) as Y.Map<unknown>);
        col.set('', new Y.Map());
        col.set('i'.repeat(10_000), new Y.Map());
      }
      // One garbage-filled key result keeps a valid parent, so its fields are read (and
      // checked below) instead of the whole record being dropped as dangling.
      (collection(attacker, 'keyResults').get(kr) as Y.Map<unknown>).set('objectiveId', o);
    });
    Y.applyUpdate(victim, Y.encodeStateAsUpdate(attacker));

    const problems: ReadProblem[] = [];
    const w = readWorkshop(victim, (p) => problems.push(p));
    expect(problems.length).toBeGreaterThan(50);
    const strings = JSON.stringify(w).length;
    // Every string is clamped: nothing near the 5 MB the attacker wrote survives in one field.
    expect(w.meta.title.length).toBeLessThanOrEqual(LIMITS.shortText);
    expect(w.onePager.purpose.length).toBeLessThanOrEqual(LIMITS.longText);
    // Records are read, not all dropped: the checks below run on some.
    expect(w.projects.length).toBeGreaterThan(0);
    for (const p of w.projects) {
      expect(typeof p.title).toBe('string');
      expect(p.title.length).toBeLessThanOrEqual(LIMITS.shortText);
      expect(['inbox', 'keep', 'kill']).toContain(p.column);
      expect(Array.isArray(p.focusAreaIds)).toBe(true);
    }
    expect(w.keyResults.length).toBeGreaterThan(0);
    for (const k of w.keyResults) {
      expect(k.target === null || Number.isFinite(k.target)).toBe(true);
      expect(k.confidence === null || (k.confidence >= 0 && k.confidence <= 10)).toBe(true);
    }
    expect(strings).toBeLessThan(5 * 1024 * 1024);
  }, 60_000);

  it('cycles of parents are broken and dangling ids dropped, deterministically on every peer', () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: 'Cycles' });
    const a = createObjective(doc, { title: 'A' });
    const b = createObjective(doc, { title: 'B', parentId: a });
    const c = createObjective(doc, { title: 'C', parentId: b });
    const self = createObjective(doc, { title: 'Self' });
    const kr = createKeyResult(doc, a, { title: 'KR' })!;
    doc.transact(() => {
      (collection(doc, 'objectives').get(a) as Y.Map<unknown>).set('parentId', c); // a → c → b → a
      (collection(doc, 'objectives').get(self) as Y.Map<unknown>).set('parentId', self);
      (collection(doc, 'objectives').get(b) as Y.Map<unknown>).set('focusAreaId', 'nope');
      (collection(doc, 'keyResults').get(kr) as Y.Map<unknown>).set('initiatives', ['ghost']);
      const orphan = new Y.Map<unknown>();
      orphan.set('objectiveId', 'missing');
      orphan.set('title', 'Orphan KR');
      collection(doc, 'keyResults').set('orphan', orphan);
    });
    const w = readWorkshop(doc);
    const byId = new Map(w.objectives.map((o) => [o.id, o]));
    // Walking up from any objective terminates.
    for (const o of w.objectives) {
      const seen = new Set<string>();
      let cur: string | null = o.id;
      while (cur) {
        expect(seen.has(cur)).toBe(false);
        seen.add(cur);
        cur = byId.get(cur)?.parentId ?? null;
      }
    }
    expect(byId.get(self)!.parentId).toBeNull();
    expect(byId.get(b)!.focusAreaId).toBeNull();
    expect(w.keyResults.find((k) => k.id === kr)!.initiatives).toEqual([]);
    expect(w.keyResults.some((k) => k.id === 'orphan')).toBe(false);
    // Exactly one link of the three-cycle is cut, the same one on every read.
    expect([a, b, c].filter((id) => byId.get(id)!.parentId === null)).toHaveLength(1);
    expect(readWorkshop(doc)).toEqual(w);
  });
});
