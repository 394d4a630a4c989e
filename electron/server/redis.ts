import { randomUUID } from 'node:crypto';
import { Redis, type Configuration } from '@hocuspocus/extension-redis';

/** ioredis' options from a `redis://[user:password@]host:port[/db]` (or rediss://) URL. */
export function redisConfiguration(url: string): Partial<Configuration> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`--redis must be a URL such as redis://127.0.0.1:6379, got "${url}"`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:')
    throw new Error(`--redis must be redis:// or rediss://, got "${url}"`);
  const db = u.pathname.replace(/^\//, '');
  return {
    host: u.hostname || '127.0.0.1',
    port: Number(u.port || 6379),
    prefix: 'offsite',
    identifier: `offsite-${randomUUID()}`,
    options: {
      ...(u.username && { username: decodeURIComponent(u.username) }),
      ...(u.password && { password: decodeURIComponent(u.password) }),
      ...(db && { db: Number(db) }),
      ...(u.protocol === 'rediss:' && { tls: {} }),
      // Keep trying while Redis restarts; edits meanwhile reach this process's clients.
      maxRetriesPerRequest: null,
    },
  };
}

/**
 * @hocuspocus/extension-redis: every process subscribes to the workshops it has open and
 * relays their sync and awareness messages through Redis, so clients of one workshop on
 * different processes see each other. Its store lock (one process stores at a time, the
 * others skip their store) is not used: here each process merges what it has into the
 * database (workshop-storage.ts), so concurrent stores are safe, and a skipped store could
 * lose the edits of a process killed before its own store.
 */
export class OffsiteRedis extends Redis {
  override async onStoreDocument(): Promise<void> {}
}

export function redisExtension(url: string): OffsiteRedis {
  return new OffsiteRedis(redisConfiguration(url));
}
