import type pg from 'pg';
import {
  BALLOTS_TABLE,
  type BallotRound,
  type BallotStore,
  type StoredBallots,
} from './ballot-store';

const WHERE = 'workshop = $1 AND box = $2 AND round = $3';
const key = (r: BallotRound) => [r.workshop, r.box, r.round];

/** Creates a table unless it exists; two processes starting at once may race on it. */
async function createTable(pool: pg.Pool, sql: string): Promise<void> {
  await pool.query(sql).catch((error: { code?: string }) => {
    // The other process made it (a unique violation in the catalog): all that is needed.
    if (error.code !== '23505') throw error;
  });
}

/**
 * The ballot store (ballot-store.ts) in PostgreSQL, the same two tables as SQLite's. Every
 * call that writes makes sure the round's row exists and locks it (`FOR UPDATE`) first, so
 * the processes putting into one round, or revealing it, do so one at a time.
 */
export async function postgresBallots(pool: pg.Pool): Promise<BallotStore> {
  await createTable(
    pool,
    `CREATE TABLE IF NOT EXISTS offsite_ballot_rounds (
      workshop TEXT NOT NULL,
      box TEXT NOT NULL,
      round TEXT NOT NULL,
      revealed BOOLEAN NOT NULL DEFAULT FALSE,
      PRIMARY KEY (workshop, box, round)
    )`,
  );
  await createTable(pool, BALLOTS_TABLE);

  const all = async (client: pg.PoolClient | pg.Pool, k: string[]): Promise<StoredBallots> => {
    const { rows } = await client.query<{ voter: string; ballot: string }>(
      `SELECT voter, ballot FROM offsite_ballots WHERE ${WHERE} ORDER BY voter`,
      k,
    );
    return new Map(rows.map((r) => [r.voter, r.ballot]));
  };

  /** Runs `fn` in one transaction (`begin` opens it) on one connection. */
  async function transaction<T>(
    fn: (client: pg.PoolClient) => Promise<T>,
    begin = 'BEGIN',
  ): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query(begin);
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /** Runs `fn` in a transaction holding the round's row (made if missing) locked. */
  const locked = <T>(k: string[], fn: (client: pg.PoolClient, revealed: boolean) => Promise<T>) =>
    transaction(async (client) => {
      await client.query(
        `INSERT INTO offsite_ballot_rounds (workshop, box, round) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING`,
        k,
      );
      const { rows } = await client.query<{ revealed: boolean }>(
        `SELECT revealed FROM offsite_ballot_rounds WHERE ${WHERE} FOR UPDATE`,
        k,
      );
      return fn(client, rows[0]?.revealed ?? false);
    });

  return {
    put: (round, voter, ballot, max) =>
      locked(key(round), async (client, revealed) => {
        const k = key(round);
        if (revealed) return 'revealed';
        if (ballot === null) {
          await client.query(`DELETE FROM offsite_ballots WHERE ${WHERE} AND voter = $4`, [
            ...k,
            voter,
          ]);
          return all(client, k);
        }
        const before = await all(client, k);
        if (!before.has(voter) && before.size >= max) return 'full';
        await client.query(
          `INSERT INTO offsite_ballots (workshop, box, round, voter, ballot)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT (workshop, box, round, voter)
           DO UPDATE SET ballot = EXCLUDED.ballot`,
          [...k, voter, ballot],
        );
        return new Map([...before, [voter, ballot]]);
      }),
    ballots: (round) =>
      // One snapshot: the round's state and its ballots as of the same moment.
      transaction(async (client) => {
        const k = key(round);
        const { rows } = await client.query<{ revealed: boolean }>(
          `SELECT revealed FROM offsite_ballot_rounds WHERE ${WHERE}`,
          k,
        );
        return rows[0] && !rows[0].revealed ? all(client, k) : null;
      }, 'BEGIN ISOLATION LEVEL REPEATABLE READ'),
    take: (round) =>
      locked(key(round), async (client, revealed) => {
        const k = key(round);
        if (revealed) return null;
        const ballots = await all(client, k);
        await client.query(`DELETE FROM offsite_ballots WHERE ${WHERE}`, k);
        await client.query(`UPDATE offsite_ballot_rounds SET revealed = TRUE WHERE ${WHERE}`, k);
        return ballots;
      }),
    drop: (round) =>
      transaction(async (client) => {
        const k = key(round);
        await client.query(`DELETE FROM offsite_ballots WHERE ${WHERE}`, k);
        await client.query(`DELETE FROM offsite_ballot_rounds WHERE ${WHERE}`, k);
      }),
  };
}
