// Room propagation: the Offsite hub, a plain Hocuspocus server (default settings) and a raw
// WebSocket relay, each with N real clients in this one process on loopback. Measures the
// time from a client's edit to its arrival at every other peer, the hub's RSS with a
// 500-card workshop (a spawned `offsite hub` process), and divergence after each run.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { Server } from '@hocuspocus/server';
import WebSocket, { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import {
  createProjects,
  initWorkshop,
  lockStep,
  readProjects,
  updateProject,
} from '../shared/model';
import { checkUpdate } from '../electron/hub/update-guard';
import { startHub } from '../electron/hub/hub';
import { saveWorkshopDoc } from '../electron/storage/workshop-file';
import { percentile, type BenchResult } from './types';

const SIZES = [10, 50, 100, 200];
const RATES = [100, 500];
const SEND_MS = 3000;
const DRAIN_MS = 4000;
const CARDS = 500;

type Kind = 'offsite-hub' | 'hocuspocus-default' | 'ws-echo';

interface Peer {
  doc: Y.Doc;
  cardId: string;
  close(): void;
}

function tmp(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A 500-card workshop, as one update every peer and server starts from. */
function seedUpdate(): { update: Uint8Array; ids: string[] } {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: 'Bench' });
  const ids = createProjects(
    doc,
    Array.from({ length: CARDS }, (_, i) => ({
      title: `Card ${i}`,
      description: 'x'.repeat(200),
      team: 'Team',
    })),
  );
  return { update: Y.encodeStateAsUpdate(doc), ids };
}

function until(predicate: () => boolean, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const end = Date.now() + ms;
    const tick = () => {
      if (predicate()) return resolve(true);
      if (Date.now() > end) return resolve(false);
      setTimeout(tick, 20);
    };
    tick();
  });
}

function providerPeer(
  url: string,
  name: string,
  token: string,
  cardId: string,
  seed: Uint8Array | null,
): Promise<Peer> {
  const doc = new Y.Doc();
  if (seed) Y.applyUpdate(doc, seed);
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('provider did not sync in 30 s')), 30_000);
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document: doc,
      token,
      onSynced: () => {
        clearTimeout(timer);
        resolve({
          doc,
          cardId,
          close: () => {
            provider.destroy();
            socket.destroy();
          },
        });
      },
    });
    provider.attach();
  });
}

/** Raw relay: every message goes to every other socket, no CRDT on the server. */
async function echoServer(): Promise<{ url: string; close(): Promise<void> }> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
  await new Promise((resolve) => wss.once('listening', resolve));
  wss.on('connection', (ws) => {
    ws.on('message', (data, isBinary) => {
      for (const other of wss.clients)
        if (other !== ws && other.readyState === WebSocket.OPEN)
          other.send(data, { binary: isBinary });
    });
  });
  const port = (wss.address() as { port: number }).port;
  return {
    url: `ws://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close(() => resolve());
      }),
  };
}

async function echoPeer(url: string, seed: Uint8Array, cardId: string): Promise<Peer> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seed);
  const ws = new WebSocket(url, { perMessageDeflate: false });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const REMOTE = {};
  doc.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) ws.send(u);
  });
  ws.on('message', (data: Buffer) => Y.applyUpdate(doc, new Uint8Array(data), REMOTE));
  return { doc, cardId, close: () => ws.terminate() };
}

interface Setup {
  peers: Peer[];
  reference: () => Promise<Uint8Array>;
  close(): Promise<void>;
}

interface ServerReady {
  url: string;
  room: string;
  token: string;
}

/**
 * The server side runs in a worker thread of this process: in a room the hub has its own
 * machine, and on one event loop the N client docs (not the server) would dominate every
 * figure. All three servers run the same way, so the comparison stays fair.
 */
async function serveInWorker(kind: Kind, n: number, seed: Uint8Array): Promise<ServerReady> {
  let ready: ServerReady;
  let stateVector: () => Uint8Array;
  let close: () => Promise<void>;
  if (kind === 'offsite-hub') {
    const hub = await startHub({
      host: '127.0.0.1',
      port: 0,
      dataDir: tmp('offsite-bench-'),
      webRoot: tmp('offsite-bench-web-'),
      maxConnections: n + 10,
      // HUB_BENCH_WINDOW_MS tries another broadcast batching window (default: the hub's).
      ...(process.env.HUB_BENCH_SAVE_MS && {
        saveDebounceMs: Number(process.env.HUB_BENCH_SAVE_MS),
        saveMaxDebounceMs: Number(process.env.HUB_BENCH_SAVE_MS),
      }),
      ...(process.env.HUB_BENCH_WINDOW_MS && {
        broadcastWindowMs: Number(process.env.HUB_BENCH_WINDOW_MS),
      }),
      log: (m) => process.stderr.write(`[hub] ${m}\n`),
    });
    Y.applyUpdate(hub.document, seed);
    ready = { url: hub.wsUrl, room: hub.room, token: hub.tokens.participant };
    stateVector = () => Y.encodeStateVector(hub.document);
    close = () => hub.close();
  } else if (kind === 'hocuspocus-default') {
    const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false });
    await server.listen();
    const direct = await server.hocuspocus.openDirectConnection('bench');
    await direct.transact((doc) => Y.applyUpdate(doc, seed));
    ready = { url: `ws://127.0.0.1:${server.address.port}`, room: 'bench', token: '' };
    stateVector = () => Y.encodeStateVector(direct.document!);
    close = async () => {
      await direct.disconnect();
      await server.destroy();
    };
  } else {
    const echo = await echoServer();
    ready = { url: echo.url, room: '', token: '' };
    stateVector = () => new Uint8Array();
    close = () => echo.close();
  }
  parentPort!.on('message', (m: string) => {
    if (m === 'sv') parentPort!.postMessage({ sv: stateVector() });
    if (m === 'close') void close().then(() => parentPort!.postMessage({ closed: true }));
  });
  return ready;
}

if (!isMainThread && (workerData as { benchServer?: Kind } | null)?.benchServer) {
  const data = workerData as { benchServer: Kind; n: number; seed: Uint8Array };
  void serveInWorker(data.benchServer, data.n, data.seed).then((ready) =>
    parentPort!.postMessage({ ready }),
  );
}

function request<T>(worker: Worker, message: string, key: string): Promise<T> {
  return new Promise((resolve) => {
    const on = (m: Record<string, unknown>) => {
      if (!(key in m)) return;
      worker.off('message', on);
      resolve(m[key] as T);
    };
    worker.on('message', on);
    if (message) worker.postMessage(message);
  });
}

async function setup(
  kind: Kind,
  n: number,
  seed: { update: Uint8Array; ids: string[] },
): Promise<Setup> {
  const card = (i: number) => seed.ids[i % seed.ids.length]!;
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { benchServer: kind, n, seed: seed.update },
  });
  const ready = await request<ServerReady>(worker, '', 'ready');
  const peers: Peer[] = [];
  for (let i = 0; i < n; i++) {
    peers.push(
      kind === 'ws-echo'
        ? await echoPeer(ready.url, seed.update, card(i))
        : await providerPeer(ready.url, ready.room, ready.token, card(i), null),
    );
  }
  return {
    peers,
    reference: async () =>
      kind === 'ws-echo'
        ? Y.encodeStateVector(peers[0]!.doc)
        : request<Uint8Array>(worker, 'sv', 'sv'),
    close: async () => {
      peers.forEach((p) => p.close());
      await request(worker, 'close', 'closed');
      await worker.terminate();
    },
  };
}

async function measure(
  kind: Kind,
  n: number,
  rate: number,
  seed: { update: Uint8Array; ids: string[] },
): Promise<BenchResult[]> {
  const s = await setup(kind, n, seed);
  await until(() => s.peers.every((p) => readProjects(p.doc).length >= CARDS), 30_000);
  const samples: number[] = [];
  let expected = 0;
  // Each card is edited by one peer, in order. A receiver may see several edits of a card in
  // one merged update (the hub batches): every edit up to the one it now shows has arrived.
  const sentAt: number[] = [];
  const cardSeqs = new Map<string, number[]>();
  const indexInCard: number[] = [];
  for (const peer of s.peers) {
    const seen = new Map<string, number>();
    peer.doc.getMap('projects').observeDeep((events, tx) => {
      if (tx.local) return;
      const now = performance.now();
      for (const e of events) {
        if (!(e.target instanceof Y.Map) || !e.keysChanged.has('title')) continue;
        const title = e.target.get('title');
        if (typeof title !== 'string' || !title.startsWith('b|')) continue;
        const seq = Number(title.slice(2));
        const card = e.target.get('id') as string;
        const list = cardSeqs.get(card)!;
        const upTo = indexInCard[seq]!;
        for (let j = (seen.get(card) ?? -1) + 1; j <= upTo; j++)
          samples.push(now - sentAt[list[j]!]!);
        seen.set(card, Math.max(seen.get(card) ?? -1, upTo));
      }
    });
  }
  // Paced sending: `rate` edits per second in total, round-robin over the peers.
  const start = performance.now();
  let seq = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const elapsed = performance.now() - start;
      const due = Math.min(
        Math.floor((elapsed * rate) / 1000),
        Math.floor((SEND_MS * rate) / 1000),
      );
      while (seq < due) {
        const peer = s.peers[seq % s.peers.length]!;
        const list = cardSeqs.get(peer.cardId) ?? [];
        cardSeqs.set(peer.cardId, list);
        indexInCard[seq] = list.length;
        list.push(seq);
        sentAt[seq] = performance.now();
        updateProject(peer.doc, peer.cardId, { title: `b|${seq}` });
        seq++;
        expected += s.peers.length - 1;
      }
      if (elapsed >= SEND_MS) resolve();
      else setTimeout(tick, 5);
    };
    tick();
  });
  await until(() => samples.length >= expected, DRAIN_MS);
  const ref = Buffer.from(await s.reference());
  const same = (p: Peer) => Buffer.from(Y.encodeStateVector(p.doc)).equals(ref);
  await until(() => s.peers.every(same), 2000);
  const divergent = s.peers.filter((p) => !same(p)).length;
  await s.close();
  const params = { server: kind, peers: n, updatesPerSecond: rate, updates: seq };
  return [
    { name: `room propagation p50 (${kind})`, value: percentile(samples, 50), unit: 'ms', params },
    { name: `room propagation p95 (${kind})`, value: percentile(samples, 95), unit: 'ms', params },
    { name: `room propagation p99 (${kind})`, value: percentile(samples, 99), unit: 'ms', params },
    {
      name: `room deliveries missing (${kind})`,
      value: Math.max(0, expected - samples.length),
      unit: 'deliveries',
      params,
    },
    { name: `room divergent peers (${kind})`, value: divergent, unit: 'peers', params },
  ];
}

/** RSS of a real `offsite hub` process serving a 500-card workshop to 100 editing peers. */
async function hubRss(seed: { update: Uint8Array; ids: string[] }): Promise<BenchResult[]> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });
  const file = join(tmp('offsite-bench-rss-'), 'bench.offsite');
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seed.update);
  await saveWorkshopDoc(file, doc);
  const child = spawn(
    process.execPath,
    ['bin/offsite.mjs', 'hub', '--host', '127.0.0.1', '--workshop', file, '--json'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error('hub did not start')), 20_000);
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('\n')) {
          clearTimeout(timer);
          resolve(out.slice(0, out.indexOf('\n')));
        }
      });
    });
    const info = JSON.parse(line) as { ws: string; room: string; token: string };
    const peers: Peer[] = [];
    for (let i = 0; i < 100; i++)
      peers.push(await providerPeer(info.ws, info.room, info.token, seed.ids[i]!, null));
    for (let round = 0; round < 30; round++) {
      for (const p of peers.slice(0, 10)) updateProject(p.doc, p.cardId, { title: `r${round}` });
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 2500));
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
    peers.forEach((p) => p.close());
    const params = { cards: CARDS, peers: 100 };
    return [
      { name: 'hub RSS (offsite hub process)', value: kb('VmRSS') / 1024, unit: 'MB', params },
      { name: 'hub peak RSS (offsite hub process)', value: kb('VmHWM') / 1024, unit: 'MB', params },
    ];
  } finally {
    child.kill('SIGTERM');
  }
}

/** Cost of the facilitation guard per incoming update, on the 500-card workshop. */
function guardCost(seed: { update: Uint8Array; ids: string[] }): BenchResult[] {
  const hub = new Y.Doc();
  Y.applyUpdate(hub, seed.update);
  lockStep(hub, 'okrs');
  const client = new Y.Doc();
  Y.applyUpdate(client, seed.update);
  const updates: Uint8Array[] = [];
  client.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < 2000; i++)
    updateProject(client, seed.ids[i % seed.ids.length]!, { title: `g${i}` });
  // Warm up the JIT on a scratch copy first, as a running hub would be.
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, seed.update);
  for (const u of updates) {
    checkUpdate(scratch, u, 'participant');
    Y.applyUpdate(scratch, u);
  }
  const start = performance.now();
  for (const u of updates) {
    checkUpdate(hub, u, 'participant');
    Y.applyUpdate(hub, u);
  }
  const withApply = performance.now() - start;
  const plain = new Y.Doc();
  Y.applyUpdate(plain, seed.update);
  const warm = new Y.Doc();
  Y.applyUpdate(warm, seed.update);
  for (const u of updates) Y.applyUpdate(warm, u);
  const t0 = performance.now();
  for (const u of updates) Y.applyUpdate(plain, u);
  const applyOnly = performance.now() - t0;
  const params = { cards: CARDS, updates: updates.length };
  return [
    {
      name: 'guard check per update',
      value: ((withApply - applyOnly) * 1000) / updates.length,
      unit: 'µs',
      params,
    },
    {
      name: 'Yjs apply per update (for scale)',
      value: (applyOnly * 1000) / updates.length,
      unit: 'µs',
      params,
    },
  ];
}

export async function run(): Promise<BenchResult[]> {
  const seed = seedUpdate();
  const results: BenchResult[] = [...guardCost(seed)];
  const only = process.env.HUB_BENCH_SIZES?.split(',').map(Number);
  for (const n of only ?? SIZES) {
    for (const rate of RATES) {
      const kinds = (process.env.HUB_BENCH_SERVERS?.split(',') ?? [
        'offsite-hub',
        'hocuspocus-default',
        'ws-echo',
      ]) as Kind[];
      for (const kind of kinds) {
        const r = await measure(kind, n, rate, seed);
        process.stderr.write(
          `hub-propagation: ${kind} N=${n} ${rate}/s: ${r
            .map(
              (x) =>
                `${x.name.split(' (')[0]!.replace('room ', '')}=${Math.round(x.value * 10) / 10}`,
            )
            .join(' ')}\n`,
        );
        results.push(...r);
      }
    }
  }
  if (!process.env.HUB_BENCH_SKIP_RSS) results.push(...(await hubRss(seed)));
  return results;
}
