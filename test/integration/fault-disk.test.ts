// Issue 8, fault: a read-only or full disk when the room saves. A clear error in the log,
// the room keeps working, nothing already saved is lost, and the save succeeds once the
// disk is back. Real files on a real disk: `chattr +i` makes a folder immutable even for
// root; `ulimit -f` caps the size of files a process may write (EFBIG), also for root.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docFromOffsiteFile, createProject, readProjects } from '../../shared/model';
import { connect, tempDir, waitForDoc, type Client } from './hub-helpers';
import { startTestHub, type TestHub } from './hub-helpers';

const fixture = new URL('../fixtures/acme-2027.json', import.meta.url).pathname;
const titlesOf = (bytes: Buffer) =>
  readProjects(docFromOffsiteFile(new Uint8Array(bytes))).map((p) => p.title);

function canChattr(dir: string): boolean {
  const r = spawnSync('chattr', ['+i', dir]);
  if (r.status !== 0) return false;
  spawnSync('chattr', ['-i', dir]);
  return true;
}

describe('a read-only folder while the hub saves', () => {
  const dir = tempDir('offsite-ro-');
  const supported = canChattr(dir);
  if (!supported) console.log(`SKIPPED read-only save test: chattr +i is not supported on ${dir}`);
  let t: TestHub;
  const clients: Client[] = [];

  beforeAll(async () => {
    if (!supported) return;
    copyFileSync(fixture, join(dir, 'room.json'));
    t = await startTestHub({
      workshopPath: join(dir, 'room.json'),
      saveDebounceMs: 50,
      saveMaxDebounceMs: 200,
    });
  });
  afterAll(async () => {
    spawnSync('chattr', ['-i', dir]);
    for (const c of clients) c.destroy();
    await t?.hub.close();
  });

  it.skipIf(!supported)(
    'logs a clear error, keeps the room working, keeps the old file, and saves once writable',
    async () => {
      const a = connect(t.hub, t.hub.tokens.participant);
      const b = connect(t.hub, t.hub.tokens.participant);
      clients.push(a, b);
      await Promise.all([a.synced, b.synced]);
      createProject(a.doc, { title: 'Saved before the fault' });
      await waitForDoc(b.doc, () =>
        readProjects(b.doc).some((p) => p.title === 'Saved before the fault'),
      );
      await t.hub.flush();
      const file = t.hub.path;
      const before = readFileSync(file);
      expect(titlesOf(before)).toContain('Saved before the fault');

      execFileSync('chattr', ['+i', dir]);
      createProject(a.doc, { title: 'Made while the disk refuses' });
      await waitForDoc(b.doc, () =>
        readProjects(b.doc).some((p) => p.title === 'Made while the disk refuses'),
      );
      await expect(t.hub.flush()).rejects.toThrow(/permission denied: cannot save/);
      expect(t.logs.some((l) => /saving .* failed, will retry: permission denied/.test(l))).toBe(
        true,
      );
      // The room still syncs both ways and the old file is byte for byte what it was.
      createProject(b.doc, { title: 'Still syncing' });
      await waitForDoc(a.doc, () => readProjects(a.doc).some((p) => p.title === 'Still syncing'));
      expect(readFileSync(file).equals(before)).toBe(true);

      execFileSync('chattr', ['-i', dir]);
      await t.hub.flush();
      const after = titlesOf(readFileSync(file));
      expect(after).toEqual(
        expect.arrayContaining([
          'Saved before the fault',
          'Made while the disk refuses',
          'Still syncing',
        ]),
      );
    },
  );
});

describe('a full disk (file size limit) while the hub saves', () => {
  let hubProcess: ReturnType<typeof spawn> | null = null;
  afterAll(() => hubProcess?.kill('SIGKILL'));

  it('keeps the old file intact and the room working, then saves when space returns', async () => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs']);
    const dir = tempDir('offsite-full-');
    const workshop = join(dir, 'room.json');
    copyFileSync(fixture, workshop);
    // 64 blocks of 512 bytes: the first save (~10 KB) fits; a workshop with 400 long
    // descriptions does not.
    hubProcess = spawn(
      'bash',
      [
        '-c',
        `ulimit -S -f 64; exec "${process.execPath}" bin/offsite.mjs hub --host 127.0.0.1 --port 0 --workshop "${workshop}" --json`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    hubProcess.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      hubProcess!.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0]!);
      });
      hubProcess!.once('exit', (code) => reject(new Error(`hub exited ${code}: ${stderr}`)));
    });
    const info = JSON.parse(line) as { ws: string; room: string; token: string };
    const target = { wsUrl: info.ws, room: info.room };
    const a = connect(target, info.token);
    const b = connect(target, info.token);
    try {
      await Promise.all([a.synced, b.synced]);
      const saved = join(dir, 'room.offsite');
      await waitForFile(saved);
      const before = readFileSync(saved);
      const filler = 'Notes that make this workshop too large for the disk. '.repeat(200);
      for (let i = 0; i < 40; i++) createProject(a.doc, { title: `Big ${i}`, description: filler });
      await waitForDoc(b.doc, () => readProjects(b.doc).length >= 49, 15_000, 'big edits');
      await waitFor(
        () => /saving .* failed, will retry: the file is too large/.test(stderr),
        15_000,
        'the save error',
      );
      expect(readFileSync(saved).equals(before)).toBe(true);
      expect(titlesOf(before)).not.toContain('Big 0');
      // The room works on.
      createProject(b.doc, { title: 'After the disk filled' });
      await waitForDoc(a.doc, () =>
        readProjects(a.doc).some((p) => p.title === 'After the disk filled'),
      );
      // Space returns: lift the limit on the running hub; the retry stores everything.
      execFileSync('prlimit', ['--pid', String(hubProcess.pid), '--fsize=unlimited:']);
      await waitFor(
        () => titlesOf(readFileSync(saved)).includes('After the disk filled'),
        20_000,
        'the retried save',
      );
      expect(titlesOf(readFileSync(saved))).toContain('Big 39');
    } finally {
      a.destroy();
      b.destroy();
    }
  }, 60_000);
});

async function waitFor(check: () => boolean, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if (check()) return;
    } catch {
      // not there yet
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function waitForFile(path: string): Promise<void> {
  return waitFor(() => readFileSync(path).length > 0, 15_000, path);
}
