import { closeSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { parseRemovedDevices, parseStoredTokens } from '../../hub/token-file';
import type { RoomTokens } from '../../hub/tokens';
import { sqliteBallots } from './sqlite-ballots';
import { encodeTokens, type WorkshopRecord, type WorkshopStore } from './workshop-store';

interface Row {
  id: string;
  title: string;
  archived: number;
  tokens: string;
  parent: string | null;
  created_at: number;
  updated_at: number;
}

const COLUMNS = 'id, title, archived, tokens, parent, created_at, updated_at';

export function recordOf(row: Row): WorkshopRecord {
  const tokens = parseStoredTokens(row.tokens);
  if (!tokens) throw new Error(`workshop ${row.id}: its stored tokens are unreadable`);
  return {
    id: row.id,
    title: row.title,
    archived: Boolean(row.archived),
    tokens,
    removedDevices: parseRemovedDevices(row.tokens),
    parent: typeof row.parent === 'string' ? row.parent : null,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

/**
 * The workshops in one SQLite file (better-sqlite3). The file is created readable by its
 * owner only before SQLite opens it: it holds every workshop's tokens. WAL mode, so
 * `offsite backup` can read while a server writes, and a busy timeout, so two processes on
 * one file wait for each other instead of failing.
 */
export function openSqliteStore(file: string): WorkshopStore {
  // 'a' creates the file with mode 0600 if missing and leaves an existing one as it is.
  closeSync(openSync(file, 'a', 0o600));
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`CREATE TABLE IF NOT EXISTS offsite_workshops (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    state BLOB NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    tokens TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  )`);
  // Added for cross-workshop alignment; a table made before it gets the column here.
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(offsite_workshops)').all();
  if (!columns.some((c) => c.name === 'parent'))
    db.exec('ALTER TABLE offsite_workshops ADD COLUMN parent TEXT');
  const list = db.prepare<[], Row>(
    `SELECT ${COLUMNS} FROM offsite_workshops ORDER BY created_at, id`,
  );
  const get = db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM offsite_workshops WHERE id = ?`);
  const state = db.prepare<[string], { state: Buffer }>(
    'SELECT state FROM offsite_workshops WHERE id = ?',
  );
  const add = db.prepare(
    `INSERT INTO offsite_workshops (id, title, state, archived, tokens, created_at, updated_at)
     VALUES (?, ?, ?, 0, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  );
  const setState = db.prepare(
    'UPDATE offsite_workshops SET state = ?, title = ?, updated_at = ? WHERE id = ?',
  );
  const setArchived = db.prepare('UPDATE offsite_workshops SET archived = ? WHERE id = ?');
  const setTokens = db.prepare('UPDATE offsite_workshops SET tokens = ? WHERE id = ?');
  const setParent = db.prepare('UPDATE offsite_workshops SET parent = ? WHERE id = ?');
  const merge = db.transaction((id: string, update: Uint8Array, title: string) => {
    const row = state.get(id);
    if (!row) return;
    const merged = Y.mergeUpdates([new Uint8Array(row.state), update]);
    setState.run(Buffer.from(merged), title, Date.now(), id);
  });

  return {
    description: `sqlite ${file}`,
    list: async () => list.all().map(recordOf),
    get: async (id) => {
      const row = get.get(id);
      return row ? recordOf(row) : null;
    },
    state: async (id) => {
      const row = state.get(id);
      return row ? new Uint8Array(row.state) : null;
    },
    add: async (record, update) => {
      const now = Date.now();
      const result = add.run(
        record.id,
        record.title,
        Buffer.from(update),
        encodeTokens(record.tokens),
        now,
        now,
      );
      return result.changes === 1;
    },
    // BEGIN IMMEDIATE: the write lock is taken before reading, so two processes never
    // merge from the same old state.
    merge: async (id, update, title) => merge.immediate(id, update, title),
    setArchived: async (id, archived) => setArchived.run(archived ? 1 : 0, id).changes === 1,
    setTokens: async (id, tokens: RoomTokens, removedDevices) => {
      setTokens.run(encodeTokens(tokens, removedDevices), id);
    },
    setParent: async (id, parent) => {
      setParent.run(parent, id);
    },
    ballots: sqliteBallots(db),
    close: async () => {
      db.close();
    },
  };
}
