import type * as Y from 'yjs';
import type { HistoryPointInfo } from '../../protocol/history';
import { DEFAULT_HISTORY_BOUNDS, thinChain, type HistoryBounds } from './bounds';
import { ChangeTally, type Deletions } from './changes';
import { type PointChain, pointSummary, type HistoryPoint, type PointKind } from './points';

export interface KeeperOptions {
  readonly bounds?: HistoryBounds;
  /** A point at most this long after an edit: at least one per minute of editing. */
  readonly intervalMs?: number;
  /** At most one point before a deletion this often (see beforeDelete). */
  readonly beforeDeleteGapMs?: number;
  readonly now?: () => number;
  /** Stores every point (a file beside the workshop; IndexedDB). Never called concurrently. */
  readonly persist: (points: readonly HistoryPoint[]) => Promise<void>;
  readonly onError: (message: string) => void;
}

/**
 * Keeps one doc's history: counts its edits, keeps a point at most `intervalMs` after the
 * first edit since the last point, thins the chain to its bounds, and stores it after each
 * point. Where it runs decides where it stores: the hub (a file) or the desktop app for a
 * workshop not in a room (IndexedDB). Timers are unref'd where the platform has that.
 * @public
 */
export class HistoryKeeper {
  private readonly tally = new ChangeTally();
  private readonly now: () => number;
  private doc: Y.Doc | null = null;
  private detach: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastBeforeDelete = Number.NEGATIVE_INFINITY;
  private storing: Promise<void> = Promise.resolve();
  private storeQueued = false;
  private closed = false;

  constructor(
    private readonly chain: PointChain,
    private readonly options: KeeperOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  get points(): readonly HistoryPoint[] {
    return this.chain.points;
  }

  /** The kept points, oldest first, with their counts (the viewer words them). */
  list(): HistoryPointInfo[] {
    return this.chain.points.map((p) => ({
      ...pointSummary(p),
      kind: p.kind,
      changes: p.changes,
      ...(p.deleting && { deleting: p.deleting }),
    }));
  }

  /** The whole Yjs state of the point taken at or just before `at`, or null. */
  stateAt(at: number): { at: number; state: Uint8Array } | null {
    const index = this.chain.indexAt(at);
    if (index < 0) return null;
    return { at: this.chain.points[index]!.at, state: this.chain.encodedStateAt(index) };
  }

  /**
   * Starts keeping `doc`'s history; keeps its current state as an `opened` point unless the
   * newest point already holds it.
   */
  attach(doc: Y.Doc): void {
    this.doc = doc;
    const stopTally = this.tally.watch(doc);
    const onUpdate = () => this.schedule();
    doc.on('update', onUpdate);
    this.detach = () => {
      stopTally();
      doc.off('update', onUpdate);
    };
    if (!this.chain.sameAsNewest(doc)) this.keep('opened');
  }

  /**
   * Called right before an update that deletes `deleting` applies: keeps the state it is
   * about to destroy. At most one such point per `beforeDeleteGapMs`, so a peer deleting a
   * few records per message cannot make a point per message; the point before the first
   * deletion of a burst holds what every deletion of the burst removes.
   */
  beforeDelete(deleting: Deletions): void {
    const now = this.now();
    if (now - this.lastBeforeDelete < (this.options.beforeDeleteGapMs ?? 5000)) return;
    this.lastBeforeDelete = now;
    // Nothing changed since the newest point: it is the state before this deletion.
    if (!this.tally.dirty && this.chain.length > 0) {
      this.chain.markNewestBeforeDelete(deleting);
      this.store();
    } else this.keep('before-delete', deleting);
  }

  /** Keeps a point now if anything changed since the last, and waits until it is stored. */
  async flush(): Promise<void> {
    if (this.tally.dirty) this.keep('edits');
    await this.storing;
  }

  /** Keeps the last edits, stores them, and stops. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.detach?.();
    await this.storing;
  }

  private schedule(): void {
    if (this.timer || this.closed || !this.tally.dirty) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.tally.dirty) this.keep('edits');
    }, this.options.intervalMs ?? 60_000);
    (this.timer as { unref?: () => void }).unref?.();
  }

  private keep(kind: PointKind, deleting?: Deletions): void {
    if (!this.doc || this.closed) return;
    const now = this.now();
    this.chain.take(this.doc, {
      at: now,
      kind,
      changes: this.tally.take(),
      ...(deleting && { deleting }),
    });
    thinChain(this.chain, now, this.options.bounds ?? DEFAULT_HISTORY_BOUNDS);
    this.store();
  }

  /** Stores the chain as it is when the store runs; stores never overlap, the last always runs. */
  private store(): void {
    if (this.storeQueued) return;
    this.storeQueued = true;
    this.storing = this.storing.then(async () => {
      this.storeQueued = false;
      try {
        await this.options.persist(this.chain.points);
      } catch (error) {
        this.options.onError(`could not store the history: ${(error as Error).message}`);
      }
    });
  }
}
