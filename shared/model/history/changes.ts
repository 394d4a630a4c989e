import * as Y from 'yjs';
import { RECORD_COLLECTIONS, ROOT, type RecordCollection } from '../schema';
import { ONE_PAGER_FIELDS, type OnePagerField } from '../types';

/**
 * What changed between two points of a workshop's history. Kept as counts, not text, so
 * that thinning can add two points' changes together, and so that summary.ts can say it in
 * any language ("12 edits: projects, objectives"; "before deleting 12 projects").
 * @public
 */

/** The parts of a workshop a summary names: each record collection, the one-pager texts, the details. */
export type HistoryArea = RecordCollection | 'onePager' | 'meta';

/** Areas in the order a summary lists them (agenda order). */
export const HISTORY_AREAS: readonly HistoryArea[] = [
  'meta',
  'onePager',
  'focusAreas',
  'notDoing',
  'metrics',
  'projects',
  'objectives',
  'keyResults',
  'checkIns',
  'weeklyItems',
  'healthRatings',
  'grades',
  'retrospectives',
  'dismissals',
];

/** Records deleted per collection, and one-pager texts emptied (mostly). */
export interface Deletions {
  readonly records: Readonly<Partial<Record<RecordCollection, number>>>;
  readonly texts: readonly OnePagerField[];
}

export const NO_DELETIONS: Deletions = { records: {}, texts: [] };

/** What changed since the previous point. */
export interface ChangeStats {
  /** Transactions that changed the workshop's content (not the room state). */
  readonly edits: number;
  readonly areas: readonly HistoryArea[];
  readonly deleted: Deletions;
}

export const NO_CHANGES: ChangeStats = { edits: 0, areas: [], deleted: NO_DELETIONS };

/** How many records and texts a deletion removes: what "more than a few" is measured in. */
export function deletionWeight(deleted: Deletions): number {
  let n = deleted.texts.length;
  for (const count of Object.values(deleted.records)) n += count ?? 0;
  return n;
}

export function addDeletions(a: Deletions, b: Deletions): Deletions {
  const records: Partial<Record<RecordCollection, number>> = { ...a.records };
  for (const name of RECORD_COLLECTIONS) {
    const n = b.records[name];
    if (n) records[name] = (records[name] ?? 0) + n;
  }
  const texts = ONE_PAGER_FIELDS.filter((f) => a.texts.includes(f) || b.texts.includes(f));
  return { records, texts };
}

/** The changes of two consecutive stretches as one (thinning merges points). */
export function addChanges(a: ChangeStats, b: ChangeStats): ChangeStats {
  return {
    edits: a.edits + b.edits,
    areas: HISTORY_AREAS.filter((x) => a.areas.includes(x) || b.areas.includes(x)),
    deleted: addDeletions(a.deleted, b.deleted),
  };
}

const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

/**
 * Deletions as another device sent them (the hub's history list), checked: counts of known
 * collections and known one-pager fields only; null for anything else.
 */
export function readDeletions(raw: unknown): Deletions | null {
  const d = raw as { records?: unknown; texts?: unknown } | null;
  if (!d || typeof d !== 'object' || !d.records || typeof d.records !== 'object') return null;
  if (!Array.isArray(d.texts)) return null;
  const records: Partial<Record<RecordCollection, number>> = {};
  for (const [name, n] of Object.entries(d.records)) {
    if (!(RECORD_COLLECTIONS as readonly string[]).includes(name) || !isCount(n)) return null;
    records[name as RecordCollection] = n;
  }
  const texts = ONE_PAGER_FIELDS.filter((f) => (d.texts as unknown[]).includes(f));
  return texts.length === d.texts.length ? { records, texts } : null;
}

/** Changes as another device sent them, checked like {@link readDeletions}; null if not. */
export function readChangeStats(raw: unknown): ChangeStats | null {
  const c = raw as { edits?: unknown; areas?: unknown; deleted?: unknown } | null;
  if (!c || typeof c !== 'object' || !isCount(c.edits) || !Array.isArray(c.areas)) return null;
  const areas = HISTORY_AREAS.filter((a) => (c.areas as unknown[]).includes(a));
  const deleted = readDeletions(c.deleted);
  return areas.length === c.areas.length && deleted ? { edits: c.edits, areas, deleted } : null;
}

/** The area a top-level type of the doc belongs to; null for the room state and unknown roots. */
export function areaOfRoot(root: string): HistoryArea | null {
  if (root === ROOT.meta) return 'meta';
  if (root === ROOT.onePager) return 'onePager';
  return (RECORD_COLLECTIONS as readonly string[]).includes(root)
    ? (root as RecordCollection)
    : null;
}

/** Keys of `meta` every edit stamps or only the system writes: no edit of their own. */
const META_NOISE = new Set(['updatedAt', 'id', 'schemaVersion']);

/**
 * Counts the transactions of a doc into ChangeStats: attach it with `watch(doc)`, read and
 * reset it with `take()` when a point is kept. Reads each transaction's changed types after
 * it applied (records deleted are those whose key is gone from their collection).
 */
export class ChangeTally {
  private edits = 0;
  private areas = new Set<HistoryArea>();
  private deleted: Deletions = NO_DELETIONS;

  /** Counts every later transaction of `doc`; returns the function that stops counting. */
  watch(doc: Y.Doc): () => void {
    const listener = (transaction: Y.Transaction) => this.count(transaction);
    doc.on('afterTransaction', listener);
    return () => doc.off('afterTransaction', listener);
  }

  /** Whether any edit was counted since the last `take()`. */
  get dirty(): boolean {
    return this.edits > 0;
  }

  /** The changes counted so far; starts counting afresh. */
  take(): ChangeStats {
    const stats: ChangeStats = {
      edits: this.edits,
      areas: HISTORY_AREAS.filter((a) => this.areas.has(a)),
      deleted: this.deleted,
    };
    this.edits = 0;
    this.areas = new Set();
    this.deleted = NO_DELETIONS;
    return stats;
  }

  count(transaction: Y.Transaction): void {
    const touched = new Set<HistoryArea>();
    const records: Partial<Record<RecordCollection, number>> = {};
    for (const [type, keys] of transaction.changed) {
      const root = rootName(transaction.doc, type);
      const area = root === null ? null : areaOfRoot(root);
      if (!area) continue;
      if (area === 'meta' && type._item === null && [...keys].every((k) => META_NOISE.has(k ?? '')))
        continue;
      touched.add(area);
      if (type._item !== null || area === 'meta' || area === 'onePager') continue;
      // Read through `_map`: on a doc that never called getMap (the hub's), a top-level
      // type decoded from an update is a plain AbstractType without Y.Map's methods.
      const gone = [...keys].filter((k) => k !== null && !liveEntry(type, k)).length;
      if (gone) records[area] = (records[area] ?? 0) + gone;
    }
    if (touched.size === 0) return;
    this.edits++;
    for (const a of touched) this.areas.add(a);
    if (Object.keys(records).length)
      this.deleted = addDeletions(this.deleted, { records, texts: [] });
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs' own type of a shared type
type AnyType = Y.AbstractType<any>;

/** Whether a map-like type holds a live entry under `key`. */
function liveEntry(type: AnyType, key: string): boolean {
  const item = type._map.get(key);
  return item !== undefined && !item.deleted;
}

/** The name of the top-level type `type` lives under, or null. */
function rootName(doc: Y.Doc, type: AnyType): string | null {
  let t: AnyType = type;
  while (t._item !== null) {
    const parent = t._item.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    t = parent as AnyType;
  }
  for (const [name, shared] of doc.share) if (shared === t) return name;
  return null;
}
