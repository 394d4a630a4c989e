import { join } from 'node:path';
import { openPostgresStore } from './postgres-store';
import { openSqliteStore } from './sqlite-store';
import type { WorkshopStore } from './workshop-store';

/** The database file `offsite serve` uses in its data directory when no --db is given. */
export const SQLITE_FILE = 'offsite.sqlite';

/**
 * The store `--db` names: `postgres://…` (or `postgresql://…`), `sqlite:FILE`, or nothing
 * (`DIR/offsite.sqlite`). Throws with a message for a person on anything else.
 */
export async function openStore(db: string | undefined, dataDir: string): Promise<WorkshopStore> {
  if (db === undefined || db === '') return openSqliteStore(join(dataDir, SQLITE_FILE));
  if (/^postgres(ql)?:\/\//i.test(db)) return openPostgresStore(db);
  if (/^sqlite:/i.test(db)) return openSqliteStore(db.replace(/^sqlite:(\/\/)?/i, ''));
  throw new Error(`--db must be postgres://… or sqlite:FILE, got "${db}"`);
}
