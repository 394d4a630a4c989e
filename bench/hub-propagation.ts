// Room propagation: the Offsite hub, a plain Hocuspocus server (default settings) and a raw
// WebSocket relay (the floor: no CRDT on the server), each in a child process of its own, with
// N real clients in this process on loopback. Edits are paced open-loop (edit k is due at
// start + k/rate, whatever happened to the ones before) and latency runs from that due time,
// so a late sender counts against the figure instead of hiding it. Reports, per run: offered
// and achieved rates, the server's CPU per delivered update (its own process.cpuUsage), the
// clients' CPU per delivery, WebSocket messages and bytes each peer receives per second, the
// latency percentiles, missing deliveries and divergent peers; then the hub's RSS with a
// 500-card workshop (a spawned `offsite hub` process).
import { spawn, execFileSync, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
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
import { reply } from './_ipc';
import { percentile, type BenchResult } from './types';

/** Peers × offered edits per second (in total, round-robin over the peers). */
const RUNS: readonly (readonly [number, number])[] = [
  [100, 100],
  [100, 500],
  [200, 500],
];
const SEND_MS = Number(process.env.HUB_BENCH_SEND_MS ?? 3000);
/** Long enough that a backlog drains and "missing" means lost, not late. */
const DRAIN_MS = 10_000;
const CARDS = 500;

type Kind = 'offsite-hub' | 'hocuspocus-default' | 'ws-echo';

interface Peer {
  doc: Y.Doc;
  cardId: string;
  close(): void;
}

/** What the clients' sockets received: every frame, and the awareness frames among them. */
interface Traffic {
  frames: number;
  awareness: number;
  bytes: number;
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

/** Hocuspocus' message type: after the document name (a length-prefixed string). */
function messageType(data: Uint8Array): number {
  let i = 0;
  let length = 0;
  for (let shift = 0; i < data.length; shift += 7) {
    const byte = data[i++]!;
    length += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) break;
  }
  return data[i + length] ?? -1;
}

const AWARENESS = 1;

/**
 * Time (ms) this process's main thread has spent runnable but waiting for a CPU: on a shared
 * machine, a figure taken while this grows is the machine's, not the code's.
 */
function waitedMs(): number {
  return Number(readFileSync('/proc/self/schedstat', 'utf8').split(' ')[1]) / 1e6;
}

/** A ws WebSocket that counts what it receives, for the provider to open. */
function countingWebSocket(traffic: Traffic): typeof WebSocket {
  return class extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      this.on('message', (data: Buffer | ArrayBuffer) => {
        const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data;
        traffic.frames++;
        traffic.bytes += bytes.byteLength;
        if (messageType(bytes) === AWARENESS) traffic.awareness++;
      });
    }
  };
}

function providerPeer(
  url: string,
  name: string,
  token: string,
  cardId: string,
  traffic: Traffic = { frames: 0, awareness: 0, bytes: 0 },
): Promise<Peer> {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: countingWebSocket(traffic),
  });
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

async function echoPeer(
  url: string,
  seed: Uint8Array,
  cardId: string,
  traffic: Traffic,
): Promise<Peer> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seed);
  const ws = new WebSocket(url, { perMessageDeflate: false });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const REMOTE = {};
  doc.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) ws.send(u);
  });
  ws.on('message', (data: Buffer) => {
    traffic.frames++;
    traffic.bytes += data.byteLength;
    Y.applyUpdate(doc, new Uint8Array(data), REMOTE);
  });
  return { doc, cardId, close: () => ws.terminate() };
}

// ---------------------------------------------------------------- the server process

interface ServerReady {
  url: string;
  room: string;
  token: string;
}

type ToServer =
  | { type: 'init'; n: number; seed: Uint8Array }
  | { type: 'start' }
  | { type: 'stop' }
  | { type: 'sv' }
  | { type: 'close' };

/**
 * The server runs in a child process of its own, as a hub has its own machine in a room:
 * on one event loop the N client docs would dominate every figure, and only a process of
 * its own lets process.cpuUsage() say what the server alone spent (on Node 20 a worker
 * thread's CPU is not separable from the process's). All three servers run the same way.
 */
async function serve(kind: Kind, n: number, seed: Uint8Array) {
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
    return {
      ready: { url: hub.wsUrl, room: hub.room, token: hub.tokens.participant },
      stateVector: () => Y.encodeStateVector(hub.document),
      close: () => hub.close(),
    };
  }
  if (kind === 'hocuspocus-default') {
    const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false });
    await server.listen();
    const direct = await server.hocuspocus.openDirectConnection('bench');
    await direct.transact((doc) => Y.applyUpdate(doc, seed));
    return {
      ready: { url: `ws://127.0.0.1:${server.address.port}`, room: 'bench', token: '' },
      stateVector: () => Y.encodeStateVector(direct.document!),
      close: async () => {
        await direct.disconnect();
        await server.destroy();
      },
    };
  }
  const echo = await echoServer();
  return {
    ready: { url: echo.url, room: '', token: '' },
    stateVector: () => new Uint8Array(),
    close: () => echo.close(),
  };
}

function serverMain(kind: Kind): void {
  const send = (m: unknown) => process.send!(m);
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  let cpuStart = process.cpuUsage();
  let waitStart = 0;
  process.on('message', (m: ToServer) => {
    if (m.type === 'init') {
      void serve(kind, m.n, m.seed).then((s) => {
        server = s;
        send({ type: 'ready', ready: s.ready });
      });
    } else if (m.type === 'start') {
      cpuStart = process.cpuUsage();
      waitStart = waitedMs();
      send({ type: 'started' });
    } else if (m.type === 'stop') {
      const cpu = process.cpuUsage(cpuStart);
      send({ type: 'stopped', cpuUs: cpu.user + cpu.system, waitMs: waitedMs() - waitStart });
    } else if (m.type === 'sv') {
      send({ type: 'sv', sv: server!.stateVector() });
    } else if (m.type === 'close') {
      void server!.close().then(() => {
        send({ type: 'closed' });
        setTimeout(() => process.exit(0), 50);
      });
    }
  });
  send({ type: 'hello' });
}

const SERVER_ROLE = 'OFFSITE_HUB_BENCH_SERVER';
if (process.env[SERVER_ROLE]) serverMain(process.env[SERVER_ROLE] as Kind);

// ---------------------------------------------------------------- the run

interface Setup {
  peers: Peer[];
  traffic: Traffic;
  /** Starts and stops the server's CPU count; stop answers its CPU time and run-queue wait. */
  start(): Promise<void>;
  stop(): Promise<{ cpuUs: number; waitMs: number }>;
  reference: () => Promise<Uint8Array>;
  close(): Promise<void>;
}

async function setup(
  kind: Kind,
  n: number,
  seed: { update: Uint8Array; ids: string[] },
): Promise<Setup> {
  const card = (i: number) => seed.ids[i % seed.ids.length]!;
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, [SERVER_ROLE]: kind },
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ask = <T>(m: ToServer, type: string) => {
    const answer = reply<T>(child, type);
    child.send(m);
    return answer;
  };
  await reply(child, 'hello');
  const { ready } = await ask<{ ready: ServerReady }>(
    { type: 'init', n, seed: seed.update },
    'ready',
  );
  const traffic: Traffic = { frames: 0, awareness: 0, bytes: 0 };
  const peers: Peer[] = [];
  for (let i = 0; i < n; i++) {
    peers.push(
      kind === 'ws-echo'
        ? await echoPeer(ready.url, seed.update, card(i), traffic)
        : await providerPeer(ready.url, ready.room, ready.token, card(i), traffic),
    );
  }
  return {
    peers,
    traffic,
    start: async () => void (await ask({ type: 'start' }, 'started')),
    stop: () => ask<{ cpuUs: number; waitMs: number }>({ type: 'stop' }, 'stopped'),
    reference: async () =>
      kind === 'ws-echo'
        ? Y.encodeStateVector(peers[0]!.doc)
        : (await ask<{ sv: Uint8Array }>({ type: 'sv' }, 'sv')).sv,
    close: async () => {
      peers.forEach((p) => p.close());
      await ask({ type: 'close' }, 'closed').catch(() => child.kill('SIGKILL'));
    },
  };
}

const round1 = (v: number) => Math.round(v * 10) / 10;

async function measure(
  kind: Kind,
  n: number,
  rate: number,
  seed: { update: Uint8Array; ids: string[] },
): Promise<BenchResult[]> {
  const s = await setup(kind, n, seed);
  await until(() => s.peers.every((p) => readProjects(p.doc).length >= CARDS), 30_000);
  const total = Math.round((SEND_MS * rate) / 1000);
  const samples: number[] = [];
  const lateness: number[] = [];
  let lastArrival = 0;
  // Each card is edited by one peer, in order. A receiver may see several edits of a card in
  // one merged update (the hub batches): every edit up to the one it now shows has arrived.
  const dueAt: number[] = [];
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
          samples.push(now - dueAt[list[j]!]!);
        seen.set(card, Math.max(seen.get(card) ?? -1, upTo));
        lastArrival = now;
      }
    });
  }
  const load = loadavg().map(round1);
  await s.start();
  const cpuStart = process.cpuUsage();
  const waitStart = waitedMs();
  s.traffic.frames = s.traffic.awareness = s.traffic.bytes = 0;
  // Open loop: edit k is due at start + k/rate, round-robin over the peers. A tick sends
  // every edit already due; how late each went out is the sender's lateness.
  const start = performance.now() + 20;
  const due = (k: number) => start + (k * 1000) / rate;
  let seq = 0;
  let lastSend = start;
  await new Promise<void>((resolve) => {
    const tick = () => {
      while (seq < total && due(seq) <= performance.now()) {
        const peer = s.peers[seq % s.peers.length]!;
        const list = cardSeqs.get(peer.cardId) ?? [];
        cardSeqs.set(peer.cardId, list);
        indexInCard[seq] = list.length;
        list.push(seq);
        dueAt[seq] = due(seq);
        lastSend = performance.now();
        lateness.push(lastSend - dueAt[seq]!);
        updateProject(peer.doc, peer.cardId, { title: `b|${seq}` });
        seq++;
      }
      if (seq >= total) resolve();
      else setTimeout(tick, Math.max(0, due(seq) - performance.now()));
    };
    setTimeout(tick, 20);
  });
  const expected = total * (n - 1);
  const complete = await until(() => samples.length >= expected, DRAIN_MS);
  const end = complete ? lastArrival : performance.now();
  const server = await s.stop();
  const cpu = process.cpuUsage(cpuStart);
  const clientsWaitMs = waitedMs() - waitStart;
  const traffic = { ...s.traffic };
  const ref = Buffer.from(await s.reference());
  const same = (p: Peer) => Buffer.from(Y.encodeStateVector(p.doc)).equals(ref);
  await until(() => s.peers.every(same), 2000);
  const divergent = s.peers.filter((p) => !same(p)).length;
  await s.close();

  const deliveries = samples.length;
  const sendSeconds = (lastSend - start + 1000 / rate) / 1000;
  const windowSeconds = (end - start) / 1000;
  const params = {
    server: kind,
    peers: n,
    offeredEditsPerSecond: rate,
    edits: total,
    sendSeconds: Math.round(sendSeconds * 100) / 100,
    windowSeconds: Math.round(windowSeconds * 100) / 100,
    loadavg: load,
  };
  const perPeerSecond = (v: number) => v / n / windowSeconds;
  const figure = (name: string, value: number, unit: string): BenchResult => ({
    name: `${name} (${kind})`,
    value,
    unit,
    params,
  });
  return [
    figure('room achieved send rate', seq / sendSeconds, 'edits/s'),
    figure('room offered delivery rate', rate * (n - 1), 'deliveries/s'),
    figure('room achieved delivery rate', deliveries / windowSeconds, 'deliveries/s'),
    figure('room server CPU per delivery', server.cpuUs / deliveries, 'µs'),
    figure('room clients CPU per delivery', (cpu.user + cpu.system) / deliveries, 'µs'),
    figure('room messages per peer per second', perPeerSecond(traffic.frames), 'msg/s'),
    figure('room messages received per delivery', traffic.frames / deliveries, 'msg'),
    figure('room bytes received per delivery', traffic.bytes / deliveries, 'B'),
    figure(
      'room awareness messages per peer per second',
      perPeerSecond(traffic.awareness),
      'msg/s',
    ),
    figure('room bytes per peer per second', perPeerSecond(traffic.bytes) / 1024, 'KiB/s'),
    figure('room propagation p50', percentile(samples, 50), 'ms'),
    figure('room propagation p95', percentile(samples, 95), 'ms'),
    figure('room propagation p99', percentile(samples, 99), 'ms'),
    figure('room sender lateness p50', percentile(lateness, 50), 'ms'),
    figure('room sender lateness p99', percentile(lateness, 99), 'ms'),
    figure('room server run-queue wait', server.waitMs / 10 / windowSeconds, '% of window'),
    figure('room clients run-queue wait', clientsWaitMs / 10 / windowSeconds, '% of window'),
    figure('room deliveries missing', Math.max(0, expected - deliveries), 'deliveries'),
    figure('room divergent peers', divergent, 'peers'),
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
      peers.push(await providerPeer(info.ws, info.room, info.token, seed.ids[i]!));
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
  const sizes = process.env.HUB_BENCH_SIZES?.split(',').map(Number);
  const rates = process.env.HUB_BENCH_RATES?.split(',').map(Number);
  const kinds = (process.env.HUB_BENCH_SERVERS?.split(',') ?? [
    'offsite-hub',
    'hocuspocus-default',
    'ws-echo',
  ]) as Kind[];
  for (const [n, rate] of RUNS) {
    if (sizes && !sizes.includes(n)) continue;
    if (rates && !rates.includes(rate)) continue;
    for (const kind of kinds) {
      const r = await measure(kind, n, rate, seed);
      const brief = r
        .map((x) => `${x.name.split(' (')[0]!.replace('room ', '')}=${round1(x.value)}`)
        .join(' ');
      process.stderr.write(`hub-propagation: ${kind} N=${n} ${rate}/s: ${brief}\n`);
      results.push(...r);
    }
  }
  if (!process.env.HUB_BENCH_SKIP_RSS) results.push(...(await hubRss(seed)));
  return results;
}
