// Issue 15 item 7: one hub per workshop file. Two real `offsite hub` processes on one file:
// the second refuses to start (exit 2), names the file and the hub that holds it, and
// touches nothing; a lock left by a killed hub is taken over; the lock goes on close.
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './hub-helpers';
import {
  buildCli,
  exitWithin,
  killCliHubs,
  spawnCli,
  startCliHub,
  type RunningHub,
} from './helpers/cli-hub';

const fixture = new URL('../fixtures/acme-2027.json', import.meta.url).pathname;

beforeAll(() => buildCli());
afterEach(() => killCliHubs());

/** Every file in `dir` with its bytes and modification time: "nothing touched" means equal. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    out[name] = `${statSync(path).mtimeMs} ${readFileSync(path).toString('base64')}`;
  }
  return out;
}

/**
 * The folder once the first hub has finished its own start-up writes (its first history
 * point lands just after it prints its line): two snapshots 300 ms apart that agree.
 */
async function settled(dir: string): Promise<Record<string, string>> {
  let last = snapshot(dir);
  for (let i = 0; i < 30; i++) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const now = snapshot(dir);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  throw new Error(`${dir} kept changing for 9 s`);
}

function startHubOn(file: string): Promise<RunningHub> {
  return startCliHub(['--host', '127.0.0.1', '--workshop', file, '--json']);
}

describe('one hub per workshop file (issue 15 item 7)', () => {
  it('a second hub on the same file exits 2, names the file and the first hub, and touches nothing', async () => {
    const dir = tempDir('offsite-lock-');
    const json = join(dir, 'room.json');
    copyFileSync(fixture, json);
    const first = await startHubOn(json);
    const stored = join(dir, 'room.offsite');
    expect(existsSync(`${stored}.lock`)).toBe(true);
    const before = await settled(dir);

    // Through the JSON it was opened from, and through the .offsite it stores to.
    for (const file of [json, stored]) {
      const second = spawnCli(['hub', '--host', '127.0.0.1', '--workshop', file, '--json']);
      expect(await exitWithin(second, 20_000)).toEqual({ code: 2, signal: null });
      expect(second.stdout()).toBe('');
      expect(second.stderr()).toContain(`${stored} is already open in another hub`);
      expect(second.stderr()).toContain(`pid ${first.child.pid} on this machine`);
      expect(second.stderr()).toContain(`${stored}.lock`);
      expect(snapshot(dir)).toEqual(before);
    }

    first.child.kill('SIGTERM');
    expect(await exitWithin(first, 20_000)).toEqual({ code: 0, signal: null });
    expect(existsSync(`${stored}.lock`)).toBe(false);
  });

  it('a lock left by a hub killed with SIGKILL is taken over', async () => {
    const file = join(tempDir('offsite-lock-'), 'room.json');
    copyFileSync(fixture, file);
    const first = await startHubOn(file);
    first.child.kill('SIGKILL');
    await exitWithin(first, 10_000);
    const lock = file.replace(/\.json$/, '.offsite.lock');
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({
      pid: first.child.pid,
      host: hostname(),
    });
    const second = await startHubOn(file);
    expect(second.info.room).toBe(first.info.room);
    expect(second.stderr()).toMatch(/taking over the lock .* left by process \d+/);
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: second.child.pid });
    second.child.kill('SIGTERM');
    expect(await exitWithin(second, 20_000), second.stderr()).toEqual({ code: 0, signal: null });
    expect(existsSync(lock)).toBe(false);
  });

  it('a lock held by a hub on another machine (a shared folder) is respected', async () => {
    const dir = tempDir('offsite-lock-');
    const file = join(dir, 'room.offsite');
    const first = await startCliHub(['--host', '127.0.0.1', '--data', dir, '--json']);
    first.child.kill('SIGTERM');
    await exitWithin(first, 20_000);
    const [created] = readdirSync(dir).filter((f) => f.endsWith('.offsite'));
    const path = join(dir, created!);
    writeFileSync(
      `${path}.lock`,
      JSON.stringify({ pid: 4242, host: 'facilitator-laptop', since: '2026-11-29T09:00:00Z' }),
    );
    const before = snapshot(dir);
    const second = spawnCli(['hub', '--host', '127.0.0.1', '--workshop', path, '--json']);
    expect((await exitWithin(second, 20_000)).code).toBe(2);
    expect(second.stderr()).toContain(
      `${path} is already open in another hub (pid 4242 on facilitator-laptop, since 2026-11-29T09:00:00Z)`,
    );
    expect(snapshot(dir)).toEqual(before);
    expect(file).toBeTruthy();
  });
});
