/** A workshop's two ballot boxes: the dot vote's and the confidence round's. */
export type BallotBoxName = 'vote' | 'confidence';

/** One round of one box of one workshop. */
export interface BallotRound {
  readonly workshop: string;
  readonly box: BallotBoxName;
  /** The round's id (the vote's or the confidence round's, from the doc). */
  readonly round: string;
}

/** Voter id → the ballot as stored (JSON text, read back by the ballot box's own reader). */
export type StoredBallots = ReadonlyMap<string, string>;

/**
 * The running rounds' ballots of every workshop in the server's database, shared by all
 * its processes (`offsite serve` × N behind Redis): each process counts every ballot of a
 * round wherever it was cast, and a restarted process finds them again. Private until the
 * reveal: only the ballot boxes (server/store-ballots.ts) read them, and the reveal takes
 * them out. Every call is one transaction, so concurrent processes never count past the
 * limit nor reveal a round twice.
 *
 * A round is known once a ballot was put into it, and revealed once taken: after that it
 * takes no ballot and gives none, until `drop` forgets it.
 */
export interface BallotStore {
  /**
   * Puts `voter`'s ballot (null withdraws it) into the round: its ballots after the write,
   * or 'full' (a new voter in a round with `max` voters: nothing written) or 'revealed'.
   */
  put(
    round: BallotRound,
    voter: string,
    ballot: string | null,
    max: number,
  ): Promise<StoredBallots | 'full' | 'revealed'>;
  /** The round's ballots; null if it is not known, or revealed. */
  ballots(round: BallotRound): Promise<StoredBallots | null>;
  /**
   * Takes the round's ballots out to reveal them (none kept after) and marks it revealed;
   * null if it was revealed already (by another process): there is nothing left to publish.
   */
  take(round: BallotRound): Promise<StoredBallots | null>;
  /** Forgets the round: its ballots, and that it was revealed. */
  drop(round: BallotRound): Promise<void>;
}

/** The ballots' table, the same in SQLite and PostgreSQL: one row per ballot. */
export const BALLOTS_TABLE = `CREATE TABLE IF NOT EXISTS offsite_ballots (
  workshop TEXT NOT NULL,
  box TEXT NOT NULL,
  round TEXT NOT NULL,
  voter TEXT NOT NULL,
  ballot TEXT NOT NULL,
  PRIMARY KEY (workshop, box, round, voter)
)`;
