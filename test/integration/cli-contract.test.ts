import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, exitWithin, killCliHubs, ROOT, spawnCli, startCliHub } from './helpers/cli-hub';

/**
 * The command line as a new user meets it, against the README's "The command line" table:
 * `offsite --help` names every flag that table promises, and a wrong path given to `serve`
 * or `backup` is named in a plain message with exit 2 — not Node's raw ENOENT line, and not
 * an empty "backup" made of a database the mistyped path just created.
 */
let dir: string;

beforeAll(async () => {
  buildCli();
  dir = await mkdtemp(join(tmpdir(), 'offsite-cli-contract-'));
});
afterEach(killCliHubs);
afterAll(async () => {
  killCliHubs();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function run(...args: string[]) {
  const p = spawnCli(args);
  const { code } = await exitWithin(p, 30_000);
  return { code, stdout: p.stdout(), stderr: p.stderr() };
}

/** The README's command table: each command's row, and the flags that row names. */
async function readmeCommands(): Promise<Map<string, Set<string>>> {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('## The command line'), readme.indexOf('## History'));
  const commands = new Map<string, Set<string>>();
  for (const row of table.split('\n').filter((l) => l.startsWith('| `offsite '))) {
    const name = /^\| `offsite ([a-z-]+)/.exec(row)![1]!;
    const flags = commands.get(name) ?? new Set<string>();
    for (const [flag] of row.matchAll(/--[a-z][a-z-]*/g)) flags.add(flag);
    commands.set(name, flags);
  }
  return commands;
}

describe('offsite --help', () => {
  it('lists every command and every flag the README promises for it', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    const commands = await readmeCommands();
    expect([...commands.keys()].sort()).toEqual(
      [
        'backup',
        'coach',
        'convert',
        'export',
        'history',
        'hub',
        'next-cycle',
        'restore',
        'serve',
        'validate',
      ].sort(),
    );
    const missing: string[] = [];
    for (const [name, flags] of commands) {
      // A command's line, with its continuation lines (indented, not starting "offsite").
      const block = /(?:^|\n) {2}offsite (\S+)([^\n]*(?:\n {3,}(?!offsite)[^\n]*)*)/g;
      const text = [...stdout.matchAll(block)].find((m) => m[1] === name)?.[2];
      if (text === undefined) {
        missing.push(name);
        continue;
      }
      for (const flag of flags) {
        if (!new RegExp(`${flag}(?![a-z-])`).test(text)) missing.push(`${name} ${flag}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('a wrong path says which, with exit 2', () => {
  it('serve --import of a missing file names that path', async () => {
    const r = await run(
      'serve',
      '--data',
      join(dir, 'serve-import'),
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--json',
      '--import',
      join(dir, 'no-such-workshop.json'),
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${join(dir, 'no-such-workshop.json')}: no such file or folder`);
    expect(r.stderr).not.toContain('ENOENT');
  });

  it('serve --tls-cert of a missing file names the flag and the file', async () => {
    const r = await run(
      'serve',
      '--data',
      join(dir, 'serve-tls'),
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--tls-cert',
      join(dir, 'cert.pem'),
      '--tls-key',
      join(dir, 'key.pem'),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--tls-cert: cannot read ${join(dir, 'cert.pem')}: no such file`);
    expect(r.stderr).not.toContain('ENOENT');
  });

  it('backup --data of a folder that holds no server refuses, and creates nothing there', async () => {
    const empty = join(dir, 'not-a-server');
    await mkdir(empty);
    const r = await run('backup', '--data', empty, '--out', join(dir, 'backup-out'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`no server data in ${empty}`);
    expect(existsSync(join(empty, 'offsite.sqlite'))).toBe(false);
    expect(existsSync(join(dir, 'backup-out'))).toBe(false);

    const named = join(dir, 'no-such.sqlite');
    const r2 = await run(
      'backup',
      '--data',
      empty,
      '--db',
      `sqlite:${named}`,
      '--out',
      join(dir, 'b2'),
    );
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain(`no server data at sqlite:${named}`);
    expect(existsSync(named)).toBe(false);
  });
});

describe('offsite hub says when a file beside the room is malformed', () => {
  /** Starts the hub, waits for its JSON line, stops it with SIGTERM: its stderr. */
  async function hubStderr(args: string[]): Promise<string> {
    const hub = await startCliHub(['--host', '127.0.0.1', '--port', '0', '--json', ...args]);
    hub.child.kill('SIGTERM');
    expect((await exitWithin(hub, 20_000)).code).toBe(0);
    return hub.stderr();
  }

  it('a malformed last-room.json: a new room, and the hub says why', async () => {
    const data = join(dir, 'data-malformed-note');
    await mkdir(data);
    await writeFile(join(data, 'last-room.json'), '{oops');
    const stderr = await hubStderr(['--data', data]);
    expect(stderr).toContain(`${join(data, 'last-room.json')} is not a last-room note (malformed)`);
  });

  it('a malformed tokens file: new links, and the hub says so', async () => {
    const workshop = join(dir, 'tokens-room.json');
    await copyFile(join(ROOT, 'test/fixtures/acme-2027.json'), workshop);
    await writeFile(join(dir, 'tokens-room.offsite.tokens.json'), 'garbage');
    const stderr = await hubStderr(['--workshop', workshop]);
    expect(stderr).toContain(
      `${join(dir, 'tokens-room.offsite.tokens.json')} holds no readable tokens (malformed): new links`,
    );
  });
});
