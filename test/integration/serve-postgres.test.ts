// `offsite serve --db postgres://…` against a real PostgreSQL (Debian's, started on a free
// port by the test): the same round trip as SQLite — import, edit, restart, backup.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createProject, readMeta, readProjects } from '../../shared/model';
import { loadWorkshopDoc } from '../../electron/storage/workshop-file';
import { freePort, missingPostgres, startPostgres } from '../support/services';
import { connect, tempDir, trackClients } from './hub-helpers';
import { acknowledged, killAll, ROOT, startServe } from './serve-helpers';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'acme-2027.json');
const missing = missingPostgres();
if (missing) console.warn(`SKIPPED serve-postgres: ${missing}`);

describe.skipIf(missing !== null)('offsite serve on PostgreSQL', () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  const { track, destroyAll } = trackClients();
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'inherit' });
    pg = await startPostgres();
  });
  afterEach(() => {
    destroyAll();
    killAll();
  });
  afterAll(async () => {
    killAll();
    await pg?.stop();
  });

  it('round trip: import, edit, restart with the same --db, every link and edit kept; backup', async () => {
    const db = await pg.createDatabase('roundtrip');
    const data = tempDir('offsite-serve-pg-');
    const port = await freePort();
    const args = ['--data', data, '--port', String(port), '--db', db];
    const first = await startServe([...args, '--import', FIXTURE], 1);
    expect(first.stderr()).toMatch(/postgres 127\.0\.0\.1:\d+\/roundtrip/);
    expect(first.stderr()).not.toMatch(/offsite@/);
    const w = first.workshops[0]!;
    const c = track(connect({ wsUrl: w.ws, room: w.room }, w.token));
    await c.synced;
    const before = readProjects(c.doc).length;
    createProject(c.doc, { title: 'stored in PostgreSQL' });
    await acknowledged(c.provider);
    c.destroy();
    expect((await first.stop()).code).toBe(0);

    // Nothing of the workshop lives in --data: a fresh data dir with the same --db serves
    // it too (only the admin token is new).
    const second = await startServe(
      ['--data', tempDir('offsite-serve-pg-'), '--port', String(port), '--db', db],
      1,
    );
    expect(second.workshops).toEqual(first.workshops);
    const again = track(connect({ wsUrl: w.ws, room: w.room }, w.token));
    await again.synced;
    expect(readProjects(again.doc)).toHaveLength(before + 1);
    expect(readProjects(again.doc).map((p) => p.title)).toContain('stored in PostgreSQL');
    again.destroy();
    await second.stop();

    const out = tempDir('offsite-backup-pg-');
    execFileSync(
      process.execPath,
      ['bin/offsite.mjs', 'backup', '--data', data, '--db', db, '--out', out],
      {
        cwd: ROOT,
      },
    );
    const [file] = readdirSync(out);
    const doc = await loadWorkshopDoc(join(out, file!));
    expect(readMeta(doc).id).toBe(w.room);
    expect(readProjects(doc).map((p) => p.title)).toContain('stored in PostgreSQL');
  });
});
