import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Hocuspocus } from '@hocuspocus/server';
import type * as Y from 'yjs';
import type { HubHealth } from '../../shared/protocol/room';
import { HUB_CLOSE } from '../../shared/protocol/room';
import { Admission } from '../hub/admission';
import { BroadcastBatching } from '../hub/broadcast';
import { GrowthGuard } from '../hub/growth';
import { createHttpHandler } from '../hub/http';
import { DEFAULT_LIMITS, type HubLimits } from '../hub/limits';
import { listenHttp } from '../hub/listen';
import { policyGuard } from '../hub/policy-guard';
import { defaultWebRoot } from '../hub/web-root';
import { createAdminApi } from './admin-api';
import { adminToken } from './admin-token';
import { createAlignedApi } from './aligned-api';
import { forwardedAddress, workshopDocuments } from './client-address';
import { redisExtension } from './redis';
import { serverLinks, type ServerLinks } from './server-links';
import { openStore } from './store/open-store';
import type { WorkshopStore } from './store/workshop-store';
import { workshopAuth } from './workshop-auth';
import { WorkshopRooms } from './workshop-rooms';
import { flushStores, storeRelayedChanges, workshopDatabase } from './workshop-storage';
import { importPaths } from './workshops';

/** The port `offsite serve` listens on unless told: fixed, so links survive a restart. */
export const DEFAULT_SERVE_PORT = 4455;

/** A laptop room's limits, scaled to a server: many workshops on one process. */
export const SERVER_LIMITS: HubLimits = {
  ...DEFAULT_LIMITS,
  maxConnections: 5000,
  maxUnauthenticated: 500,
};

export interface ServerOptions {
  /** Where the admin token and (by default) the SQLite database live. */
  readonly dataDir: string;
  /** Default 0.0.0.0. */
  readonly host?: string;
  /** Default 4455; 0 picks a free one. */
  readonly port?: number;
  /** `postgres://…` or `sqlite:FILE`; default `DIR/offsite.sqlite`. */
  readonly db?: string;
  /** `redis://HOST:PORT`: coordinate with the other processes on the same database. */
  readonly redis?: string;
  /** Workshop files (or folders of them) to add, once each. */
  readonly imports?: readonly string[];
  /** PEM certificate and key: https and wss. */
  readonly tls?: { readonly cert: string | Buffer; readonly key: string | Buffer };
  /** The origin people reach the server at through a proxy (`https://okr.example.com`). */
  readonly publicUrl?: string;
  /** Take the client's address from X-Forwarded-For (only behind a proxy that sets it). */
  readonly trustProxy?: boolean;
  readonly webRoot?: string;
  readonly limits?: Partial<HubLimits>;
  /** Connections one workshop may have on one process (default 200). */
  readonly maxConnectionsPerWorkshop?: number;
  /** As the hub's (broadcast.ts); default 0. */
  readonly broadcastWindowMs?: number;
  /** Store debounce after the last edit (2000 ms) and the most a store may lag (10000 ms). */
  readonly saveDebounceMs?: number;
  readonly saveMaxDebounceMs?: number;
  readonly version?: string;
  readonly log?: (message: string) => void;
}

/** A workshop the server serves, with the links the --json contract prints. */
export interface ServedWorkshop {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly ws: string;
  readonly token: string;
  readonly viewerToken: string;
  readonly facilitatorUrl: string;
}

export interface OffsiteServer {
  /** `http(s)://HOST:PORT` (or the public URL). */
  readonly url: string;
  readonly port: number;
  /** The admin page link, the admin token in its fragment. */
  readonly adminUrl: string;
  readonly adminToken: string;
  readonly adminTokenCreated: boolean;
  readonly store: WorkshopStore;
  readonly hocuspocus: Hocuspocus;
  readonly links: ServerLinks;
  /** The workshops served now (not archived), oldest first. */
  workshops(): Promise<ServedWorkshop[]>;
  /** False once a document could not be batched; null before any was opened. */
  batching(): boolean | null;
  connections(): number;
  /** Stores every open workshop now. */
  flush(): Promise<void>;
  /** Stops accepting, closes every connection, stores every workshop, closes the store. */
  close(): Promise<void>;
}

/** The server cannot start; the message says why, for a person. */
export class ServerStartError extends Error {
  override readonly name = 'ServerStartError';
}

/**
 * `offsite serve`: many workshops on one port. The same Hocuspocus extensions as the
 * laptop room (hub.ts), each made per workshop where the room had one: admission in front,
 * then batched broadcast, Redis (when several processes share the load), authentication
 * against the workshop's tokens, the policy guard, the database, and room control.
 */
export async function startServer(options: ServerOptions): Promise<OffsiteServer> {
  const log = options.log ?? ((message: string) => console.error(`[serve] ${message}`));
  const dataDir = resolve(options.dataDir);
  let store: WorkshopStore;
  let admin: Awaited<ReturnType<typeof adminToken>>;
  try {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    admin = await adminToken(dataDir, log);
    if (admin.created) log(`made a new admin token, kept owner-only in ${admin.path}`);
    store = await openStore(options.db, dataDir);
  } catch (error) {
    throw new ServerStartError(`cannot use ${dataDir}: ${(error as Error).message}`);
  }
  try {
    if (options.imports?.length) await importPaths(store, options.imports, log);
  } catch (error) {
    await store.close();
    throw new ServerStartError(`cannot import: ${(error as Error).message}`);
  }

  const addressOf = options.trustProxy ? forwardedAddress : undefined;
  const limits: HubLimits = { ...SERVER_LIMITS, ...options.limits };
  // Each workshop under its own size cap; the growth budget per (forwarded) address.
  const growth = new GrowthGuard(limits);
  const admission = new Admission({
    room: workshopDocuments(),
    addressOf,
    limits,
    log,
    connect: (ws, request) => hocuspocus.handleConnection(ws, request),
  });
  let links: ServerLinks | null = null;
  const currentLinks = () => {
    if (!links) throw new Error('the server has no links before it listens');
    return links;
  };
  const batching = new BroadcastBatching({ windowMs: options.broadcastWindowMs ?? 0, log });
  const redis = options.redis ? redisExtension(options.redis) : null;
  const rooms = new WorkshopRooms({ store, admission, links: currentLinks, log });
  const hocuspocus: Hocuspocus = new Hocuspocus({
    debounce: options.saveDebounceMs ?? 2000,
    maxDebounce: options.saveMaxDebounceMs ?? 10_000,
    quiet: true,
    extensions: [
      batching,
      ...(redis ? [redis] : []),
      workshopAuth({
        store,
        events: admission,
        instance: () => hocuspocus,
        maxConnectionsPerWorkshop: options.maxConnectionsPerWorkshop ?? 200,
        removed: (record) => rooms.removed(record),
      }),
      policyGuard({ admission, growth, checkFields: limits.fieldLimits, addressOf }),
      growth,
      workshopDatabase(store, log),
      storeRelayedChanges(() => hocuspocus),
      rooms,
    ],
  });

  const liveDocument = (id: string): Y.Doc | null => hocuspocus.documents.get(id) ?? null;
  const adminApi = createAdminApi({
    token: admin.token,
    store,
    links: currentLinks,
    liveDocument,
    archived: (id) => {
      const document = hocuspocus.documents.get(id);
      if (document) rooms.refuse(document, () => true, HUB_CLOSE.forbidden, 'workshop archived');
    },
    addressOf: addressOf ?? ((req) => req.socket.remoteAddress ?? 'unknown'),
    log,
  });
  const alignedApi = createAlignedApi({
    store,
    liveDocument,
    removed: (record) => rooms.removed(record),
    addressOf: addressOf ?? ((req) => req.socket.remoteAddress ?? 'unknown'),
    log,
  });
  const health = (): HubHealth => ({
    ok: true,
    room: '',
    connections: admission.connections(),
    version: options.version ?? '0.0.0',
    time: Date.now(),
  });
  const webUi = createHttpHandler({ webRoot: options.webRoot ?? defaultWebRoot(), health, log });

  let http;
  try {
    http = await listenHttp({
      host: options.host ?? '0.0.0.0',
      port: options.port ?? DEFAULT_SERVE_PORT,
      handler: (req, res) => {
        if (!adminApi(req, res) && !alignedApi(req, res)) webUi(req, res);
      },
      upgrade: admission.upgrade,
      tls: options.tls,
      log,
    });
  } catch (error) {
    await store.close();
    redis?.onDestroy().catch(() => {});
    throw new ServerStartError(`cannot listen: ${(error as Error).message}`);
  }
  links = serverLinks({
    listenHost: options.host ?? '0.0.0.0',
    port: http.port,
    tls: options.tls !== undefined,
    publicUrl: options.publicUrl,
  });
  const serverLinksNow = links;
  log(`serving the workshops in ${store.description} on ${links.base}`);

  let closing: Promise<void> | null = null;
  return {
    url: links.base,
    port: http.port,
    adminUrl: links.admin(admin.token),
    adminToken: admin.token,
    adminTokenCreated: admin.created,
    store,
    hocuspocus,
    links,
    async workshops() {
      return (await store.list())
        .filter((w) => !w.archived)
        .map((w) => {
          const l = serverLinksNow.workshop(w.id, w.tokens);
          return {
            id: w.id,
            title: w.title,
            url: l.participant,
            ws: l.ws,
            token: w.tokens.participant,
            viewerToken: w.tokens.viewer,
            facilitatorUrl: l.facilitator,
          };
        });
    },
    batching: () => batching.batching,
    connections: () => admission.connections(),
    flush: () => flushStores(hocuspocus),
    close() {
      closing ??= (async () => {
        http.stop();
        admission.closeAll();
        http.dropConnections();
        await flushStores(hocuspocus);
        await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
        await store.close();
      })();
      return closing;
    },
  };
}
