// Real redis-server and PostgreSQL for the server's tests and benchmark, started on
// 127.0.0.1 on free ports with temporary data directories, and stopped by the caller.
// Where the binaries are missing (a machine without Debian's redis-server / postgresql
// packages; .ci/run installs them), `missing…()` says why, and the tests print it and skip.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A free TCP port on 127.0.0.1 (asked of the kernel, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts TCP connections on 127.0.0.1:port; rejects after `ms`. */
export async function waitForPort(port: number, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > until) throw new Error(`nothing listens on 127.0.0.1:${port} after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

export interface Service {
  readonly url: string;
  readonly port: number;
  /** The server's process id, where the harness started it itself (redis-server). */
  readonly pid?: number;
  stop(): Promise<void>;
}

// ---------------------------------------------------------------- Redis

const redisBinary = () =>
  onPath('redis-server') ?? (existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : null);

/** Why Redis cannot run here, or null if it can. */
export function missingRedis(): string | null {
  return redisBinary()
    ? null
    : 'redis-server is not installed (Debian: apt-get install redis-server; .ci/run does)';
}

function untilExit(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** A redis-server on a free port: no persistence, nothing kept after stop(). */
export async function startRedis(): Promise<Service> {
  const binary = redisBinary();
  if (!binary) throw new Error(missingRedis()!);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'offsite-redis-'));
  const child = spawn(
    binary,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ],
    { stdio: 'ignore' },
  );
  // A test run that dies without stop() must not leave a server behind.
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  await waitForPort(port);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: child.pid,
    async stop() {
      process.off('exit', orphan);
      child.kill('SIGKILL');
      await untilExit(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------- PostgreSQL

/** Debian keeps PostgreSQL's programs in /usr/lib/postgresql/<version>/bin, not on PATH. */
function postgresBin(): string | null {
  const fromPath = onPath('pg_ctl');
  if (fromPath && onPath('initdb')) return join(fromPath, '..');
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

const isRoot = () => process.getuid?.() === 0;

function postgresUser(): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/** Why PostgreSQL cannot run here, or null if it can. */
export function missingPostgres(): string | null {
  if (!postgresBin())
    return 'PostgreSQL is not installed (Debian: apt-get install postgresql; .ci/run does)';
  // PostgreSQL refuses to run as root: as root, the tests run it as the `postgres` user.
  if (isRoot() && (!postgresUser() || !onPath('runuser')))
    return 'running as root without a `postgres` user and runuser to start PostgreSQL as';
  return null;
}

/**
 * A PostgreSQL cluster in a temporary directory on a free port (trust authentication on
 * 127.0.0.1 only), user `offsite`. As root, initdb and pg_ctl run as the `postgres` user
 * (runuser), which owns the directory. `url` names the `postgres` database; createDatabase
 * gives each test one of its own.
 */
export async function startPostgres(): Promise<
  Service & { createDatabase(name: string): Promise<string> }
> {
  const reason = missingPostgres();
  if (reason) throw new Error(reason);
  const bin = postgresBin()!;
  const port = await freePort();
  const parent = mkdtempSync(join(tmpdir(), 'offsite-pg-'));
  const dir = join(parent, 'data');
  const asOwner = (program: string, args: string[]) => {
    const [file, argv] = isRoot()
      ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]]
      : [join(bin, program), args];
    return execFileSync(file, argv, { stdio: 'pipe', encoding: 'utf8', cwd: parent });
  };
  if (isRoot()) {
    const user = postgresUser()!;
    chownSync(parent, user.uid, user.gid);
    chmodSync(parent, 0o700);
  }
  asOwner('initdb', ['-D', dir, '-U', 'offsite', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  asOwner('pg_ctl', [
    '-D',
    dir,
    '-l',
    join(parent, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${parent} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ]);
  const orphan = () => {
    try {
      asOwner('pg_ctl', ['-D', dir, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // Already stopped.
    }
  };
  process.once('exit', orphan);
  const url = `postgres://offsite@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    async createDatabase(name: string) {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
      return `postgres://offsite@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      process.off('exit', orphan);
      orphan();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
