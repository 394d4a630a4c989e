// One participant pushing as hard as the hub's limits allow, for 60 s (issue 15 item 3):
// the hub's resident memory and the workshop file's size. A real `offsite hub` process with
// its default limits (64 MiB document cap); the participant is a script on a raw WebSocket
// with the participant link's token, reconnecting the moment it is cut off, and trying in
// turn what might still get through (twice: starting with the catch-up, which fills the
// cap at once, and starting with the cards, which fill it at the paced rate):
//   - a catch-up of ~28 MB (one per connection; the largest the 64 MiB cap takes at once);
//   - ~1 MiB updates of new cards whose texts are at the 20 000-character field limit;
//   - ~1 MiB updates of tiny map entries (the most Yjs items per byte);
//   - ~1 MiB updates of one-pager text (the most characters per byte),
// paced just under the message limits (90 messages/s, 4 MiB/s). OFFSITE_FLOOD_SECONDS
// shortens the push.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { collection, createProjects, initWorkshop, LIMITS } from '../shared/model';
import { saveWorkshopDoc } from '../electron/storage/workshop-file';
import { authMessage, syncMessage } from '../test/integration/hub-helpers';
import type { BenchResult } from './types';

const SECONDS = Number(process.env.OFFSITE_FLOOD_SECONDS ?? 60);
const MiB = 1024 * 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Shape = 'catch-up' | 'cards' | 'tiny entries' | 'text';
const ORDERS: readonly (readonly Shape[])[] = [
  ['catch-up', 'cards', 'tiny entries', 'text'],
  ['cards', 'tiny entries', 'text', 'catch-up'],
];

let serial = 0;
/** A new update of `shape`, from a device of its own (nothing the hub holds yet). */
function payload(shape: Shape): Uint8Array {
  const doc = new Y.Doc();
  const n = serial++;
  const long = (i: number) => `${n}-${i} `.padEnd(LIMITS.longText, 'as long as the UI allows. ');
  if (shape === 'catch-up' || shape === 'cards') {
    const count = shape === 'catch-up' ? 700 : 48;
    createProjects(
      doc,
      Array.from({ length: count }, (_, i) => ({
        title: `flood ${n}-${i}`,
        rationale: long(i),
        description: shape === 'catch-up' ? long(-i) : '',
      })),
    );
  } else if (shape === 'tiny entries') {
    doc.transact(() => {
      const record = new Y.Map<unknown>();
      collection(doc, 'projects').set(`flood-${n}`, record);
      for (let i = 0; i < 50_000; i++) record.set(`k${i}`, i);
    });
  } else {
    doc.transact(() => {
      for (let i = 0; i < 50; i++) doc.getText(`t${n}-${i}`).insert(0, long(i));
    });
  }
  return Y.encodeStateAsUpdate(doc);
}

interface Connection {
  ws: WebSocket;
  closed: Promise<{ code: number; reason: string }>;
}

async function participant(wsUrl: string, room: string, token: string): Promise<Connection> {
  const ws = new WebSocket(wsUrl, { maxPayload: 0, localAddress: '127.0.0.2' });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const authenticated = new Promise<void>((resolve, reject) => {
    ws.on('message', (data: Buffer) => {
      const d = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(d);
      if (decoding.readVarUint(d) === 2 && decoding.readVarUint(d) === 2) resolve();
    });
    void closed.then(({ code }) => reject(new Error(`closed ${code} before authenticating`)));
  });
  ws.send(authMessage(room, token));
  await authenticated;
  return { ws, closed };
}

function statusOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const shapes of ORDERS) results.push(...(await flood(shapes)));
  return results;
}

async function flood(shapes: readonly Shape[]): Promise<BenchResult[]> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });
  const file = join(mkdtempSync(join(tmpdir(), 'offsite-bench-flood-')), 'flood.offsite');
  const seed = new Y.Doc();
  initWorkshop(seed, { title: 'Flood' });
  await saveWorkshopDoc(file, seed);
  const hub = spawn(
    process.execPath,
    ['bin/offsite.mjs', 'hub', '--host', '127.0.0.1', '--workshop', file, '--json'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  hub.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => hub.once('exit', resolve));
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error('hub did not start')), 20_000);
      hub.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('\n')) {
          clearTimeout(timer);
          resolve(out.slice(0, out.indexOf('\n')));
        }
      });
    });
    const info = JSON.parse(line) as { ws: string; room: string; token: string };
    await sleep(1000);
    const baseline = statusOf(hub.pid!).rss;

    let maxRss = baseline;
    const sampler = setInterval(() => {
      maxRss = Math.max(maxRss, statusOf(hub.pid!).rss);
    }, 100);
    const closes = new Map<string, number>();
    let sentBytes = 0;
    let messages = 0;
    let connections = 0;
    const until = Date.now() + SECONDS * 1000;
    let turn = 0;
    while (Date.now() < until) {
      const shape = shapes[turn++ % shapes.length]!;
      let c: Connection;
      try {
        c = await participant(info.ws, info.room, info.token);
      } catch {
        await sleep(50);
        continue;
      }
      connections++;
      let open = true;
      void c.closed.then(({ code, reason }) => {
        open = false;
        const key = `${code} ${reason}`;
        closes.set(key, (closes.get(key) ?? 0) + 1);
      });
      while (open && Date.now() < until) {
        const update = payload(shape);
        const message = syncMessage(info.room, shape === 'catch-up' ? 1 : 2, update);
        c.ws.send(message);
        sentBytes += message.length;
        messages++;
        // Just under 90 messages/s and 4 MiB/s (the catch-up does not count).
        const byteWait = shape === 'catch-up' ? 0 : (message.length / (4 * MiB)) * 1000 * 1.1;
        await sleep(Math.max(12, byteWait));
        if (shape === 'catch-up') break;
      }
      if (open) {
        c.ws.close();
        await c.closed;
      }
    }
    // The debounced save runs within 10 s of the last change; then a clean shutdown.
    await sleep(12_000);
    clearInterval(sampler);
    const after = statusOf(hub.pid!);
    hub.kill('SIGTERM');
    await exited;
    const fileMB = statSync(file).size / MiB;
    const params = {
      first: shapes[0],
      seconds: SECONDS,
      docCapMiB: 64,
      connections,
      messages,
      sentMB: Math.round(sentBytes / MiB),
      cutOffs: Object.fromEntries(closes),
    };
    process.stderr.write(`hub-flood: ${JSON.stringify(params)}\n`);
    return [
      { name: 'flood: hub RSS before', value: baseline, unit: 'MB', params },
      {
        name: 'flood: hub peak RSS (VmHWM) over 60 s of pushing',
        value: Math.max(maxRss, after.peak),
        unit: 'MB',
        params,
      },
      { name: 'flood: hub RSS after', value: after.rss, unit: 'MB', params },
      { name: 'flood: workshop file after', value: fileMB, unit: 'MiB', params },
    ];
  } catch (error) {
    throw new Error(`${(error as Error).message}; hub stderr: ${stderr.slice(-2000)}`);
  } finally {
    if (hub.exitCode === null) hub.kill('SIGKILL');
  }
}
