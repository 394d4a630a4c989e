/**
 * Runs inside a network namespace of its own (hub-discovery.test.ts starts it with
 * `unshare -n`, loopback only), so nothing it multicasts can leave the machine. Prints one
 * JSON line: what a browser on the "network" (the namespace) saw of
 *   - a hub on 0.0.0.0 with discovery on (found, with its port, no token in the record);
 *   - a hub on 127.0.0.1 with discovery on (never advertised);
 *   - `offsite hub --no-discovery` on 0.0.0.0 (never advertised);
 *   - two `offsite hub --json` on one machine with the same room name (the second one's
 *     mDNS name clash goes to stderr; stdout keeps exactly its one line).
 *
 *   node discovery-child.mjs ROOT FIXTURE
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bonjour, type Service } from 'bonjour-service';
import { browseRooms, type NearbyRoom } from '../../../electron/hub/discovery';
import { startHub } from '../../../electron/hub/hub';

const [root, fixture] = process.argv.slice(2) as [string, string];
const LOOK_MS = 3000;

function webRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'offsite-web-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Offsite</title>');
  return dir;
}

/** The rooms a browser sees within `ms` (all of them, not only the first). */
function browse(ms: number): Promise<NearbyRoom[]> {
  return new Promise((resolve) => {
    let seen: readonly NearbyRoom[] = [];
    const browser = browseRooms(
      (rooms) => (seen = rooms),
      () => {},
    );
    setTimeout(() => void browser.stop().then(() => resolve([...seen])), ms);
  });
}

/** The raw DNS-SD record of `room`, or null. */
function rawRecord(room: string, ms: number): Promise<Service | null> {
  return new Promise((resolve) => {
    const b = new Bonjour();
    const timer = setTimeout(() => (b.destroy(), resolve(null)), ms);
    const browser = b.find({ type: 'offsite' }, (s: Service) => {
      if ((s.txt as Record<string, string> | undefined)?.room !== room) return;
      clearTimeout(timer);
      browser.stop();
      b.destroy();
      resolve(s);
    });
  });
}

interface Cli {
  stdout: string;
  stderr: string;
  exited: Promise<number | null>;
  stop(): void;
}

function cliHub(args: string[]): Cli {
  const child = spawn(process.execPath, ['bin/offsite.mjs', 'hub', ...args], {
    cwd: root,
    stdio: 'pipe',
  });
  const cli: Cli = {
    stdout: '',
    stderr: '',
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
    stop: () => child.kill('SIGTERM'),
  };
  child.stdout.setEncoding('utf8').on('data', (c: string) => (cli.stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (cli.stderr += c));
  return cli;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const logs: string[] = [];
  const data = mkdtempSync(join(tmpdir(), 'offsite-discovery-'));
  const lan = await startHub({
    host: '0.0.0.0',
    port: 0,
    dataDir: data,
    webRoot: webRoot(),
    discovery: true,
    log: (m) => logs.push(`lan: ${m}`),
  });
  const loopback = await startHub({
    host: '127.0.0.1',
    port: 0,
    // A folder of its own: the same one would resume the first hub's room (last-room.ts).
    dataDir: mkdtempSync(join(tmpdir(), 'offsite-discovery-')),
    webRoot: webRoot(),
    discovery: true,
    log: (m) => logs.push(`loopback: ${m}`),
  });
  const quietDir = mkdtempSync(join(tmpdir(), 'offsite-quiet-'));
  const quiet = cliHub(['--host', '0.0.0.0', '--data', quietDir, '--json', '--no-discovery']);

  const [rooms, raw] = await Promise.all([browse(LOOK_MS), rawRecord(lan.room, LOOK_MS)]);
  const quietRoom = (JSON.parse(quiet.stdout.split('\n')[0] || '{}') as { room?: string }).room;
  const result = {
    lan: rooms.find((r) => r.room === lan.room) ?? null,
    lanPort: lan.port,
    rawRecord: raw && JSON.stringify({ name: raw.name, txt: raw.txt, host: raw.host }),
    tokens: Object.values(lan.tokens),
    loopbackFound: rooms.some((r) => r.room === loopback.room),
    quietRoom,
    quietFound: rooms.some((r) => r.room === quietRoom),
    logs,
    clash: null as null | { first: Cli; second: Cli },
  };
  quiet.stop();
  await Promise.all([lan.close(), loopback.close(), quiet.exited]);

  // Two hubs with the same name on one network: the second one's mDNS probe finds the
  // name taken, and bonjour-service says so with console.log.
  const dirs = ['a', 'b'].map((n) => {
    const dir = join(data, n);
    mkdirSync(dir);
    copyFileSync(fixture, join(dir, 'room.json'));
    return join(dir, 'room.json');
  });
  const first = cliHub(['--host', '0.0.0.0', '--workshop', dirs[0]!, '--json']);
  await sleep(1500);
  const second = cliHub(['--host', '0.0.0.0', '--workshop', dirs[1]!, '--json']);
  await sleep(LOOK_MS);
  first.stop();
  second.stop();
  await Promise.all([first.exited, second.exited]);
  result.clash = { first, second };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
process.exit(0);
