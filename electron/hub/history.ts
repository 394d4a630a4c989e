import type {
  afterLoadDocumentPayload,
  beforeHandleMessagePayload,
  Extension,
} from '@hocuspocus/server';
import {
  deletionWeight,
  HistoryKeeper,
  PointChain,
  type HistoryPoint,
  type KeeperOptions,
} from '../../shared/model';
import type { HistoryPointInfo } from '../../shared/protocol/history';
import type { AuthContext } from './auth';
import { parseMessage } from './guard';
import { deletionsBy } from './history-deletions';
import { openHistoryFile, writeHistoryFile } from './history-store';

export interface HubHistoryOptions
  extends Pick<KeeperOptions, 'bounds' | 'intervalMs' | 'beforeDeleteGapMs' | 'now'> {
  /** The history file (history-store.ts: `<workshop>.offsite.history`). */
  readonly path: string;
  readonly room: string;
  /** An update deleting at least this many records (and one-pager texts) gets a point first. */
  readonly bulkDelete?: number;
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

  private constructor(
    private readonly options: HubHistoryOptions,
    private readonly keeper: HistoryKeeper,
  ) {}

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
    const keeper = new HistoryKeeper(new PointChain(points), {
      ...options,
      persist: (kept) => writeHistoryFile(options.path, { workshopId: options.room, points: kept }),
      onError: (message) => options.log(`${message} (${options.path})`),
    });
    return new HubHistory(options, keeper);
  }

  get points(): readonly HistoryPoint[] {
    return this.keeper.points;
  }

  list(): HistoryPointInfo[] {
    return this.keeper.list();
  }

  stateAt(at: number): { at: number; state: Uint8Array } | null {
    return this.keeper.stateAt(at);
  }

  async afterLoadDocument({ document }: afterLoadDocumentPayload): Promise<void> {
    this.keeper.attach(document);
  }

  async beforeHandleMessage(payload: beforeHandleMessagePayload): Promise<void> {
    const role = (payload.context as Partial<AuthContext>).role;
    if (!role) return;
    try {
      const { update } = parseMessage(payload.update, this.options.room, role);
      if (!update) return;
      const deleting = deletionsBy(payload.document, update);
      if (deletionWeight(deleting) >= (this.options.bulkDelete ?? 3))
        this.keeper.beforeDelete(deleting);
    } catch (error) {
      // The policy guard has accepted this message: history must never refuse it.
      this.options.log(`history: could not read an update: ${(error as Error).message}`);
    }
  }

  /** Keeps a point now if anything changed, and writes the file. */
  flush(): Promise<void> {
    return this.keeper.flush();
  }

  /** Keeps the last edits and stops. */
  close(): Promise<void> {
    return this.keeper.close();
  }
}
