// `offsite serve` at scale: 1,000 clients across 50 workshops (20 each), each client editing
// its own card once every 5 s on average (open loop: the send times are fixed in advance,
// whatever the server does), on 1 serve process and on 2 serve processes + Redis, in the
// same run. The clients live in 4 child processes of their own (not the servers'); with 2
// servers, each workshop's clients are split between them, so half of every fan-out crosses
// Redis. Reports propagation p50/p99 (edit → arrival at each of the 19 other clients), server
// CPU per delivered update (the serve processes' CPU time / deliveries; Redis's own CPU
// beside it), RSS per process, achieved vs offered rates, and the Redis overhead as ratios.
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createProjects, initWorkshop, readProjects, updateProject } from '../shared/model';
import { saveWorkshopDoc } from '../electron/storage/workshop-file';
import {
  missingPostgres,
  missingRedis,
  startPostgres,
  startRedis,
  type Service,
} from '../test/support/services';
import { reply } from './_ipc';
import { percentile, type BenchResult } from './types';

const WORKSHOPS = Number(process.env.SERVE_BENCH_WORKSHOPS ?? 50);
const PER_WORKSHOP = 20;
const CLIENT_PROCESSES = 4;
const EDIT_EVERY_MS = 5000;
const SEND_MS = Number(process.env.SERVE_BENCH_SEND_MS ?? 30_000);
const DRAIN_MS = 5000;
const CARDS = 40;

/** Now, in ms since the epoch with sub-ms precision: comparable across processes. */
const now = () => performance.timeOrigin + performance.now();

// ---------------------------------------------------------------- client processes

interface ClientSpec {
  readonly ws: string;
  readonly room: string;
  readonly token: string;
  /** Which serve process the client is connected to (0 or 1). */
  readonly server: number;
  /** Which card the client edits: its place in the workshop's card order. */
  readonly cardIndex: number;
  readonly name: string;
}

type ToClient =
  | { type: 'connect'; clients: ClientSpec[] }
  | { type: 'start'; at: number; sendMs: number; everyMs: number }
  | { type: 'report' }
  | { type: 'close' };

interface ClientReport {
  latencies: number[];
  /** When each latency was taken (ms since the epoch), to see whether a backlog grows. */
  arrivals: number[];
  local: number[];
  crossing: number[];
  sent: number;
  scheduled: number;
  /** Edits of other clients seen (each counted once per receiving client). */
  received: number;
  /** Client CPU (ms) over the run, for the record: the harness's own cost. */
  cpuMs: number;
}

/**
 * ws emits 'error' when the provider gives up on a connection attempt that is still
 * opening (its attempt timeout, under load); with no listener that kills the process.
 * The provider retries on its own: the error only needs a listener.
 */
class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}

async function clientMain(): Promise<void> {
  const send = (m: unknown) => process.send!(m);
  interface Live {
    spec: ClientSpec;
    doc: Y.Doc;
    card: string;
    close(): void;
  }
  let live: Live[] = [];
  const latencies: number[] = [];
  const arrivals: number[] = [];
  /** Latencies of edits made on the receiver's own serve process, and on the other one. */
  const local: number[] = [];
  const crossing: number[] = [];
  let received = 0;
  let sent = 0;
  let scheduled = 0;
  let cpuStart = process.cpuUsage();

  const connectOne = (spec: ClientSpec) =>
    new Promise<Live>((resolve, reject) => {
      const doc = new Y.Doc();
      const socket = new HocuspocusProviderWebsocket({
        url: spec.ws,
        WebSocketPolyfill: QuietWebSocket,
        maxAttempts: 0,
      });
      const timer = setTimeout(() => reject(new Error(`no sync for ${spec.name}`)), 60_000);
      const provider = new HocuspocusProvider({
        websocketProvider: socket,
        name: spec.room,
        document: doc,
        token: spec.token,
        onSynced: () => {
          clearTimeout(timer);
          resolve({
            spec,
            doc,
            card: readProjects(doc)[spec.cardIndex]!.id,
            close: () => {
              provider.destroy();
              socket.destroy();
            },
          });
        },
      });
      provider.attach();
      provider.setAwarenessField('user', { name: spec.name, color: '#336699' });
      // Every title change of another client's card is one delivery: `b|<sentAt>`.
      doc.getMap('projects').observeDeep((events, tx) => {
        if (tx.local) return;
        const at = now();
        for (const e of events) {
          if (!(e.target instanceof Y.Map) || !e.keysChanged.has('title')) continue;
          const title = e.target.get('title');
          if (typeof title !== 'string' || !title.startsWith('b|')) continue;
          received++;
          const [, sentAt, from] = title.split('|');
          const latency = at - Number(sentAt);
          latencies.push(latency);
          arrivals.push(at);
          (Number(from) === spec.server ? local : crossing).push(latency);
        }
      });
    });

  process.on('message', async (m: ToClient) => {
    if (m.type === 'connect') {
      // In small groups: a thousand sockets at once would meet the server's limit on
      // connections still authenticating, and measure the retry, not the server.
      for (let i = 0; i < m.clients.length; i += 10)
        live.push(...(await Promise.all(m.clients.slice(i, i + 10).map(connectOne))));
      send({ type: 'connected', count: live.length });
    } else if (m.type === 'start') {
      latencies.length = 0;
      arrivals.length = 0;
      local.length = 0;
      crossing.length = 0;
      received = 0;
      cpuStart = process.cpuUsage();
      // Open loop: each client's edits are at fixed times (a random phase, then every
      // `everyMs` on average), whatever happens to the ones before.
      for (const client of live) {
        let t = m.at + Math.random() * m.everyMs;
        while (t < m.at + m.sendMs) {
          scheduled++;
          const due = t;
          setTimeout(
            () => {
              updateProject(client.doc, client.card, { title: `b|${now()}|${client.spec.server}` });
              sent++;
            },
            Math.max(0, due - Date.now()),
          );
          t += m.everyMs * (0.5 + Math.random());
        }
      }
      send({ type: 'started' });
    } else if (m.type === 'report') {
      const cpu = process.cpuUsage(cpuStart);
      const report: ClientReport = {
        latencies,
        arrivals,
        local,
        crossing,
        sent,
        scheduled,
        received,
        cpuMs: (cpu.user + cpu.system) / 1000,
      };
      send({ type: 'report', report });
    } else if (m.type === 'close') {
      live.forEach((c) => c.close());
      live = [];
      send({ type: 'closed' });
      setTimeout(() => process.exit(0), 100);
    }
  });
  send({ type: 'hello' });
}

if (process.env.OFFSITE_SERVE_BENCH_CLIENT === '1') void clientMain();

// ---------------------------------------------------------------- the run

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The workshops as .offsite files in a folder `--import` takes: each with CARDS cards. */
async function seedFolder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'offsite-bench-serve-seed-'));
  for (let w = 0; w < WORKSHOPS; w++) {
    const doc = new Y.Doc();
    initWorkshop(doc, { id: `bench-w${String(w).padStart(2, '0')}`, title: `Bench ${w}` });
    createProjects(
      doc,
      Array.from({ length: CARDS }, (_, i) => ({ title: `Card ${i}`, team: 'Team' })),
    );
    await saveWorkshopDoc(join(dir, `w${w}.offsite`), doc);
  }
  return dir;
}

interface Serve {
  child: ChildProcess;
  port: number;
  workshops: { workshop: string; token: string; ws: string }[];
}

function startServe(args: string[], expect: number): Promise<Serve> {
  const child = spawn(
    process.execPath,
    ['bin/offsite.mjs', 'serve', '--host', '127.0.0.1', '--port', '0', '--json', ...args],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-4000)));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${err}`)), 120_000);
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const lines = out.split('\n');
      if (lines.length < expect + 2) return;
      clearTimeout(timer);
      const [first, ...rest] = lines.slice(0, expect + 1).map((l) => JSON.parse(l));
      resolve({ child, port: first.port, workshops: rest });
    });
  });
}

/**
 * CPU time (ms), RSS (MB), and time its main thread spent runnable but waiting for a CPU
 * (ms, /proc/PID/schedstat): a process that waits much is starved by the machine, not slow.
 */
function procStats(pid: number): { cpuMs: number; rssMb: number; waitMs: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
  const waitNs = Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]);
  return { cpuMs: (ticks * 1000) / 100, rssMb: rss, waitMs: waitNs / 1e6 };
}

async function measure(
  label: '1 process' | '2 processes + Redis',
  db: string,
  redis: Service | null,
  seed: string,
): Promise<{ results: BenchResult[]; p50: number; p99: number; cpuPerDelivery: number }> {
  const data = () => mkdtempSync(join(tmpdir(), 'offsite-bench-serve-'));
  const common = ['--db', db, ...(redis ? ['--redis', redis.url] : [])];
  const servers = [await startServe(['--data', data(), ...common, '--import', seed], WORKSHOPS)];
  if (redis) servers.push(await startServe(['--data', data(), ...common], WORKSHOPS));
  const clientsOf: ClientSpec[][] = Array.from({ length: CLIENT_PROCESSES }, () => []);
  let k = 0;
  for (const w of servers[0]!.workshops) {
    for (let i = 0; i < PER_WORKSHOP; i++) {
      // Alternate servers within each workshop: half of every fan-out crosses Redis.
      const server = servers[i % servers.length]!;
      clientsOf[k++ % CLIENT_PROCESSES]!.push({
        ws: `ws://127.0.0.1:${server.port}/collab`,
        room: w.workshop,
        token: w.token,
        cardIndex: i,
        name: `c${i}`,
        server: i % servers.length,
      });
    }
  }
  const children = clientsOf.map(() =>
    fork(fileURLToPath(import.meta.url), [], {
      env: { ...process.env, OFFSITE_SERVE_BENCH_CLIENT: '1' },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    }),
  );
  try {
    await Promise.all(children.map((c) => reply(c, 'hello')));
    await Promise.all(
      children.map((c, i) => {
        c.send({ type: 'connect', clients: clientsOf[i] } satisfies ToClient);
        return reply(c, 'connected', 300_000);
      }),
    );
    const before = servers.map((s) => procStats(s.child.pid!));
    const redisBefore = redis ? redisCpu(redis) : 0;
    const at = Date.now() + 500;
    await Promise.all(
      children.map((c) => {
        c.send({ type: 'start', at, sendMs: SEND_MS, everyMs: EDIT_EVERY_MS } satisfies ToClient);
        return reply(c, 'started');
      }),
    );
    await new Promise((r) => setTimeout(r, at - Date.now() + SEND_MS + DRAIN_MS));
    const after = servers.map((s) => procStats(s.child.pid!));
    const redisMs = redis ? redisCpu(redis) - redisBefore : 0;
    const reports = await Promise.all(
      children.map((c) => {
        c.send({ type: 'report' } satisfies ToClient);
        return reply<{ report: ClientReport }>(c, 'report').then((m) => m.report);
      }),
    );
    const latencies = reports.flatMap((r) => r.latencies);
    const arrivals = reports.flatMap((r) => r.arrivals);
    // The first and the last fifth of the sending window: a p50 that grows from one to the
    // other is a backlog (the machine did not keep up with the offered rate).
    const fifth = SEND_MS / 5;
    const within = (from: number, to: number) =>
      latencies.filter((_, i) => arrivals[i]! >= at + from && arrivals[i]! < at + to);
    const sent = reports.reduce((a, r) => a + r.sent, 0);
    const scheduled = reports.reduce((a, r) => a + r.scheduled, 0);
    const deliveries = reports.reduce((a, r) => a + r.received, 0);
    const serverCpu = after.reduce((a, s, i) => a + s.cpuMs - before[i]!.cpuMs, 0);
    const serverWait = after.reduce((a, s, i) => a + s.waitMs - before[i]!.waitMs, 0);
    const clientCpu = reports.reduce((a, r) => a + r.cpuMs, 0);
    const seconds = SEND_MS / 1000;
    const params = {
      servers: label,
      clients: WORKSHOPS * PER_WORKSHOP,
      workshops: WORKSHOPS,
      perWorkshop: PER_WORKSHOP,
      clientProcesses: CLIENT_PROCESSES,
      editEverySeconds: EDIT_EVERY_MS / 1000,
      sendSeconds: seconds,
      db: db.startsWith('postgres') ? 'postgres' : 'sqlite',
      // The machine is shared: its load during the run says how much the figures mean.
      loadAverage1m: Math.round(loadavg()[0]! * 10) / 10,
    };
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    const cpuPerDelivery = (serverCpu * 1000) / Math.max(1, deliveries);
    const results: BenchResult[] = [
      { name: `serve propagation p50 (${label})`, value: p50, unit: 'ms', params },
      { name: `serve propagation p99 (${label})`, value: p99, unit: 'ms', params },
      ...(redis
        ? [
            {
              name: `serve propagation p50, sender on the same process (${label})`,
              value: percentile(
                reports.flatMap((r) => r.local),
                50,
              ),
              unit: 'ms',
              params,
            },
            {
              name: `serve propagation p50, sender on the other process (${label})`,
              value: percentile(
                reports.flatMap((r) => r.crossing),
                50,
              ),
              unit: 'ms',
              params,
            },
          ]
        : []),
      {
        name: `serve propagation p50, first fifth of the window (${label})`,
        value: percentile(within(0, fifth), 50),
        unit: 'ms',
        params,
      },
      {
        name: `serve propagation p50, last fifth of the window (${label})`,
        value: percentile(within(SEND_MS - fifth, SEND_MS), 50),
        unit: 'ms',
        params,
      },
      {
        name: `serve edits offered (${label})`,
        value: scheduled / seconds,
        unit: 'edits/s',
        params,
      },
      { name: `serve edits achieved (${label})`, value: sent / seconds, unit: 'edits/s', params },
      {
        name: `serve deliveries offered (${label})`,
        value: (scheduled * (PER_WORKSHOP - 1)) / seconds,
        unit: 'deliveries/s',
        params,
      },
      {
        name: `serve deliveries achieved (${label})`,
        value: deliveries / seconds,
        unit: 'deliveries/s',
        params,
      },
      {
        name: `serve deliveries missing (${label})`,
        value: Math.max(0, sent * (PER_WORKSHOP - 1) - deliveries),
        unit: 'deliveries',
        params,
      },
      {
        name: `serve CPU per delivered update (${label})`,
        value: cpuPerDelivery,
        unit: 'µs',
        params,
      },
      {
        name: `serve CPU, all serve processes (${label})`,
        value: (serverCpu / 1000 / (seconds + DRAIN_MS / 1000)) * 100,
        unit: '% of one core',
        params,
      },
      {
        name: `serve run-queue wait, all serve processes (${label})`,
        value: (serverWait / 1000 / (seconds + DRAIN_MS / 1000)) * 100,
        unit: '% of the window',
        params,
      },
      ...after.map((s, i) => ({
        name: `serve RSS, process ${i + 1} (${label})`,
        value: s.rssMb,
        unit: 'MB',
        params,
      })),
      {
        name: `client processes CPU per delivered update (${label})`,
        value: (clientCpu * 1000) / Math.max(1, deliveries),
        unit: 'µs',
        params,
      },
    ];
    if (redis)
      results.push({
        name: `redis-server CPU per delivered update (${label})`,
        value: (redisMs * 1000) / Math.max(1, deliveries),
        unit: 'µs',
        params,
      });
    return { results, p50, p99, cpuPerDelivery };
  } finally {
    await Promise.all(
      children.map(async (c) => {
        if (c.exitCode !== null || c.signalCode !== null) return;
        c.send({ type: 'close' } satisfies ToClient);
        await reply(c, 'closed', 30_000).catch(() => c.kill('SIGKILL'));
      }),
    );
    for (const s of servers) s.child.kill('SIGTERM');
    await Promise.all(servers.map((s) => new Promise((r) => s.child.once('exit', r))));
  }
}

function redisCpu(redis: Service): number {
  return redis.pid ? procStats(redis.pid).cpuMs : 0;
}

export async function run(): Promise<BenchResult[]> {
  const skip = missingRedis();
  if (skip) {
    console.error(`bench serve: skipped, ${skip}`);
    return [];
  }
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });
  const seed = await seedFolder();
  const redis = await startRedis();
  const pg = missingPostgres() ? null : await startPostgres();
  try {
    const db = async (name: string) =>
      pg
        ? pg.createDatabase(name)
        : `sqlite:${join(mkdtempSync(join(tmpdir(), 'offsite-bench-db-')), 'db.sqlite')}`;
    const one = await measure('1 process', await db('bench_one'), null, seed);
    const two = await measure('2 processes + Redis', await db('bench_two'), redis, seed);
    const params = { clients: WORKSHOPS * PER_WORKSHOP, workshops: WORKSHOPS };
    return [
      ...one.results,
      ...two.results,
      {
        name: 'serve Redis overhead: p50 ratio (2 + Redis / 1)',
        value: two.p50 / one.p50,
        unit: '×',
        params,
      },
      {
        name: 'serve Redis overhead: p99 ratio (2 + Redis / 1)',
        value: two.p99 / one.p99,
        unit: '×',
        params,
      },
      {
        name: 'serve Redis overhead: server CPU per delivery ratio (2 + Redis / 1)',
        value: two.cpuPerDelivery / one.cpuPerDelivery,
        unit: '×',
        params,
      },
    ];
  } finally {
    await redis.stop();
    await pg?.stop();
  }
}
