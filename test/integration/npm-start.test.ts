// Issue 12 §5: a newcomer's first command. Where Electron's binary cannot be fetched (as on
// this machine: the download is pointed at a closed loopback port so no test reaches the
// network), `npm start` says so in one line, with no stack trace, and starts the same app in
// the browser: a local room on 127.0.0.1 whose facilitator link is printed and opened.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './hub-helpers';
import { buildCli, ROOT } from './helpers/cli-hub';

const electronDir = join(ROOT, 'node_modules', 'electron');
const pathFile = join(electronDir, 'path.txt');
const hasBinary =
  existsSync(pathFile) &&
  existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
if (hasBinary)
  console.log(
    'npm-start.test.ts: skipped: Electron’s binary is installed here, so npm start runs it',
  );

const children: ReturnType<typeof spawn>[] = [];
afterEach(() => {
  for (const child of children.splice(0))
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
});
beforeAll(buildCli);

function start(data: string, browserLog: string) {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: ROOT,
    stdio: 'pipe',
    // A process group of its own, as a terminal gives a command: Ctrl+C signals all of it.
    detached: true,
    env: {
      ...process.env,
      OFFSITE_START_NO_BUILD: '1',
      OFFSITE_DATA: data,
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      electron_config_cache: tempDir('offsite-electron-cache-'),
      BROWSER: join(ROOT, 'test', 'integration', 'helpers', 'fake-browser.sh'),
      FAKE_BROWSER_LOG: browserLog,
    },
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (err += c));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = async () => {
    for (let i = 0; i < 200 && !(existsSync(browserLog) && /Facilitator/.test(out)); i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
  };
  return { child, out: () => out, err: () => err, exit, ready };
}

describe.skipIf(hasBinary)('npm start without Electron’s binary', () => {
  it('says so in one line and opens the same app in the browser, in a room it resumes next time', async () => {
    const data = tempDir('offsite-start-');
    const browserLog = join(data, 'opened.txt');
    const first = start(data, browserLog);
    await first.ready();
    const lines = first.err().trim().split('\n');
    expect(lines[0]).toMatch(
      /^offsite: Electron's binary is not available here \(download failed: .+\); starting the same app in your browser instead \(a local room on 127\.0\.0\.1, kept in .+\)\.$/,
    );
    expect(first.err()).not.toMatch(/^\s+at /m);
    expect(first.err()).not.toContain('Electron failed to install correctly');
    const facilitator = /Facilitator \(keep it private\): (\S+)/.exec(first.out())![1]!;
    expect(new URL(facilitator).hostname).toBe('127.0.0.1');
    expect(readFileSync(browserLog, 'utf8').trim()).toBe(facilitator);
    const health = await fetch(new URL('/health', facilitator));
    expect(health.status).toBe(200);
    // The app itself is served there: the web build's page.
    expect(await (await fetch(new URL('/', facilitator))).text()).toContain('<div id="root">');
    // Ctrl+C: SIGINT to the whole group. The hub saves once and exits 0, and so does npm start.
    process.kill(-first.child.pid!, 'SIGINT');
    expect(await first.exit).toBe(0);
    expect(first.err()).toContain('[hub] SIGINT: storing the workshop and closing');

    const second = start(data, join(data, 'opened-again.txt'));
    await second.ready();
    expect(second.out()).toContain('(resumed: the same room and links as last time)');
    expect(/Facilitator \(keep it private\): (\S+)/.exec(second.out())![1]).toBe(facilitator);
    second.child.kill('SIGTERM');
    expect(await second.exit).toBe(0);
  }, 90_000);
});
