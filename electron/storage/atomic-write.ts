import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A save that failed; the previous file, if any, is untouched. The message names the path. */
export class SaveError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SaveError';
  }
}

/** An open file, as much of node:fs/promises' FileHandle as an atomic write uses. */
export interface AtomicFileHandle {
  writeFile(data: Uint8Array | string): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file operations an atomic write is made of. Injectable so a test can watch their
 * order (write → fsync → rename → folder fsync: drop or swap one and a crash can lose the
 * file) and the mode a file is created with; node:fs/promises otherwise.
 */
export interface AtomicFileOps {
  open(path: string, flags: 'wx' | 'r', mode?: number): Promise<AtomicFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export const nodeFileOps: AtomicFileOps = {
  open: (path, flags, mode) => open(path, flags, mode),
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
};

export interface AtomicWriteOptions {
  /**
   * Called after the temp file is written and synced, before it replaces the target.
   * For tests that kill a save at that moment; never needed otherwise.
   */
  beforeRename?: () => Promise<void>;
  /**
   * The permissions the file is created with (default 0o644, less the umask). A secret
   * gets 0o600 here, at creation: a chmod after the write would leave it readable by
   * everyone in between.
   */
  mode?: number;
  /** For tests; node:fs/promises otherwise. */
  ops?: AtomicFileOps;
}

/**
 * Writes a file so that a crash at any moment leaves either the old file or the new one,
 * never a mix: write a temp file in the same folder, fsync it, rename it over the target
 * (atomic on POSIX and on NTFS), then fsync the folder so the rename itself is durable.
 * @throws SaveError with a clear message ("disk full while saving …") on failure; the
 * temp file is removed.
 */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const ops = options.ops ?? nodeFileOps;
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await ops.open(temp, 'wx', options.mode ?? 0o644);
    created = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeRename?.();
    await ops.rename(temp, path);
    created = false;
  } catch (e) {
    if (created) await ops.unlink(temp).catch(() => {});
    throw toSaveError(e, path);
  }
  await syncDir(dir, ops);
}

async function syncDir(dir: string, ops: AtomicFileOps): Promise<void> {
  let handle: AtomicFileHandle | undefined;
  try {
    handle = await ops.open(dir, 'r');
    await handle.sync();
  } catch (e) {
    // Windows cannot open a folder, and some file systems refuse to fsync one: the
    // rename is done either way, only its durability across a power cut is weaker.
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES')
      throw toSaveError(e, dir);
  } finally {
    await handle?.close();
  }
}

/** A clear message for the errors a user can act on; others keep their system message. */
export function toSaveError(error: unknown, path: string): SaveError {
  if (error instanceof SaveError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const messages: Record<string, string> = {
    ENOSPC: `disk full while saving ${path}`,
    EDQUOT: `disk quota exceeded while saving ${path}`,
    EFBIG: `the file is too large for this disk or a size limit while saving ${path}`,
    EROFS: `read-only file system: cannot save ${path}`,
    EACCES: `permission denied: cannot save ${path}`,
    EPERM: `permission denied: cannot save ${path}`,
    ENOENT: `the folder of ${path} does not exist`,
    ENOTDIR: `cannot save ${path}: a part of the path is a file, not a folder`,
    EISDIR: `cannot save ${path}: it is a folder`,
  };
  const message =
    (code && messages[code]) ??
    `could not save ${path}: ${(error as Error | undefined)?.message ?? String(error)}`;
  return new SaveError(message, path, code, { cause: error });
}
