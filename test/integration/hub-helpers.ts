// Shared by the hub-*.test.ts files: a real hub on 127.0.0.1 and real Hocuspocus providers.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket, { type ClientOptions } from 'ws';
import * as Y from 'yjs';
import { startHub, type Hub, type HubOptions } from '../../electron/hub/hub';
import type { ConfidenceMessage } from '../../shared/protocol/confidence';
import type { VoteAck, VoteMessage } from '../../shared/protocol/room';
import {
  connectRoom,
  type RoomConnection,
  type RoomStatus,
} from '../../renderer/sync/room-connection';

export function tempDir(prefix = 'offsite-hub-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A web root with one index.html, so HTTP tests do not depend on a built out/web. */
export function tempWebRoot(): string {
  const dir = tempDir('offsite-web-');
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Offsite</title>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'app-3f9a2b1c.js'), 'console.log(1)');
  return dir;
}

export interface TestHub {
  readonly hub: Hub;
  readonly logs: string[];
}

export async function startTestHub(options: Partial<HubOptions> = {}): Promise<TestHub> {
  const logs: string[] = [];
  const hub = await startHub({
    host: '127.0.0.1',
    port: 0,
    dataDir: options.workshopPath ? undefined : tempDir(),
    webRoot: tempWebRoot(),
    log: (m) => logs.push(m),
    ...options,
  });
  return { hub, logs };
}

export interface Client {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  readonly socket: HocuspocusProviderWebsocket;
  /** Resolves on the first sync; rejects on authentication failure. */
  readonly synced: Promise<void>;
  readonly closes: { code: number; reason: string }[];
  destroy(): void;
}

/** A real provider client. `doc` lets a client keep its copy across reconnects. */
export function connect(
  target: { wsUrl: string; room: string },
  token: string,
  doc: Y.Doc = new Y.Doc(),
): Client {
  const socket = new HocuspocusProviderWebsocket({
    url: target.wsUrl,
    WebSocketPolyfill: WebSocket,
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
    factor: 1.5,
  });
  const closes: { code: number; reason: string }[] = [];
  let resolveSynced!: () => void;
  let rejectSynced!: (e: Error) => void;
  const synced = new Promise<void>((res, rej) => {
    resolveSynced = res;
    rejectSynced = rej;
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: target.room,
    document: doc,
    token,
    onSynced: () => resolveSynced(),
    onAuthenticationFailed: ({ reason }) =>
      rejectSynced(new Error(`authentication failed: ${reason}`)),
    onClose: ({ event }) => closes.push({ code: event.code, reason: event.reason }),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    synced,
    closes,
    destroy() {
      // A socket still connecting is aborted by ws with an 'error' event; with no listener
      // that is an uncaught exception in whichever test file runs next (a loaded machine
      // makes connects slow enough to be caught mid-way).
      const raw = socket.webSocket as unknown as WebSocket | null;
      if (raw?.readyState === WebSocket.CONNECTING) raw.on('error', () => {});
      provider.destroy();
      socket.destroy();
    },
  };
}

/**
 * Keeps the clients a test file connects, so one afterAll can destroy them all:
 * `const { track, destroyAll } = trackClients();` then `track(connect(…))`.
 */
export function trackClients(): { track: (c: Client) => Client; destroyAll: () => void } {
  const clients: Client[] = [];
  return {
    track: (c) => (clients.push(c), c),
    destroyAll: () => {
      for (const c of clients) c.destroy();
    },
  };
}

/** A Hocuspocus auth message (type 2, token 0) carrying `token`, for raw sockets. */
export function authMessage(room: string, token: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, room);
  encoding.writeVarUint(e, 2); // auth
  encoding.writeVarUint(e, 0); // token
  encoding.writeVarString(e, token);
  return encoding.toUint8Array(e);
}

/** A Hocuspocus sync message: step 1 (0, a state vector), step 2 (1, a catch-up) or an update (2). */
export function syncMessage(room: string, step: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, room);
  encoding.writeVarUint(e, 0); // sync
  encoding.writeVarUint(e, step);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** A sync update message around `update` (which need not be a valid update). */
export const syncUpdate = (room: string, update: Uint8Array): Uint8Array =>
  syncMessage(room, 2, update);

/**
 * A raw socket authenticated as a participant, the way a hostile script would be: it can
 * send anything. `closed` resolves with the close code the hub gave it.
 */
export async function rawParticipant(
  hub: Pick<Hub, 'wsUrl' | 'room'> & { readonly tokens: { readonly participant: string } },
  options?: ClientOptions,
): Promise<{ ws: WebSocket; closed: Promise<number> }> {
  const ws = new WebSocket(hub.wsUrl, options);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  const authenticated = new Promise<void>((resolve) => {
    ws.on('message', (data: Buffer) => {
      const d = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(d);
      // An auth message (2) saying authenticated (2).
      if (decoding.readVarUint(d) === 2 && decoding.readVarUint(d) === 2) resolve();
    });
  });
  ws.send(authMessage(hub.room, hub.tokens.participant));
  await authenticated;
  return { ws, closed };
}

/** Resolves once `predicate` holds, re-checked on every update of `doc` (or docs); rejects after `ms`. */
export function waitForDoc(
  doc: Y.Doc | Y.Doc[],
  predicate: () => boolean,
  ms = 10_000,
  what = 'condition',
): Promise<void> {
  const docs = Array.isArray(doc) ? doc : [doc];
  if (predicate()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const stop = () => docs.forEach((d) => d.off('update', check));
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const check = () => {
      if (!predicate()) return;
      clearTimeout(timer);
      stop();
      resolve();
    };
    docs.forEach((d) => d.on('update', check));
  });
}

/** Resolves on `event` from an emitter-like object (once), rejects after `ms`. */
export function once<T = unknown>(
  target: { once(event: string, fn: (value: T) => void): unknown },
  event: string,
  ms = 10_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for "${event}"`)), ms);
    target.once(event, (value: T) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

/**
 * True when two docs have seen the same updates (equal state vectors). Deletions are not
 * part of a state vector: tests that need equal content also compare readWorkshop.
 */
export function sameState(a: Y.Doc, b: Y.Doc): boolean {
  const va = Y.encodeStateVector(a);
  const vb = Y.encodeStateVector(b);
  return Buffer.from(va).equals(Buffer.from(vb));
}

/** Resolves once the connection's status satisfies `predicate`; rejects after `ms`. */
export function waitForStatus(
  c: RoomConnection,
  predicate: (s: RoomStatus) => boolean,
  what: string,
  ms = 15_000,
): Promise<RoomStatus> {
  if (predicate(c.status.getState())) return Promise.resolve(c.status.getState());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(
        new Error(
          `timed out after ${ms} ms waiting for ${what}: ${JSON.stringify(c.status.getState())}`,
        ),
      );
    }, ms);
    const stop = c.status.subscribe((s) => {
      if (!predicate(s)) return;
      clearTimeout(timer);
      stop();
      resolve(s);
    });
  });
}

/** Publishes a presence, as the app does, and resolves once `viewer` sees it. */
export async function present(
  c: RoomConnection,
  name: string,
  viewer: RoomConnection,
): Promise<number> {
  c.awareness.setLocalState({
    user: { name, color: '#1f5fbf' },
    role: 'participant',
    step: 'onepager',
    editing: null,
  });
  const id = c.awareness.clientID;
  await new Promise<void>((resolve) => {
    const check = () => {
      if (!viewer.awareness.getStates().has(id)) return;
      viewer.awareness.off('change', check);
      resolve();
    };
    viewer.awareness.on('change', check);
    check();
  });
  return id;
}

/** The app's own room client (connectRoom) in Node, quick to reconnect, as device `deviceId`. */
export function appClient(
  target: { readonly wsUrl: string; readonly room: string },
  token: string,
  deviceId?: string,
  doc: Y.Doc = new Y.Doc(),
): { doc: Y.Doc; c: RoomConnection } {
  const c = connectRoom({
    doc,
    wsUrl: target.wsUrl,
    room: target.room,
    token,
    deviceId,
    minDelayMs: 100,
    maxDelayMs: 300,
    WebSocketPolyfill: WebSocket,
  });
  return { doc, c };
}

/**
 * Sends a ballot (a dot vote or a confidence round's) as the app does, a stateless message,
 * and resolves with the hub's acknowledgement of it.
 */
export function sendBallot(c: Client, message: VoteMessage | ConfidenceMessage): Promise<VoteAck> {
  const id = message.type === 'offsite.vote' ? message.votingId : message.roundId;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no ballot ack')), 10_000);
    const on = ({ payload }: { payload: string }) => {
      const ack = JSON.parse(payload) as VoteAck;
      if (ack.type !== 'offsite.vote-ack' || ack.votingId !== id) return;
      clearTimeout(timer);
      c.provider.off('stateless', on);
      resolve(ack);
    };
    c.provider.on('stateless', on);
    c.provider.sendStateless(JSON.stringify(message));
  });
}
