// Issue 15 item 9: SIGTERM while the workshop cannot be saved. The hub tries for a bounded
// time (10 s), then writes the unsaved state to a dump file, says where, and exits
// non-zero — instead of retrying forever in the background with its port closed. Real
// process, real folder made immutable with `chattr +i` (which binds root too).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createProject, readProjects } from '../../shared/model';
import { loadWorkshopDoc } from '../../electron/storage/workshop-file';
import { connect, tempDir, waitForDoc, type Client } from './hub-helpers';
import { buildCli, exitWithin, killCliHubs, startCliHub } from './helpers/cli-hub';

const fixture = new URL('../fixtures/acme-2027.json', import.meta.url).pathname;

function canChattr(dir: string): boolean {
  const r = spawnSync('chattr', ['+i', dir]);
  if (r.status !== 0) return false;
  spawnSync('chattr', ['-i', dir]);
  return true;
}

const dir = tempDir('offsite-shutdown-');
const supported = canChattr(dir);
if (!supported)
  console.log(`SKIPPED shutdown-with-a-failing-save test: chattr +i is not supported on ${dir}`);

const clients: Client[] = [];
let dump: string | null = null;
beforeAll(() => buildCli());
afterEach(() => {
  spawnSync('chattr', ['-i', dir]);
  for (const c of clients.splice(0)) c.destroy();
  killCliHubs();
});
afterAll(() => {
  if (dump) rmSync(dump, { force: true });
});

describe('shutdown while the workshop cannot be saved (issue 15 item 9)', () => {
  it.skipIf(!supported)(
    'SIGTERM with a read-only folder: exits 1 within the bound, naming a dump file that loads with every edit',
    async () => {
      const file = join(dir, 'room.offsite');
      copyFileSync(fixture, join(dir, 'room.json'));
      const hub = await startCliHub([
        '--host',
        '127.0.0.1',
        '--workshop',
        join(dir, 'room.json'),
        '--json',
      ]);
      const target = { wsUrl: hub.info.ws, room: hub.info.room };
      const writer = connect(target, hub.info.token);
      const probe = connect(target, hub.info.viewerToken);
      clients.push(writer, probe);
      await Promise.all([writer.synced, probe.synced]);
      const before = readFileSync(file);
      execFileSync('chattr', ['+i', dir]);
      createProject(writer.doc, { title: 'Made while the folder is read-only' });
      await waitForDoc(probe.doc, () =>
        readProjects(probe.doc).some((p) => p.title === 'Made while the folder is read-only'),
      );

      hub.child.kill('SIGTERM');
      // The bound is 10 s of saving plus a moment for the dump; 30 s means it is stuck.
      expect(await exitWithin(hub, 30_000)).toEqual({ code: 1, signal: null });
      const said = /the unsaved workshop was written to (\S+\.offsite)\s*$/m.exec(hub.stderr());
      expect(said, hub.stderr()).not.toBeNull();
      dump = said![1]!;
      expect(hub.stderr()).toContain(`could not save ${file}`);
      // The workshop's own folder refused it, so the dump is in the OS temp folder.
      expect(dirname(dump)).toBe(tmpdir());
      expect(existsSync(dump)).toBe(true);
      const dumped = await loadWorkshopDoc(dump);
      expect(readProjects(dumped).map((p) => p.title)).toContain(
        'Made while the folder is read-only',
      );
      // Nothing already stored was touched.
      expect(readFileSync(file).equals(before)).toBe(true);
      expect(hub.stdout()).toBe(`${hub.line}\n`);
    },
    60_000,
  );
});
