// The workshop a workshop aligns to (issue 14 §6) is a column of the server's one table. A
// database made before the column existed gets it when a server opens it (SQLite, and a
// real PostgreSQL where installed), and the setting survives a reopen.
import Database from 'better-sqlite3';
import pg from 'pg';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/server/store/open-store';
import type { WorkshopStore } from '../../electron/server/store/workshop-store';
import { missingPostgres, startPostgres } from '../support/services';
import { tempDir } from './hub-helpers';

/** The table as `offsite serve` made it before workshops could align to each other. */
const OLD_TABLE = (blob: string, bool: string) => `CREATE TABLE offsite_workshops (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, state ${blob} NOT NULL,
  archived ${bool} NOT NULL DEFAULT ${bool === 'BOOLEAN' ? 'FALSE' : '0'}, tokens TEXT NOT NULL,
  created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)`;
const TOKENS = JSON.stringify({
  facilitator: 'f'.repeat(32),
  participant: 'p'.repeat(32),
  viewer: 'v'.repeat(32),
});

async function alignsAndKeeps(open: () => Promise<WorkshopStore>): Promise<void> {
  let store = await open();
  expect((await store.get('company'))?.parent).toBeNull();
  await store.add(
    { id: 'team-cs', title: 'CS', tokens: JSON.parse(TOKENS) as never },
    new Uint8Array([0, 0]),
  );
  await store.setParent('team-cs', 'company');
  await store.close();
  store = await open();
  expect((await store.get('team-cs'))?.parent).toBe('company');
  expect((await store.list()).map((w) => [w.id, w.parent])).toEqual([
    ['company', null],
    ['team-cs', 'company'],
  ]);
  await store.setParent('team-cs', null);
  expect((await store.get('team-cs'))?.parent).toBeNull();
  await store.close();
}

describe('the aligned-to column', () => {
  it('is added to an older SQLite database', async () => {
    const dir = tempDir('offsite-parent-');
    const db = new Database(join(dir, 'offsite.sqlite'));
    db.exec(OLD_TABLE('BLOB', 'INTEGER'));
    db.prepare('INSERT INTO offsite_workshops VALUES (?, ?, ?, 0, ?, 1, 1)').run(
      'company',
      'Company',
      Buffer.from([0, 0]),
      TOKENS,
    );
    db.close();
    await alignsAndKeeps(() => openStore(undefined, dir));
  });

  const missing = missingPostgres();
  if (missing) console.warn(`SKIPPED the PostgreSQL case of serve-store-parent: ${missing}`);
  describe.skipIf(missing !== null)('on PostgreSQL', () => {
    let server: Awaited<ReturnType<typeof startPostgres>> | undefined;
    afterAll(async () => server?.stop());
    it('is added to an older PostgreSQL table', async () => {
      server = await startPostgres();
      const url = await server.createDatabase('parent');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(OLD_TABLE('BYTEA', 'BOOLEAN'));
      await client.query('INSERT INTO offsite_workshops VALUES ($1, $2, $3, FALSE, $4, 1, 1)', [
        'company',
        'Company',
        Buffer.from([0, 0]),
        TOKENS,
      ]);
      await client.end();
      await alignsAndKeeps(() => openStore(url, tempDir('offsite-parent-pg-')));
    });
  });
});
