import type Database from 'better-sqlite3';
import {
  BALLOTS_TABLE,
  type BallotRound,
  type BallotStore,
  type StoredBallots,
} from './ballot-store';

/**
 * The ballot store (ballot-store.ts) in the server's SQLite file: a row per round (is it
 * revealed) and a row per ballot. Each call is a `BEGIN IMMEDIATE` transaction: the write
 * lock is taken before reading, so processes sharing the file count and reveal in turn.
 */
export function sqliteBallots(db: Database.Database): BallotStore {
  db.exec(`CREATE TABLE IF NOT EXISTS offsite_ballot_rounds (
    workshop TEXT NOT NULL,
    box TEXT NOT NULL,
    round TEXT NOT NULL,
    revealed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (workshop, box, round)
  )`);
  db.exec(BALLOTS_TABLE);
  type Key = [workshop: string, box: string, round: string];
  const key = (r: BallotRound): Key => [r.workshop, r.box, r.round];
  const WHERE = 'workshop = ? AND box = ? AND round = ?';
  const revealed = db.prepare<Key, { revealed: number }>(
    `SELECT revealed FROM offsite_ballot_rounds WHERE ${WHERE}`,
  );
  const addRound = db.prepare<[...Key, number]>(
    `INSERT INTO offsite_ballot_rounds (workshop, box, round, revealed) VALUES (?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET revealed = MAX(revealed, excluded.revealed)`,
  );
  const rows = db.prepare<Key, { voter: string; ballot: string }>(
    `SELECT voter, ballot FROM offsite_ballots WHERE ${WHERE} ORDER BY voter`,
  );
  const has = db.prepare<[...Key, string], { n: number }>(
    `SELECT 1 AS n FROM offsite_ballots WHERE ${WHERE} AND voter = ?`,
  );
  const upsert = db.prepare<[...Key, string, string]>(
    `INSERT INTO offsite_ballots (workshop, box, round, voter, ballot) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET ballot = excluded.ballot`,
  );
  const remove = db.prepare<[...Key, string]>(
    `DELETE FROM offsite_ballots WHERE ${WHERE} AND voter = ?`,
  );
  const removeAll = db.prepare<Key>(`DELETE FROM offsite_ballots WHERE ${WHERE}`);
  const removeRound = db.prepare<Key>(`DELETE FROM offsite_ballot_rounds WHERE ${WHERE}`);
  const all = (k: Key): StoredBallots => new Map(rows.all(...k).map((r) => [r.voter, r.ballot]));

  const put = db.transaction(
    (
      k: Key,
      voter: string,
      ballot: string | null,
      max: number,
    ): StoredBallots | 'full' | 'revealed' => {
      if (revealed.get(...k)?.revealed) return 'revealed';
      addRound.run(...k, 0);
      if (ballot === null) remove.run(...k, voter);
      else if (has.get(...k, voter) || all(k).size < max) upsert.run(...k, voter, ballot);
      else return 'full';
      return all(k);
    },
  );
  const take = db.transaction((k: Key): StoredBallots | null => {
    if (revealed.get(...k)?.revealed) return null;
    const ballots = all(k);
    removeAll.run(...k);
    addRound.run(...k, 1);
    return ballots;
  });
  const current = db.transaction((k: Key): StoredBallots | null => {
    const known = revealed.get(...k);
    return known && !known.revealed ? all(k) : null;
  });
  const drop = db.transaction((k: Key) => {
    removeAll.run(...k);
    removeRound.run(...k);
  });

  return {
    put: async (round, voter, ballot, max) => put.immediate(key(round), voter, ballot, max),
    ballots: async (round) => current(key(round)),
    take: async (round) => take.immediate(key(round)),
    drop: async (round) => drop.immediate(key(round)),
  };
}
