import type * as Y from 'yjs';

/** One round's ballots: its id, and each voter's ballot (voter → ballot). */
export interface KeptRound<B> {
  readonly id: string;
  readonly ballots: ReadonlyMap<string, B>;
}

/**
 * Where a ballot box (voting.ts, confidence-box.ts) keeps its ballots: this hub's memory
 * (RoundBallots below, kept on disk by ballot-file.ts) or, on `offsite serve`, the
 * server's database, shared by all its processes (server/store-ballots.ts). Asynchronous,
 * for the database; the box publishes counts and reveals from what the keeper says after
 * each write, never from a copy of its own.
 */
export interface BallotKeeper<B> {
  /**
   * Puts `voter`'s ballot into round `id` (null withdraws it); resolves with the round's
   * ballots after the write, or why nothing was written: 'full' (`max` voters already, and
   * this is a new one) or 'revealed' (the round was revealed meanwhile, on another process).
   */
  put(
    id: string,
    voter: string,
    ballot: B | null,
    max: number,
  ): Promise<ReadonlyMap<string, B> | 'full' | 'revealed'>;
  /** Round `id`'s ballots now; null if none are known (or they were revealed). */
  current(id: string): Promise<ReadonlyMap<string, B> | null>;
  /**
   * Takes round `id`'s ballots out for its reveal (kept nowhere after). Null when the
   * reveal is not this keeper's to publish: another process took them already.
   */
  take(id: string): Promise<ReadonlyMap<string, B> | null>;
  /** Call with the doc's current round on every room change (a round gone drops its ballots). */
  follow(current: string | null): void;
}

/** A RoundBallots as the keeper of a laptop hub's box: all in this process. */
export function keptInMemory<B>(rounds: RoundBallots<B>): BallotKeeper<B> {
  return {
    // Synchronous inside: ballots are counted in the order they arrive.
    put: async (id, voter, ballot, max) =>
      rounds.put(id, voter, ballot, max) ? rounds.of(id)! : 'full',
    current: async (id) => rounds.of(id),
    // Nobody else could have revealed it: no ballots kept is a round nobody voted in.
    take: async (id) => rounds.take(id) ?? new Map(),
    follow: (current) => rounds.follow(current),
  };
}

/**
 * The ballots of one round at a time, for a ballot box (voting.ts, confidence-box.ts): a
 * ballot for a new round drops the previous round's. Every change is told to `changed`
 * (ballot-file.ts keeps them on disk, so a hub restarted mid-round still counts them).
 */
export class RoundBallots<B> {
  private round: { id: string; ballots: Map<string, B> } | null;
  /** Whether the kept round has been the doc's current one since this hub started. */
  private seen = false;

  constructor(
    kept: KeptRound<B> | null,
    private readonly changed: (kept: KeptRound<B> | null) => void = () => {},
  ) {
    this.round = kept ? { id: kept.id, ballots: new Map(kept.ballots) } : null;
  }

  /** Round `id`'s ballots, or null if none was cast in it. */
  of(id: string): ReadonlyMap<string, B> | null {
    return this.round?.id === id ? this.round.ballots : null;
  }

  /**
   * Puts `voter`'s ballot into round `id` (null withdraws it). False, and nothing changed,
   * when the round already has `max` voters and this is a new one.
   */
  put(id: string, voter: string, ballot: B | null, max: number): boolean {
    if (this.round?.id !== id) this.round = { id, ballots: new Map() };
    const { ballots } = this.round;
    if (ballot === null) ballots.delete(voter);
    else if (ballots.size < max || ballots.has(voter)) ballots.set(voter, ballot);
    else return false;
    this.seen = true;
    this.changed(this.round);
    return true;
  }

  /** Takes round `id`'s ballots out (its reveal): they are kept nowhere after. */
  take(id: string): ReadonlyMap<string, B> | null {
    const ballots = this.of(id);
    if (ballots) this.drop();
    return ballots;
  }

  /**
   * Call with the doc's current round on every room change. The kept round's ballots go
   * once it has been current and no longer is (cleared unrevealed, or another opened) —
   * not while the doc has no round yet: a hub restarted before it stored the round gets it
   * back from the facilitator's device, and its ballots must still be there then.
   */
  follow(current: string | null): void {
    if (!this.round) return;
    if (current === this.round.id) this.seen = true;
    else if (this.seen || current !== null) this.drop();
  }

  private drop(): void {
    this.round = null;
    this.seen = false;
    this.changed(null);
  }
}

/**
 * Writes into a round's map how many have voted and their names, sorted (never in the
 * order they voted) — only what differs, so a count checked again (a server's processes
 * agreeing on it) writes nothing when it is right already.
 */
export function publishCount(
  round: Y.Map<unknown>,
  ballots: ReadonlyMap<string, { readonly name: string }>,
): void {
  const names = [...ballots.values()].map((b) => b.name).sort((a, b) => a.localeCompare(b));
  if (round.get('ballots') !== ballots.size) round.set('ballots', ballots.size);
  const shown = round.get('voters');
  const same =
    Array.isArray(shown) && shown.length === names.length && shown.every((n, i) => n === names[i]);
  if (!same) round.set('voters', names);
}
