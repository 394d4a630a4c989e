import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../../storage/atomic-write';
import { openStore, SQLITE_FILE } from '../../server/store/open-store';
import { exportFileName } from '../../server/admin-api';
import { exportWorkshop } from '../../server/workshops';

const USAGE = 'usage: offsite backup --data DIR [--db URL] --out DIR';

/**
 * `offsite backup`: every workshop of a server's store (archived ones too) as a `.offsite`
 * file in --out, named after its title and id; the files `offsite serve --import` takes
 * back. Safe while the server runs (SQLite in WAL mode, PostgreSQL by its own rules); what
 * a running server has not stored yet (at most 10 s of edits) is not in the backup.
 * Prints one line per file on stdout.
 */
export async function run(args: string[]): Promise<number> {
  let values: { data?: string; db?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        data: { type: 'string' },
        db: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`offsite backup: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.data || !values.out) {
    console.error(`offsite backup: --data and --out are required\n${USAGE}`);
    return 2;
  }
  const out = resolve(values.out);
  // Opening SQLite creates the file: a mistyped --data (or --db sqlite:FILE) would
  // otherwise make an empty database there and "back up" nothing with exit 0.
  const sqlite =
    values.db === undefined
      ? join(resolve(values.data), SQLITE_FILE)
      : /^sqlite:/i.test(values.db)
        ? resolve(values.db.replace(/^sqlite:(\/\/)?/i, ''))
        : null;
  if (sqlite !== null && !existsSync(sqlite)) {
    const where = values.db === undefined ? `in ${values.data}` : `at ${values.db}`;
    console.error(
      `offsite backup: no server data ${where}: ${sqlite} does not exist (is it what \`offsite serve\` uses?)`,
    );
    return 2;
  }
  let store;
  try {
    store = await openStore(values.db, resolve(values.data));
  } catch (error) {
    console.error(`offsite backup: cannot open the store: ${(error as Error).message}`);
    return 2;
  }
  try {
    await mkdir(out, { recursive: true });
    for (const record of await store.list()) {
      const path = join(out, exportFileName(record));
      await writeFileAtomic(path, await exportWorkshop(store, record, null));
      console.log(path);
    }
    return 0;
  } catch (error) {
    console.error(`offsite backup: ${(error as Error).message}`);
    return 1;
  } finally {
    await store.close();
  }
}
