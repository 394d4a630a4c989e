import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { HubStartError } from './open-workshop';

/**
 * One hub per workshop file. Two hubs on one file each save their own room over it, and
 * the last writer silently wins (issue 15 item 7). So a hub holds `<file>.lock` beside the
 * workshop for as long as it runs: created exclusively (O_EXCL, so of two hubs starting at
 * once exactly one gets it), holding its pid and host. A lock left by a process that is
 * gone from this host is taken over; any other lock stops the hub before it touches
 * anything, with a message naming the file and the other hub.
 */
export interface WorkshopLock {
  readonly path: string;
  /** Removes the lock if it is still this hub's. */
  release(): Promise<void>;
}

interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  /** Tells this hub's lock from a later one with the same pid (a reused pid). */
  readonly nonce: string;
}

export function lockFileFor(workshopPath: string): string {
  return `${workshopPath}.lock`;
}

/** A lock file being written right now may be empty for a moment; older than this, it is junk. */
const HALF_WRITTEN_MS = 5000;

function parseOwner(text: string): LockOwner | null {
  try {
    const data = JSON.parse(text) as Partial<LockOwner>;
    if (!Number.isInteger(data.pid) || typeof data.host !== 'string') return null;
    return {
      pid: data.pid!,
      host: data.host,
      since: typeof data.since === 'string' ? data.since : '?',
      nonce: typeof data.nonce === 'string' ? data.nonce : '',
    };
  } catch {
    return null;
  }
}

/** True if process `pid` exists on this host (EPERM: it does, as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface LockOptions {
  readonly host?: string;
  readonly pid?: number;
  readonly alive?: (pid: number) => boolean;
  readonly log?: (message: string) => void;
}

/**
 * Takes the lock of `workshopPath` or throws HubStartError saying who holds it. A stale
 * lock (its process gone from this host, or a half-written file older than a few seconds)
 * is replaced, and the log says so.
 */
export async function lockWorkshop(
  workshopPath: string,
  options: LockOptions = {},
): Promise<WorkshopLock> {
  const path = lockFileFor(workshopPath);
  const me: LockOwner = {
    pid: options.pid ?? process.pid,
    host: options.host ?? hostname(),
    since: new Date().toISOString(),
    nonce: randomBytes(8).toString('hex'),
  };
  const alive = options.alive ?? processAlive;
  // Twice at most: once as it is, once after removing a stale lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o644);
      try {
        await handle.writeFile(`${JSON.stringify(me)}\n`);
      } finally {
        await handle.close();
      }
      return { path, release: () => releaseLock(path, me) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST')
        throw new HubStartError(
          `cannot create the lock ${path} beside the workshop (${(error as Error).message}); the hub needs to write in that folder to save the workshop`,
        );
    }
    const text = await readFile(path, 'utf8').catch(() => null);
    const owner = text === null ? null : parseOwner(text);
    if (owner === null) {
      const age = await stat(path).then(
        (s) => Date.now() - s.mtimeMs,
        () => Infinity,
      );
      if (age < HALF_WRITTEN_MS)
        throw new HubStartError(
          `${workshopPath} is being opened by another hub right now (lock ${path})`,
        );
      options.log?.(`replacing the unreadable lock ${path}`);
    } else if (owner.host === me.host && !alive(owner.pid)) {
      options.log?.(
        `taking over the lock ${path} left by process ${owner.pid}, which is no longer running`,
      );
    } else {
      const where = owner.host === me.host ? 'on this machine' : `on ${owner.host}`;
      throw new HubStartError(
        `${workshopPath} is already open in another hub (pid ${owner.pid} ${where}, since ${owner.since}). Close that hub first; if it is no longer running, delete ${path}.`,
      );
    }
    await unlink(path).catch(() => {});
  }
  throw new HubStartError(`${workshopPath}: another hub took the lock ${path} at the same moment`);
}

async function releaseLock(path: string, me: LockOwner): Promise<void> {
  const text = await readFile(path, 'utf8').catch(() => null);
  const owner = text === null ? null : parseOwner(text);
  if (owner && owner.nonce === me.nonce) await unlink(path).catch(() => {});
}
