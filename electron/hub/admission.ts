import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import * as decoding from 'lib0/decoding';
import { WebSocketServer, type WebSocket } from 'ws';
import { COLLAB_PATH, HUB_CLOSE, type Role } from '../../shared/protocol/room';
import type { AuthEvents, AuthFailure } from './auth';
import { InflowMeter, type Headroom } from './inflow';
import { LargeFrameLane } from './large-frames';
import { FailedAuthTracker, type HubLimits } from './limits';

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
  readonly socket: Socket;
  role: Role | null;
  readonly inflow: InflowMeter;
  /** Closed by the hub while still sending: whatever else arrives drops the socket. */
  cut: boolean;
  authTimer: NodeJS.Timeout | null;
}

/** Room for the document name and message type around a catch-up of the whole document. */
const ENVELOPE_BYTES = 4096;

/** Which documents a socket may speak of: the hub's one room, or a server's test. */
export type DocumentFilter = string | ((documentName: string, ws: WebSocket) => boolean);

function namesRoom(data: Uint8Array, room: DocumentFilter, ws: WebSocket): boolean {
  try {
    const name = decoding.readVarString(decoding.createDecoder(data));
    return typeof room === 'string' ? name === room : room(name, ws);
  } catch {
    return false;
  }
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export interface AdmissionOptions {
  /**
   * The room's document name; a server of many workshops passes a test instead (which may
   * also bound how many documents one socket opens).
   */
  readonly room: DocumentFilter;
  /** The client's address for limits and logs; default the socket's (a proxy's, behind one). */
  readonly addressOf?: (req: IncomingMessage) => string;
  readonly limits: HubLimits;
  readonly log: (message: string) => void;
  /** Hands an admitted socket to Hocuspocus. */
  readonly connect: (ws: WebSocket, request: IncomingMessage) => void;
  /** What an address may still add to the workshop (growth.ts); unbounded if absent. */
  readonly headroom?: (address: string) => ReturnType<Headroom>;
}

export class Admission implements AuthEvents {
  private readonly sockets = new Map<IncomingMessage, AdmittedSocket>();
  private readonly refused = new WeakSet<WebSocket>();
  private readonly failedAuth: FailedAuthTracker;
  private readonly wss: WebSocketServer;
  private readonly lane = new LargeFrameLane();
  /** Sockets not yet authenticated, per remote address (only addresses with one or more). */
  private readonly waiting = new Map<string, number>();
  private unauthenticated = 0;

  constructor(private readonly options: AdmissionOptions) {
    this.failedAuth = new FailedAuthTracker(options.limits.maxFailedAuthPerMinute);
    // Frames up to the workshop's size cap, for a catch-up; any other message over
    // maxMessageBytes is refused once read, and before authentication no socket may send
    // more than 64 KiB at all, counted on the TCP socket as the bytes arrive (inflow.ts).
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: Math.max(
        options.limits.maxMessageBytes,
        options.limits.maxDocBytes + ENVELOPE_BYTES,
      ),
      perMessageDeflate: false,
    });
  }

  /** The HTTP server's 'upgrade' handler. */
  readonly upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const { limits, log } = this.options;
    socket.on('error', () => socket.destroy());
    const path = (req.url ?? '').split('?')[0];
    const address = this.options.addressOf?.(req) ?? req.socket.remoteAddress ?? 'unknown';
    if (path !== COLLAB_PATH) return refuseUpgrade(socket, 404, 'Not Found');
    if (this.sockets.size >= limits.maxConnections) {
      log(`refusing a connection from ${address}: ${limits.maxConnections} connections open`);
      return refuseUpgrade(socket, 503, 'Service Unavailable');
    }
    if (this.failedAuth.blocked(address, Date.now())) {
      log(`refusing a connection from ${address}: too many failed authentications`);
      return refuseUpgrade(socket, 429, 'Too Many Requests');
    }
    // Per address before the global cap: one address flooding the door is turned away on
    // its own and never fills the room's share of waiting sockets.
    if ((this.waiting.get(address) ?? 0) >= limits.maxUnauthenticatedPerAddress) {
      log(`refusing a connection from ${address}: too many sockets waiting to authenticate`);
      return refuseUpgrade(socket, 429, 'Too Many Requests');
    }
    if (this.unauthenticated >= limits.maxUnauthenticated)
      return refuseUpgrade(socket, 503, 'Service Unavailable');
    this.wss.handleUpgrade(req, socket, head, (ws) => this.admit(ws, req, address, head.length));
  };

  private admit(ws: WebSocket, req: IncomingMessage, address: string, headBytes: number): void {
    const { limits, log, room } = this.options;
    const state: AdmittedSocket = {
      address,
      ws,
      socket: req.socket,
      role: null,
      inflow: new InflowMeter(
        limits,
        this.lane,
        Date.now(),
        this.options.headroom && (() => this.options.headroom!(address)),
      ),
      cut: false,
      authTimer: null,
    };
    const socket = state.socket;
    this.sockets.set(req, state);
    this.countWaiting(address, +1);
    state.authTimer = setTimeout(() => {
      // A socket that holds a place at the door without ever authenticating is a failed
      // authentication: otherwise reopening such sockets forever never reaches the 429.
      this.failedAuth.record(address, Date.now());
      this.closeSocket(state, HUB_CLOSE.authTimeout, 'authentication timeout');
    }, limits.authTimeoutMs);
    state.inflow.onData(headBytes, false);
    // The bytes as they arrive, before ws has a whole frame to hand over.
    socket.on('data', (chunk: Buffer) => {
      if (state.cut) return void socket.destroy();
      const refusal = state.inflow.onData(chunk.length, state.role !== null);
      if (refusal) this.cutOff(state, refusal.code, refusal.reason);
    });
    /** Whether a message may go on to Hocuspocus; if not, the socket is closed and why. */
    const passes = (data: Buffer): boolean => {
      const refusal = state.inflow.onMessage(data, state.role !== null, Date.now());
      if (refusal) {
        this.closeSocket(state, refusal.code, refusal.reason);
        return false;
      }
      // Hocuspocus queues messages for a document it has not seen, unchecked and for as
      // long as the socket lives: only the room's document (on a server, a few workshops
      // per socket) may be spoken of.
      if (!namesRoom(data, room, ws)) {
        this.closeSocket(state, HUB_CLOSE.malformed, 'message for an unknown document');
        return false;
      }
      return true;
    };
    ws.on('error', (error: Error & { code?: string }) => {
      // ws has already closed the socket (1009 for an oversized frame); say why.
      const why =
        error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH'
          ? `message larger than ${this.wss.options.maxPayload} bytes`
          : error.message;
      log(`closing connection from ${address} (${state.role ?? 'unauthenticated'}): ${why}`);
    });
    ws.on('close', () => {
      state.inflow.closed();
      if (state.role === null) this.countWaiting(address, -1);
      if (state.authTimer) clearTimeout(state.authTimer);
      this.sockets.delete(req);
    });
    this.options.connect(ws, req);
    // Hocuspocus' own listener hears only the messages admitted: one refused here (random
    // bytes with no document name) would otherwise still reach its decoder, which prints a
    // TypeError's stack on stderr for every piece of garbage a peer sends.
    const theirs = ws.listeners('message') as ((data: Buffer, isBinary: boolean) => void)[];
    ws.removeAllListeners('message');
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (!passes(data)) return;
      for (const listener of theirs) listener.call(ws, data, isBinary);
    });
  }

  authenticated(request: IncomingMessage, role: Role): void {
    const state = this.sockets.get(request);
    if (!state || state.role !== null) return;
    state.role = role;
    this.countWaiting(state.address, -1);
    if (state.authTimer) clearTimeout(state.authTimer);
    state.authTimer = null;
  }

  /** The hub has checked (and applied) a message of `bytes` from this connection. */
  handled(request: IncomingMessage, bytes: number): void {
    this.sockets.get(request)?.inflow.handled(bytes);
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

  private countWaiting(address: string, delta: 1 | -1): void {
    this.unauthenticated += delta;
    const n = (this.waiting.get(address) ?? 0) + delta;
    if (n > 0) this.waiting.set(address, n);
    else this.waiting.delete(address);
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

  /**
   * Closes a socket that is still sending: its close frame goes out, and whatever it sends
   * after that drops the connection (ws would otherwise keep buffering its frame).
   */
  private cutOff(state: AdmittedSocket, code: number, reason: string): void {
    this.closeSocket(state, code, reason);
    state.cut = true;
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
