import type {
  afterLoadDocumentPayload,
  beforeHandleMessagePayload,
  Extension,
} from '@hocuspocus/server';
import type * as Y from 'yjs';
import {
  ChangeTally,
  DEFAULT_HISTORY_BOUNDS,
  deletionWeight,
  PointChain,
  pointSummary,
  thinChain,
  type Deletions,
  type HistoryBounds,
  type HistoryPoint,
} from '../../shared/model';
import type { HistoryPointInfo } from '../../shared/protocol/history';
import type { AuthContext } from './auth';
import { parseMessage } from './guard';
import { deletionsBy } from './history-deletions';
import { openHistoryFile, writeHistoryFile } from './history-store';

export interface HubHistoryOptions {
  /** The history file (history-store.ts: `<workshop>.offsite.history`). */
  readonly path: string;
  readonly room: string;
  readonly bounds?: HistoryBounds;
  /** A point at most this long after an edit, so at least one per minute of editing. */
  readonly intervalMs?: number;
  /** An update deleting at least this many records (and one-pager texts) gets a point first. */
  readonly bulkDelete?: number;
  /**
   * At most one point before a deletion this often: a peer deleting a few records per
   * message cannot make the hub store a point per message. The point before the first of a
   * burst of deletions holds what every deletion of the burst removes.
   */
  readonly beforeDeleteGapMs?: number;
  readonly now?: () => number;
  readonly log: (message: string) => void;
}

/**
 * The workshop's history as a Hocuspocus extension: a point at most a minute after any
 * edit, one right before an update that deletes several records (seen in
 * beforeHandleMessage, after the policy guard let it through and before Hocuspocus applies
 * it), thinned to a schedule and a byte budget (shared/model/history), kept in a file beside
 * the workshop, written atomically. The facilitator reads it through the hub's HTTP
 * endpoints (history-http.ts); restoring is the facilitator's forward edit, not the hub's.
 */
export class HubHistory implements Extension {
  readonly extensionName = 'offsite-history';
  private readonly tally = new ChangeTally();
  private readonly now: () => number;
  private doc: Y.Doc | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastBeforeDelete = -Infinity;
  private writing: Promise<void> = Promise.resolve();
  private unwritten = false;
  private closed = false;

  private constructor(
    private readonly options: HubHistoryOptions,
    private readonly chain: PointChain,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** Reads the history kept beside the workshop (a new one if there is none). */
  static async open(options: HubHistoryOptions): Promise<HubHistory> {
    const stored = await openHistoryFile(options.path, options.log);
    let points: readonly HistoryPoint[] = stored?.points ?? [];
    if (stored && stored.workshopId !== options.room) {
      options.log(
        `the history in ${options.path} is of workshop ${stored.workshopId}, not ${options.room}: starting a new one`,
      );
      points = [];
    }
    return new HubHistory(options, new PointChain(points));
  }

  get points(): readonly HistoryPoint[] {
    return this.chain.points;
  }

  /** The kept points, oldest first. */
  list(): HistoryPointInfo[] {
    return this.chain.points.map((p) => ({ ...pointSummary(p), kind: p.kind }));
  }

  /** The whole Yjs state of the point taken at or just before `at`, or null. */
  stateAt(at: number): { at: number; state: Uint8Array } | null {
    const index = this.chain.indexAt(at);
    if (index < 0) return null;
    return { at: this.chain.points[index]!.at, state: this.chain.encodedStateAt(index) };
  }

  async afterLoadDocument({ document }: afterLoadDocumentPayload): Promise<void> {
    this.doc = document;
    this.tally.watch(document);
    document.on('update', () => this.schedule());
    if (!this.chain.sameAsNewest(document)) this.keep('opened');
  }

  async beforeHandleMessage(payload: beforeHandleMessagePayload): Promise<void> {
    const role = (payload.context as Partial<AuthContext>).role;
    if (!role || this.closed) return;
    try {
      const { update } = parseMessage(payload.update, this.options.room, role);
      if (!update) return;
      const deleting = deletionsBy(payload.document, update);
      if (deletionWeight(deleting) >= (this.options.bulkDelete ?? 3)) this.beforeDelete(deleting);
    } catch (error) {
      // The policy guard has accepted this message: history must never refuse it.
      this.options.log(`history: could not read an update: ${(error as Error).message}`);
    }
  }

  /** Keeps a point now if anything changed since the last, and writes the file. */
  async flush(): Promise<void> {
    if (this.tally.dirty) this.keep('edits');
    await this.writing;
  }

  /** Keeps the last edits and stops. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.writing;
  }

  private schedule(): void {
    if (this.timer || this.closed || !this.tally.dirty) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.tally.dirty) this.keep('edits');
    }, this.options.intervalMs ?? 60_000);
    this.timer.unref();
  }

  private beforeDelete(deleting: Deletions): void {
    const now = this.now();
    if (now - this.lastBeforeDelete < (this.options.beforeDeleteGapMs ?? 5000)) return;
    this.lastBeforeDelete = now;
    // Nothing changed since the newest point: it is the state before this deletion.
    if (!this.tally.dirty && this.chain.length > 0) {
      this.chain.markNewestBeforeDelete(deleting);
      this.write();
    } else this.keep('before-delete', deleting);
  }

  private keep(kind: HistoryPoint['kind'], deleting?: Deletions): void {
    if (!this.doc || this.closed) return;
    const now = this.now();
    this.chain.take(this.doc, {
      at: now,
      kind,
      changes: this.tally.take(),
      ...(deleting && { deleting }),
    });
    thinChain(this.chain, now, this.options.bounds ?? DEFAULT_HISTORY_BOUNDS);
    this.write();
  }

  /** Writes the chain as it is now; writes never overlap, and the last one always runs. */
  private write(): void {
    if (this.unwritten) return;
    this.unwritten = true;
    this.writing = this.writing.then(async () => {
      this.unwritten = false;
      try {
        await writeHistoryFile(this.options.path, {
          workshopId: this.options.room,
          points: this.chain.points,
        });
      } catch (error) {
        this.options.log(
          `could not write the history ${this.options.path}: ${(error as Error).message}`,
        );
      }
    });
  }
}
