import pg from 'pg';
import * as Y from 'yjs';
import { encodeTokens, type WorkshopStore } from './workshop-store';
import { recordOf } from './sqlite-store';
import { postgresBallots } from './postgres-ballots';

const COLUMNS = 'id, title, archived::int AS archived, tokens, parent, created_at, updated_at';

/** `postgres HOST:PORT/DB` for logs: the URL without its user and password. */
export function describePostgres(url: string): string {
  try {
    const u = new URL(url);
    return `postgres ${u.host}${u.pathname}`;
  } catch {
    return 'postgres';
  }
}

/**
 * The workshops in PostgreSQL (node-postgres), for a deployment of several `offsite serve`
 * processes sharing one database. The same table as SQLite's; the merge reads the row
 * `FOR UPDATE` in a transaction, so concurrent stores from several processes serialise.
 */
export async function openPostgresStore(url: string): Promise<WorkshopStore> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  // A connection dropped while idle must not crash the server: the next query reconnects.
  pool.on('error', () => {});
  try {
    await pool.query(`CREATE TABLE IF NOT EXISTS offsite_workshops (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      state BYTEA NOT NULL,
      archived BOOLEAN NOT NULL DEFAULT FALSE,
      tokens TEXT NOT NULL,
      created_at BIGINT NOT NULL,
      updated_at BIGINT NOT NULL
    )`);
  } catch (error) {
    // Two processes starting at once race on CREATE TABLE IF NOT EXISTS (a unique
    // violation in the catalog): the other one made it, which is all that is needed.
    if ((error as { code?: string }).code !== '23505') {
      await pool.end();
      throw error;
    }
  }
  // Added for cross-workshop alignment; a table made before it gets the column here.
  await pool
    .query('ALTER TABLE offsite_workshops ADD COLUMN IF NOT EXISTS parent TEXT')
    .catch(async (error: { code?: string }) => {
      // Two processes adding it at once: the other one did (duplicate column, 42701).
      if (error.code !== '42701' && error.code !== '23505') {
        await pool.end();
        throw error;
      }
    });

  const ballots = await postgresBallots(pool).catch(async (error: unknown) => {
    await pool.end();
    throw error;
  });

  const merge = async (id: string, update: Uint8Array, title: string) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ state: Buffer }>(
        'SELECT state FROM offsite_workshops WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (rows[0]) {
        const merged = Y.mergeUpdates([new Uint8Array(rows[0].state), update]);
        await client.query(
          'UPDATE offsite_workshops SET state = $1, title = $2, updated_at = $3 WHERE id = $4',
          [Buffer.from(merged), title, Date.now(), id],
        );
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };

  return {
    description: describePostgres(url),
    list: async () =>
      (
        await pool.query(`SELECT ${COLUMNS} FROM offsite_workshops ORDER BY created_at, id`)
      ).rows.map(recordOf),
    get: async (id) => {
      const { rows } = await pool.query(`SELECT ${COLUMNS} FROM offsite_workshops WHERE id = $1`, [
        id,
      ]);
      return rows[0] ? recordOf(rows[0]) : null;
    },
    state: async (id) => {
      const { rows } = await pool.query<{ state: Buffer }>(
        'SELECT state FROM offsite_workshops WHERE id = $1',
        [id],
      );
      return rows[0] ? new Uint8Array(rows[0].state) : null;
    },
    add: async (record, update) => {
      const now = Date.now();
      const result = await pool.query(
        `INSERT INTO offsite_workshops (id, title, state, archived, tokens, created_at, updated_at)
         VALUES ($1, $2, $3, FALSE, $4, $5, $5) ON CONFLICT (id) DO NOTHING`,
        [record.id, record.title, Buffer.from(update), encodeTokens(record.tokens), now],
      );
      return result.rowCount === 1;
    },
    merge,
    setArchived: async (id, archived) =>
      (await pool.query('UPDATE offsite_workshops SET archived = $1 WHERE id = $2', [archived, id]))
        .rowCount === 1,
    setTokens: async (id, tokens, removedDevices) => {
      await pool.query('UPDATE offsite_workshops SET tokens = $1 WHERE id = $2', [
        encodeTokens(tokens, removedDevices),
        id,
      ]);
    },
    setParent: async (id, parent) => {
      await pool.query('UPDATE offsite_workshops SET parent = $1 WHERE id = $2', [parent, id]);
    },
    ballots,
    close: () => pool.end(),
  };
}
