import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { dirname, join } from 'node:path';
import type { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Hocuspocus, type beforeHandleMessagePayload } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import { WebSocketServer, type WebSocket } from 'ws';
import type * as Y from 'yjs';
import {
  buildJoinUrl,
  COLLAB_PATH,
  HUB_CLOSE,
  ROOM_MAP,
  parseRoomControl,
  type HubHealth,
  type Role,
  type WelcomeMessage,
} from '../../shared/protocol/room';
import { readMeta } from '../../shared/model';
import { authenticate, type AuthContext } from './auth';
import { batchBroadcasts } from './broadcast';
import { advertiseRoom, type Stoppable } from './discovery';
import { checkUpdate, GuardRefusal, parseMessage } from './guard';
import { createHttpHandler } from './http';
import { DEFAULT_LIMITS, FailedAuthTracker, TokenBucket, type HubLimits } from './limits';
import { DebouncedSaver, openWorkshop, type WorkshopFileIO } from './persistence';
import { defaultFileIO } from './file-io';
import { newRoomTokens, parseStoredTokens, tokensFileFor, type RoomTokens } from './tokens';
import { readFile, chmod } from 'node:fs/promises';
import { writeFileAtomic } from '../storage/atomic-write';
import { BallotBox } from './voting';

export interface HubOptions {
  /** Interface to listen on; default 0.0.0.0 (the whole LAN). */
  readonly host?: string;
  /** Port; 0 (default) picks a free one. */
  readonly port?: number;
  /** A workshop file (JSON or .offsite) to open; it is stored back to the same path. */
  readonly workshopPath?: string;
  /** Where a new workshop file `<room>.offsite` is created when no workshopPath; default cwd. */
  readonly dataDir?: string;
  /** The built web UI; default `out/web` of the checkout this module runs from. */
  readonly webRoot?: string;
  readonly maxMessageBytes?: number;
  readonly maxConnections?: number;
  readonly messagesPerSecond?: number;
  /** Any other limit (see HubLimits). */
  readonly limits?: Partial<HubLimits>;
  /** Advertise the room over mDNS/DNS-SD; default false (the desktop app and CLI turn it on). */
  readonly discovery?: boolean;
  /** Save debounce after the last edit (2000 ms) and the most a save may lag (10000 ms). */
  readonly saveDebounceMs?: number;
  readonly saveMaxDebounceMs?: number;
  /** Under load, updates within this window go out merged (default 20 ms; see broadcast.ts). */
  readonly broadcastWindowMs?: number;
  /** Reported by /health. */
  readonly version?: string;
  /**
   * Keep the tokens in `<workshop file>.tokens.json` so links survive a hub restart
   * (default true). The desktop app, which makes a new room file each time, turns it off.
   */
  readonly persistTokens?: boolean;
  readonly io?: WorkshopFileIO;
  readonly log?: (message: string) => void;
}

/** A running hub. */
export interface Hub {
  /** The participant join link `http://HOST:PORT/#/join/ROOM?t=TOKEN`. */
  readonly url: string;
  /** `ws://HOST:PORT/collab`. */
  readonly wsUrl: string;
  readonly room: string;
  readonly port: number;
  /** The host in the links: the listening host, or this machine's LAN address for 0.0.0.0. */
  readonly host: string;
  /** The workshop file the room is stored to. */
  readonly path: string;
  readonly tokens: RoomTokens;
  /** The room's document (the hub's copy). Write to it only with care: it is not guarded. */
  readonly document: Y.Doc;
  /** Authenticated connections now. */
  connections(): number;
  /** New tokens for every role; old links stop working and their connections are closed. */
  rotateTokens(): RoomTokens;
  /** Stores the document now if it changed. */
  flush(): Promise<void>;
  /** Stops accepting, closes every connection, stores the document. */
  close(): Promise<void>;
}

/** The first non-internal IPv4 address of this machine, or 127.0.0.1. */
export function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) {
      if (info.family === 'IPv4' && !info.internal) return info.address;
    }
  }
  return '127.0.0.1';
}

/** out/web of the checkout: walk up from this module (bundled or not) to package.json. */
export function defaultWebRoot(): string {
  let dir: string;
  try {
    dir = dirname(fileURLToPath(import.meta.url));
  } catch {
    // A CommonJS build has no import.meta.url: the caller should pass webRoot.
    return join(process.cwd(), 'out', 'web');
  }
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'out', 'web');
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return join(process.cwd(), 'out', 'web');
}

interface SocketState {
  readonly address: string;
  readonly ws: WebSocket;
  role: Role | null;
  preAuthMessages: number;
  preAuthBytes: number;
  authTimer: NodeJS.Timeout | null;
  /** Resolves once the last message of this socket has been checked and applied. */
  tail: Promise<void> | null;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const PRE_AUTH_MESSAGES = 16;
const PRE_AUTH_BYTES = 64 * 1024;

function namesRoom(data: Uint8Array, room: string): boolean {
  try {
    return decoding.readVarString(decoding.createDecoder(data)) === room;
  } catch {
    return false;
  }
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * Starts a room: loads (or creates) the workshop, then listens. One port serves the web UI
 * over HTTP and upgrades `/collab` to the Yjs sync WebSocket. Rejects with HubStartError
 * (nothing listening, the file untouched) if the workshop cannot be opened.
 */
export async function startHub(options: HubOptions = {}): Promise<Hub> {
  const log = options.log ?? ((message: string) => console.error(`[hub] ${message}`));
  const limits: HubLimits = {
    ...DEFAULT_LIMITS,
    ...options.limits,
    ...(options.maxMessageBytes !== undefined && { maxMessageBytes: options.maxMessageBytes }),
    ...(options.maxConnections !== undefined && { maxConnections: options.maxConnections }),
    ...(options.messagesPerSecond !== undefined && {
      messagesPerSecond: options.messagesPerSecond,
    }),
  };
  const io = options.io ?? defaultFileIO;
  const opened = await openWorkshop({
    workshopPath: options.workshopPath,
    dataDir: options.dataDir,
    io,
  });
  const room = opened.room;
  const tokensPath = options.persistTokens === false ? null : tokensFileFor(opened.path);
  let tokens = (tokensPath && (await loadTokens(tokensPath))) || newRoomTokens();
  if (tokensPath) await storeTokens(tokensPath, tokens, log);

  const sockets = new Map<IncomingMessage, SocketState>();
  const refused = new WeakSet<WebSocket>();
  const failedAuth = new FailedAuthTracker(limits.maxFailedAuthPerMinute);
  let unauthenticated = 0;
  let ballots: BallotBox | null = null;
  // Set once listening (the links need the port); a hello before that cannot arrive.
  let welcome: (role: Role) => WelcomeMessage = (role) => ({
    type: 'offsite.welcome',
    role,
    time: Date.now(),
  });

  const closeSocket = (state: SocketState, code: number, reason: string, detail?: string) => {
    if (refused.has(state.ws)) return;
    refused.add(state.ws);
    const why = detail ? `${reason} (${detail})` : reason;
    log(`closing connection from ${state.address} (${state.role ?? 'unauthenticated'}): ${why}`);
    state.ws.close(code, reason.slice(0, 120));
  };

  /** Checks one message; a refused one closes its socket and never settles (never applied). */
  const guard = (payload: beforeHandleMessagePayload): Promise<void> => {
    const ws = payload.connection.webSocket;
    const state = sockets.get(payload.connection.request);
    const role = (payload.context as Partial<AuthContext>).role;
    try {
      if (refused.has(ws))
        throw new GuardRefusal(HUB_CLOSE.forbidden, 'connection already refused');
      if (!role) throw new GuardRefusal(HUB_CLOSE.forbidden, 'not authenticated');
      const message = parseMessage(payload.update, room, role);
      if (message.update) checkUpdate(payload.document, message.update, role);
      return Promise.resolve();
    } catch (error) {
      const refusal =
        error instanceof GuardRefusal
          ? error
          : new GuardRefusal(HUB_CLOSE.malformed, (error as Error).message);
      if (state) closeSocket(state, refusal.code, refusal.reason, refusal.detail);
      else ws.close(refusal.code, refusal.reason.slice(0, 120));
      // Never settles: Hocuspocus neither applies this message nor logs a stack trace for
      // it; the socket is closing and its close handler cleans the connection up.
      return new Promise<never>(() => {});
    }
  };

  const hocuspocus = new Hocuspocus({
    name: 'offsite',
    quiet: true,
    // The document stays loaded for the hub's life (a direct connection holds it) and is
    // stored by DebouncedSaver, which also sees the hub's own writes (vote counts).
    debounce: 2000,
    maxDebounce: 10000,
    yDocOptions: { gc: true, gcFilter: () => true },
    async onAuthenticate(payload) {
      const state = sockets.get(payload.request);
      try {
        const context: AuthContext = authenticate(payload, room, () => tokens);
        if (state && state.role === null) {
          state.role = context.role;
          unauthenticated--;
          if (state.authTimer) clearTimeout(state.authTimer);
          state.authTimer = null;
        }
        return context;
      } catch (error) {
        if (state) {
          log(`authentication failed from ${state.address}`);
          failedAuth.record(state.address, Date.now());
          // Let Hocuspocus send permission-denied first, then hang up.
          setTimeout(() => closeSocket(state, HUB_CLOSE.forbidden, 'permission-denied'), 0);
        }
        throw error;
      }
    },
    async onLoadDocument({ documentName }) {
      if (documentName !== room) throw new Error(`no room "${documentName}"`);
      return opened.doc;
    },
    beforeHandleMessage(payload) {
      const state = sockets.get(payload.connection.request);
      // ws can emit several messages of one socket in one tick, and Hocuspocus applies each
      // only after its hook resolves: checking message i+1 before message i is applied would
      // miss the items i brings. So each message is checked after the previous one of its
      // connection has been applied (its hook resolved, then one turn of the event loop).
      const start = state?.tail ?? Promise.resolve();
      const result = start.then(() => guard(payload));
      if (state) state.tail = result.then(nextTurn);
      return result;
    },
    async onStateless({ payload, connection }) {
      const role = (connection.context as Partial<AuthContext>).role;
      if (!role) return;
      const control = parseRoomControl(payload);
      if (control) {
        if (control.type === 'offsite.rotate' && role === 'facilitator') rotateTokens();
        connection.sendStateless(JSON.stringify(welcome(role)));
        return;
      }
      const reply = ballots ? ballots.receive(payload, role) : null;
      if (reply) connection.sendStateless(JSON.stringify(reply));
    },
  });

  const direct = await hocuspocus.openDirectConnection(room, { role: 'facilitator' });
  const document = direct.document!;
  if (!batchBroadcasts(document, { maxWindowMs: options.broadcastWindowMs ?? 20 })) {
    log('broadcast batching unavailable: Hocuspocus broadcasts each update itself');
  }
  opened.doc.destroy();
  ballots = new BallotBox(document);
  if (opened.notice) log(opened.notice);
  // A room opened from JSON stores its history in .offsite and the JSON back beside it.
  const mirror = opened.mirror;
  const saveIo: WorkshopFileIO = mirror
    ? {
        ...io,
        save: async (path, doc) => {
          await io.save(path, doc);
          await io.save(mirror, doc);
        },
      }
    : io;
  const saver = new DebouncedSaver(document, opened.path, saveIo, {
    debounceMs: options.saveDebounceMs ?? 2000,
    maxDebounceMs: options.saveMaxDebounceMs ?? 10_000,
    log,
  });
  document.on('update', () => saver.schedule());
  const roomState = document.getMap(ROOM_MAP);
  roomState.observeDeep(() => ballots?.revealIfAsked());

  const authenticatedCount = () => [...sockets.values()].filter((s) => s.role !== null).length;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxMessageBytes,
    perMessageDeflate: false,
  });
  const health = (): HubHealth => ({
    ok: true,
    room,
    connections: authenticatedCount(),
    version: options.version ?? '0.0.0',
    time: Date.now(),
  });
  const server = createServer(
    createHttpHandler({ webRoot: options.webRoot ?? defaultWebRoot(), health, log }),
  );
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const path = (req.url ?? '').split('?')[0];
    const address = req.socket.remoteAddress ?? 'unknown';
    if (path !== COLLAB_PATH) return refuseUpgrade(socket, 404, 'Not Found');
    if (sockets.size >= limits.maxConnections) {
      log(`refusing a connection from ${address}: ${limits.maxConnections} connections open`);
      return refuseUpgrade(socket, 503, 'Service Unavailable');
    }
    if (unauthenticated >= limits.maxUnauthenticated)
      return refuseUpgrade(socket, 503, 'Service Unavailable');
    if (failedAuth.blocked(address, Date.now())) {
      log(`refusing a connection from ${address}: too many failed authentications`);
      return refuseUpgrade(socket, 429, 'Too Many Requests');
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const state: SocketState = {
        address,
        ws,
        role: null,
        preAuthMessages: 0,
        preAuthBytes: 0,
        authTimer: null,
        tail: null,
      };
      sockets.set(req, state);
      unauthenticated++;
      state.authTimer = setTimeout(
        () => closeSocket(state, HUB_CLOSE.authTimeout, 'authentication timeout'),
        limits.authTimeoutMs,
      );
      const bucket = new TokenBucket(limits.messagesPerSecond, limits.messageBurst, Date.now());
      // Registered before Hocuspocus' own listener, so it sees every message first.
      ws.on('message', (data: Buffer) => {
        // Hocuspocus queues messages for a document it has not seen, unchecked and for as
        // long as the socket lives: only the room's document may be spoken of.
        if (!namesRoom(data, room))
          return closeSocket(state, HUB_CLOSE.malformed, 'message for an unknown document');
        if (state.role === null) {
          state.preAuthMessages++;
          state.preAuthBytes += data.length;
          if (state.preAuthMessages > PRE_AUTH_MESSAGES || state.preAuthBytes > PRE_AUTH_BYTES) {
            closeSocket(state, HUB_CLOSE.tooManyMessages, 'too much data before authenticating');
          }
        }
        if (!bucket.take(Date.now()))
          closeSocket(state, HUB_CLOSE.tooManyMessages, 'message rate limit exceeded');
      });
      ws.on('error', (error: Error & { code?: string }) => {
        // ws has already closed the socket (1009 for an oversized frame); say why.
        const why =
          error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH'
            ? `message larger than ${limits.maxMessageBytes} bytes`
            : error.message;
        log(`closing connection from ${address} (${state.role ?? 'unauthenticated'}): ${why}`);
      });
      ws.on('close', () => {
        if (state.role === null) unauthenticated--;
        if (state.authTimer) clearTimeout(state.authTimer);
        sockets.delete(req);
      });
      hocuspocus.handleConnection(ws, req);
    });
  });

  const listenHost = options.host ?? '0.0.0.0';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, listenHost, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => log(`http server: ${error.message}`));
  const port = (server.address() as AddressInfo).port;
  const host = listenHost === '0.0.0.0' || listenHost === '::' ? lanAddress() : listenHost;

  let discovery: Stoppable | null = null;
  if (options.discovery) {
    discovery = advertiseRoom({ name: readMeta(document).title || room, room, port }, log);
  }

  const linkFor = (token: string) => buildJoinUrl({ host, port, room, token });
  welcome = (role: Role): WelcomeMessage => ({
    type: 'offsite.welcome',
    role,
    time: Date.now(),
    // Only the facilitator learns the links (to show the QR code); nobody else sees a token.
    ...(role === 'facilitator' && {
      links: { join: linkFor(tokens.participant), viewer: linkFor(tokens.viewer) },
    }),
  });
  function rotateTokens(): RoomTokens {
    tokens = newRoomTokens();
    if (tokensPath) void storeTokens(tokensPath, tokens, log);
    // Old links stop working now, not at the next reconnect.
    for (const state of sockets.values()) {
      if (state.role !== 'facilitator') closeSocket(state, HUB_CLOSE.forbidden, 'tokens rotated');
    }
    return tokens;
  }

  let closing: Promise<void> | null = null;
  const hub: Hub = {
    get url() {
      return buildJoinUrl({ host, port, room, token: tokens.participant });
    },
    wsUrl: `ws://${host.includes(':') ? `[${host}]` : host}:${port}${COLLAB_PATH}`,
    room,
    port,
    host,
    path: opened.path,
    get tokens() {
      return tokens;
    },
    document,
    connections: authenticatedCount,
    rotateTokens,
    flush: () => saver.flush(),
    close() {
      closing ??= (async () => {
        await discovery?.stop();
        server.close();
        for (const state of sockets.values()) state.ws.close(1001, 'hub closing');
        for (const ws of wss.clients) ws.terminate();
        wss.close();
        server.closeAllConnections();
        await saver.close();
        await direct.disconnect();
      })();
      return closing;
    },
  };
  return hub;
}

async function loadTokens(path: string): Promise<RoomTokens | null> {
  try {
    return parseStoredTokens(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
}

/** Stores the tokens for the owner only; a failure is logged, never fatal (links just change on restart). */
async function storeTokens(
  path: string,
  tokens: RoomTokens,
  log: (m: string) => void,
): Promise<void> {
  try {
    await writeFileAtomic(path, `${JSON.stringify(tokens)}\n`);
    await chmod(path, 0o600);
  } catch (error) {
    log(`could not keep the room's links in ${path}: ${(error as Error).message}`);
  }
}
