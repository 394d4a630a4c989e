/** One round's ballots: its id, and each voter's ballot (voter → ballot). */
export interface KeptRound<B> {
  readonly id: string;
  readonly ballots: ReadonlyMap<string, B>;
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
