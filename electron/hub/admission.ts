import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import * as decoding from 'lib0/decoding';
import { WebSocketServer, type WebSocket } from 'ws';
import { COLLAB_PATH, HUB_CLOSE, type Role } from '../../shared/protocol/room';
import type { AuthEvents, AuthFailure } from './auth';
import { FailedAuthTracker, TokenBucket, type HubLimits } from './limits';

/**
 * Admission: who gets a sync WebSocket at all, and how much it may send. It runs on the raw
 * HTTP upgrade and on every frame before Hocuspocus sees it — earlier than any Hocuspocus
 * hook (onConnect comes after the upgrade, and the frame size limit belongs to the ws
 * server) — so it is not an extension; it learns the outcome of authentication through
 * AuthEvents, from auth.ts. Every connection the hub closes is closed here, once, with its
 * reason logged.
 */

interface AdmittedSocket {
  readonly address: string;
  readonly ws: WebSocket;
  role: Role | null;
  preAuthMessages: number;
  preAuthBytes: number;
  authTimer: NodeJS.Timeout | null;
}

/** What one socket may send before it has authenticated. */
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

export interface AdmissionOptions {
  readonly room: string;
  readonly limits: HubLimits;
  readonly log: (message: string) => void;
  /** Hands an admitted socket to Hocuspocus. */
  readonly connect: (ws: WebSocket, request: IncomingMessage) => void;
}

export class Admission implements AuthEvents {
  private readonly sockets = new Map<IncomingMessage, AdmittedSocket>();
  private readonly refused = new WeakSet<WebSocket>();
  private readonly failedAuth: FailedAuthTracker;
  private readonly wss: WebSocketServer;
  private unauthenticated = 0;

  constructor(private readonly options: AdmissionOptions) {
    this.failedAuth = new FailedAuthTracker(options.limits.maxFailedAuthPerMinute);
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: options.limits.maxMessageBytes,
      perMessageDeflate: false,
    });
  }

  /** The HTTP server's 'upgrade' handler. */
  readonly upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const { limits, log } = this.options;
    socket.on('error', () => socket.destroy());
    const path = (req.url ?? '').split('?')[0];
    const address = req.socket.remoteAddress ?? 'unknown';
    if (path !== COLLAB_PATH) return refuseUpgrade(socket, 404, 'Not Found');
    if (this.sockets.size >= limits.maxConnections) {
      log(`refusing a connection from ${address}: ${limits.maxConnections} connections open`);
      return refuseUpgrade(socket, 503, 'Service Unavailable');
    }
    if (this.unauthenticated >= limits.maxUnauthenticated)
      return refuseUpgrade(socket, 503, 'Service Unavailable');
    if (this.failedAuth.blocked(address, Date.now())) {
      log(`refusing a connection from ${address}: too many failed authentications`);
      return refuseUpgrade(socket, 429, 'Too Many Requests');
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.admit(ws, req, address));
  };

  private admit(ws: WebSocket, req: IncomingMessage, address: string): void {
    const { limits, log, room } = this.options;
    const state: AdmittedSocket = {
      address,
      ws,
      role: null,
      preAuthMessages: 0,
      preAuthBytes: 0,
      authTimer: null,
    };
    this.sockets.set(req, state);
    this.unauthenticated++;
    state.authTimer = setTimeout(
      () => this.closeSocket(state, HUB_CLOSE.authTimeout, 'authentication timeout'),
      limits.authTimeoutMs,
    );
    const bucket = new TokenBucket(limits.messagesPerSecond, limits.messageBurst, Date.now());
    // Registered before Hocuspocus' own listener, so it sees every message first.
    ws.on('message', (data: Buffer) => {
      // Hocuspocus queues messages for a document it has not seen, unchecked and for as
      // long as the socket lives: only the room's document may be spoken of.
      if (!namesRoom(data, room))
        return this.closeSocket(state, HUB_CLOSE.malformed, 'message for an unknown document');
      if (state.role === null) {
        state.preAuthMessages++;
        state.preAuthBytes += data.length;
        if (state.preAuthMessages > PRE_AUTH_MESSAGES || state.preAuthBytes > PRE_AUTH_BYTES) {
          this.closeSocket(state, HUB_CLOSE.tooManyMessages, 'too much data before authenticating');
        }
      }
      if (!bucket.take(Date.now()))
        this.closeSocket(state, HUB_CLOSE.tooManyMessages, 'message rate limit exceeded');
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
      if (state.role === null) this.unauthenticated--;
      if (state.authTimer) clearTimeout(state.authTimer);
      this.sockets.delete(req);
    });
    this.options.connect(ws, req);
  }

  authenticated(request: IncomingMessage, role: Role): void {
    const state = this.sockets.get(request);
    if (!state || state.role !== null) return;
    state.role = role;
    this.unauthenticated--;
    if (state.authTimer) clearTimeout(state.authTimer);
    state.authTimer = null;
  }

  authFailed(request: IncomingMessage, why: AuthFailure = 'permission-denied'): void {
    const state = this.sockets.get(request);
    if (!state) return;
    if (why === 'removed') {
      // A right token from a removed device is no guess: it does not count towards blocking
      // the address (a shared NAT would lock everyone behind it out).
      setTimeout(() => this.closeSocket(state, HUB_CLOSE.removed, why, 'removed device'), 0);
      return;
    }
    if (why === 'other-workshop') {
      // The right token with a copy of another workshop: an honest device, no guess.
      const detail = 'its copy is another workshop with this room id';
      setTimeout(() => this.closeSocket(state, HUB_CLOSE.forbidden, why, detail), 0);
      return;
    }
    this.options.log(`authentication failed from ${state.address}`);
    this.failedAuth.record(state.address, Date.now());
    // Let Hocuspocus send permission-denied first, then hang up.
    setTimeout(() => this.closeSocket(state, HUB_CLOSE.forbidden, 'permission-denied'), 0);
  }

  /** True once the hub has closed this socket: nothing it still sends is applied. */
  isRefused(ws: WebSocket): boolean {
    return this.refused.has(ws);
  }

  /** Closes one connection (once), telling it `reason` and the log `detail` too. */
  refuse(
    connection: { request: IncomingMessage; webSocket: WebSocket },
    code: number,
    reason: string,
    detail?: string,
  ): void {
    const state = this.sockets.get(connection.request);
    if (state) this.closeSocket(state, code, reason, detail);
    else connection.webSocket.close(code, reason.slice(0, 120));
  }

  /** Closes every connection whose role `which` picks (null: not authenticated yet). */
  refuseRoles(which: (role: Role | null) => boolean, code: number, reason: string): void {
    for (const state of this.sockets.values()) {
      if (which(state.role)) this.closeSocket(state, code, reason);
    }
  }

  /** Authenticated connections now. */
  connections(): number {
    return [...this.sockets.values()].filter((s) => s.role !== null).length;
  }

  /** Closes every socket, on shutdown. */
  closeAll(): void {
    for (const state of this.sockets.values()) state.ws.close(1001, 'hub closing');
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
  }

  private closeSocket(state: AdmittedSocket, code: number, reason: string, detail?: string): void {
    if (this.refused.has(state.ws)) return;
    this.refused.add(state.ws);
    const why = detail ? `${reason} (${detail})` : reason;
    this.options.log(
      `closing connection from ${state.address} (${state.role ?? 'unauthenticated'}): ${why}`,
    );
    state.ws.close(code, reason.slice(0, 120));
  }
}
