import * as Y from 'yjs';
import type { HistoryPointKind } from '../../protocol/history';
import { addChanges, type ChangeStats, type Deletions } from './changes';
import { summarizePoint } from './summary';

/**
 * A workshop's history as a chain of points. Each point is either a whole Yjs state (a
 * base) or the update from the point before it (Y.encodeStateAsUpdate(doc, previousVector)),
 * so the state at point i is the last base at or before i with every update after it
 * applied in order. Storing updates rather than whole states keeps a 10 000-edit workshop's
 * hundred points near 2.4 MiB instead of 41 MiB (README, "History").
 *
 * Why this is exact with the hub's garbage collection on: an update from a state vector
 * carries every struct created since (deleted ones as GC stubs, which is what they were at
 * the point) and the whole delete set, and delete sets only grow. Items that were alive at
 * an earlier point and were collected since are not sent again: the chain already holds
 * them, with their content, from that earlier point.
 * @public
 */

/**
 * - `edits`: taken after a stretch of editing (at most a minute of it);
 * - `before-delete`: taken right before an update deleting several records was applied;
 * - `opened`: the state the workshop was opened in, when it differs from the last point.
 */
export type PointKind = HistoryPointKind;

export interface HistoryPoint {
  /** When the state was taken, ms since the epoch. */
  readonly at: number;
  readonly kind: PointKind;
  /** What changed since the previous point. */
  readonly changes: ChangeStats;
  /** For `before-delete`: what the update about to apply deletes. */
  readonly deleting?: Deletions;
  /** True: `update` is a whole state; false: the update since the previous point. */
  readonly base: boolean;
  readonly update: Uint8Array;
}

/** What a list of points shows of one: its time and what it was. */
export interface PointSummary {
  /** ISO 8601. */
  readonly at: string;
  readonly summary: string;
}

/** A point as a list shows it, its summary in English (the words the hub and files keep). */
export function pointSummary(point: HistoryPoint): PointSummary {
  return { at: new Date(point.at).toISOString(), summary: summarizePoint(point) };
}

/** A doc holding the state of `updates` applied in order (the hub's gc setting: on). */
function docOf(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

/** Whether the doc holds everything a state vector names (so an update from it is enough). */
function covers(doc: Y.Doc, vector: Map<number, number>): boolean {
  for (const [client, clock] of vector) if (Y.getState(doc.store, client) < clock) return false;
  return true;
}

/**
 * The points of one workshop, oldest first, and what they cost. Pure: the caller stores
 * them (the hub in a file beside the workshop, the desktop app in IndexedDB).
 */
export class PointChain {
  private list: HistoryPoint[];
  /** The state vector of the newest point, once known. */
  private headVector: Uint8Array | null = null;

  constructor(points: readonly HistoryPoint[] = []) {
    this.list = [...points];
    if (this.list.length && !this.list[0]!.base) this.list[0] = { ...this.list[0]!, base: true };
  }

  get points(): readonly HistoryPoint[] {
    return this.list;
  }

  get length(): number {
    return this.list.length;
  }

  /** Bytes of every point's update. */
  get bytes(): number {
    return this.list.reduce((sum, p) => sum + p.update.length, 0);
  }

  /** The updates that make up the state at point `index`, from its base. */
  private updatesTo(index: number): Uint8Array[] {
    let start = index;
    while (start > 0 && !this.list[start]!.base) start--;
    return this.list.slice(start, index + 1).map((p) => p.update);
  }

  /** A new doc in the state of point `index`. Throws RangeError for no such point. */
  stateAt(index: number): Y.Doc {
    if (!Number.isInteger(index) || index < 0 || index >= this.list.length)
      throw new RangeError(`no point ${index}`);
    return docOf(this.updatesTo(index));
  }

  /** The whole Yjs state of point `index`, encoded. */
  encodedStateAt(index: number): Uint8Array {
    const doc = this.stateAt(index);
    try {
      return Y.encodeStateAsUpdate(doc);
    } finally {
      doc.destroy();
    }
  }

  /** The index of the newest point taken at or before `at`, or -1. */
  indexAt(at: number): number {
    let found = -1;
    this.list.forEach((p, i) => {
      if (p.at <= at) found = i;
    });
    return found;
  }

  /** The state vector of the newest point, encoded; null with no points. */
  private head(): Uint8Array | null {
    if (this.list.length === 0) return null;
    this.headVector ??= Y.encodeStateVectorFromUpdate(
      Y.mergeUpdates(this.updatesTo(this.list.length - 1)),
    );
    return this.headVector;
  }

  /** Whether `doc` is in exactly the state of the newest point. */
  sameAsNewest(doc: Y.Doc): boolean {
    if (this.list.length === 0) return false;
    const newest = this.stateAt(this.list.length - 1);
    try {
      return Y.equalSnapshots(Y.snapshot(newest), Y.snapshot(doc));
    } finally {
      newest.destroy();
    }
  }

  /**
   * Keeps `doc`'s current state as a new point: the update since the newest point, or a new
   * base when the doc does not hold that point's state (a workshop file replaced by an
   * older copy, or another workshop). Times never go backwards along the chain.
   */
  take(
    doc: Y.Doc,
    point: Pick<HistoryPoint, 'at' | 'kind' | 'changes' | 'deleting'>,
  ): HistoryPoint {
    const head = this.head();
    const base = !head || !covers(doc, Y.decodeStateVector(head));
    const last = this.list[this.list.length - 1];
    const taken: HistoryPoint = {
      ...point,
      at: Math.max(point.at, last?.at ?? point.at),
      base,
      update: base ? Y.encodeStateAsUpdate(doc) : Y.encodeStateAsUpdate(doc, head),
    };
    this.list.push(taken);
    this.headVector = Y.encodeStateVector(doc);
    return taken;
  }

  /**
   * Marks the newest point as the one before a deletion, when nothing changed since it was
   * taken: a second point in the same state would only cost bytes.
   */
  markNewestBeforeDelete(deleting: Deletions): void {
    const last = this.list[this.list.length - 1];
    if (last) this.list[this.list.length - 1] = { ...last, kind: 'before-delete', deleting };
  }

  /**
   * Drops the points `keep` rejects (never the newest). A dropped point's update and changes
   * pass to the point after it, so every kept point's state stays exact; a base made that
   * way is rebuilt from its state, which drops what was deleted in between.
   */
  retain(keep: (point: HistoryPoint, index: number) => boolean): number {
    const before = this.list.length;
    const kept: HistoryPoint[] = [];
    let carry: HistoryPoint | null = null;
    this.list.forEach((point, index) => {
      const newest = index === this.list.length - 1;
      let current = point;
      if (carry && !point.base) current = absorb(carry, point);
      else if (carry) current = { ...point, changes: addChanges(carry.changes, point.changes) };
      carry = null;
      if (newest || keep(point, index)) kept.push(current);
      else carry = current;
    });
    this.list = kept;
    return before - kept.length;
  }
}

/** `next` with the dropped point `dropped` folded in before it. */
function absorb(dropped: HistoryPoint, next: HistoryPoint): HistoryPoint {
  const merged = Y.mergeUpdates([dropped.update, next.update]);
  return {
    ...next,
    changes: addChanges(dropped.changes, next.changes),
    base: dropped.base,
    update: dropped.base ? compact(merged) : merged,
  };
}

/** A whole state re-encoded from a doc: what was deleted is left as GC stubs, without content. */
function compact(state: Uint8Array): Uint8Array {
  const doc = docOf([state]);
  try {
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
