import { randomUUID } from 'node:crypto';
import { Redis, type Configuration } from '@hocuspocus/extension-redis';
import type { afterUnloadDocumentPayload } from '@hocuspocus/server';

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
      // No INFO ready check: a workshop opened while the subscriber connection was still
      // checking made it SUBSCRIBE before INFO's reply, Redis then refused the INFO ("only
      // (P|S)SUBSCRIBE … allowed in this context"), and that process stayed without a
      // subscription: its clients' edits never reached the other processes (serve-redis,
      // 2 runs in 3 on a loaded machine). The check only waits for Redis to load its
      // dataset, which pub/sub does not need.
      enableReadyCheck: false,
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

  /**
   * The extension unsubscribes unless the document is in `documents` again, but Hocuspocus
   * lists a reloaded document there only once it has loaded — after this extension's
   * afterLoadDocument has subscribed (createDocument in @hocuspocus/server 3.4.4). A
   * workshop reopened while its unload was still running would be left unsubscribed.
   */
  override async afterUnloadDocument(data: afterUnloadDocumentPayload): Promise<void> {
    const { instance, documentName } = data;
    if (instance.loadingDocuments.has(documentName)) return;
    await super.afterUnloadDocument(data);
  }
}

export function redisExtension(url: string): OffsiteRedis {
  return new OffsiteRedis(redisConfiguration(url));
}
