// Shared by the hub-*.test.ts files: a real hub on 127.0.0.1 and real Hocuspocus providers.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startHub, type Hub, type HubOptions } from '../../electron/hub/hub';

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
      provider.destroy();
      socket.destroy();
    },
  };
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

/** True when two docs hold the same state (same state vector, same content). */
export function sameState(a: Y.Doc, b: Y.Doc): boolean {
  const va = Y.encodeStateVector(a);
  const vb = Y.encodeStateVector(b);
  return Buffer.from(va).equals(Buffer.from(vb));
}
