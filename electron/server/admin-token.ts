import { randomBytes } from 'node:crypto';
import { chmod, link, open, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { TOKEN_PATTERN } from '../../shared/protocol/room';
import { newToken } from '../hub/tokens';

/** The admin token's file in the data directory. */
export const ADMIN_TOKEN_FILE = 'admin-token';

/**
 * The server's admin token: read from `DIR/admin-token`, or generated at first start and
 * written there readable by its owner only — from creation (mode 0600), never a moment
 * world-readable. A file someone else may read is narrowed to 0600 and said so.
 * An unreadable or malformed file is an error, never silently replaced: the facilitator
 * holds links with that token.
 */
export async function adminToken(
  dataDir: string,
  log: (message: string) => void,
): Promise<{ token: string; created: boolean; path: string }> {
  const path = join(dataDir, ADMIN_TOKEN_FILE);
  // Written whole under a private name, then linked into place: processes sharing DIR and
  // starting together never read a half-written token, and only one token ever wins.
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temporary, 'wx', 0o600);
  const fresh = newToken();
  try {
    await handle.writeFile(`${fresh}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temporary, path);
    return { token: fresh, created: true, path };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temporary).catch(() => {});
  }
  const token = (await readFile(path, 'utf8')).trim();
  if (!TOKEN_PATTERN.test(token))
    throw new Error(`${path} does not hold an admin token; move it away to make a new one`);
  if (((await stat(path)).mode & 0o077) !== 0) {
    await chmod(path, 0o600);
    log(`${path} was readable by others: now owner-only`);
  }
  return { token, created: false, path };
}
