import { readConfidenceBallot, readVoteBallot } from '../hub/ballot-file';
import type { ConfidenceBallot } from '../hub/confidence-box';
import type { BallotKeeper } from '../hub/round-ballots';
import type { VoteBallot } from '../hub/voting';
import type { BallotBoxName, BallotStore, StoredBallots } from './store/ballot-store';

/**
 * A workshop's ballot box kept in the server's database (store/ballot-store.ts) instead of
 * one process's memory: every `offsite serve` process with the workshop open puts into,
 * counts from and reveals from the same rows, so "N voted" and the reveal count the
 * ballots cast on every process, and a process restarted (or the workshop unloaded and
 * opened again) mid-round still has them. This process's calls run one after the other, in
 * the order the ballots arrived. Nothing here logs a ballot or a voter.
 */
class StoreKeeper<B> implements BallotKeeper<B> {
  private queue: Promise<unknown> = Promise.resolve();
  /** The round this process's doc showed last: once it shows another, that one's rows go. */
  private shown: string | null = null;

  constructor(
    private readonly store: BallotStore,
    private readonly workshop: string,
    private readonly box: BallotBoxName,
    private readonly read: (value: unknown) => B | null,
    private readonly log: (message: string) => void,
  ) {}

  put(id: string, voter: string, ballot: B | null, max: number) {
    return this.run('keep a ballot', async () => {
      const text = ballot === null ? null : JSON.stringify(ballot);
      const result = await this.store.put(this.round(id), voter, text, max);
      return typeof result === 'string' ? result : this.parse(result);
    });
  }

  current(id: string) {
    return this.run('read the ballots', async () => {
      const stored = await this.store.ballots(this.round(id));
      return stored && this.parse(stored);
    });
  }

  take(id: string) {
    return this.run('reveal the ballots', async () => {
      const stored = await this.store.take(this.round(id));
      return stored && this.parse(stored);
    });
  }

  /**
   * A round this process saw as the room's and no longer sees (cleared unrevealed, another
   * opened): its ballots go, from every process. Only a round seen here, never "every round
   * but the doc's": a process that has just loaded the workshop may show an older round
   * for a moment, before the others' edits reach it through Redis.
   */
  follow(current: string | null): void {
    const gone = this.shown;
    this.shown = current;
    if (gone === null || gone === current) return;
    this.run('drop the ballots of a round gone', () => this.store.drop(this.round(gone))).catch(
      () => {},
    );
  }

  private round(id: string) {
    return { workshop: this.workshop, box: this.box, round: id };
  }

  /** The stored ballots, read as any peer data is: one that does not read is not counted. */
  private parse(stored: StoredBallots): ReadonlyMap<string, B> {
    const ballots = new Map<string, B>();
    for (const [voter, text] of stored) {
      let ballot: B | null = null;
      try {
        ballot = this.read(JSON.parse(text));
      } catch {
        // not JSON: skipped as unreadable below
      }
      if (ballot) ballots.set(voter, ballot);
      else this.log(`a stored ${this.box} ballot is unreadable: not counted`);
    }
    return ballots;
  }

  private run<T>(what: string, fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn).catch((error: unknown) => {
      // The database's message, never the ballot: its values are not in it.
      this.log(`could not ${what}: ${(error as Error).message}`);
      throw error;
    });
    this.queue = next.catch(() => {});
    return next;
  }
}

/** The two ballot boxes of `workshop`, kept in `store` (for RoomControl's ballotKeepers). */
export function storeBallotKeepers(
  store: BallotStore,
  workshop: string,
  log: (message: string) => void,
): { vote: BallotKeeper<VoteBallot>; confidence: BallotKeeper<ConfidenceBallot> } {
  return {
    vote: new StoreKeeper(store, workshop, 'vote', readVoteBallot, log),
    confidence: new StoreKeeper(store, workshop, 'confidence', readConfidenceBallot, log),
  };
}
