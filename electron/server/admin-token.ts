import { chmod, open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TOKEN_PATTERN } from '../../shared/protocol/room';
import { newToken } from '../hub/tokens';

/** The admin token's file in the data directory. */
export const ADMIN_TOKEN_FILE = 'admin-token';

/**
 * The server's admin token: read from `DIR/admin-token`, or generated at first start and
 * written there readable by its owner only — from creation (mode 0600 with O_EXCL), never
 * a moment world-readable. A file someone else may read is narrowed to 0600 and said so.
 * An unreadable or malformed file is an error, never silently replaced: the facilitator
 * holds links with that token.
 */
export async function adminToken(
  dataDir: string,
  log: (message: string) => void,
): Promise<{ token: string; created: boolean; path: string }> {
  const path = join(dataDir, ADMIN_TOKEN_FILE);
  try {
    const handle = await open(path, 'wx', 0o600);
    const token = newToken();
    try {
      await handle.writeFile(`${token}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return { token, created: true, path };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
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
