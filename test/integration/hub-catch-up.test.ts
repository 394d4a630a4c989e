// Issue 15 item 4: large honest catch-ups. A device that comes back with more changes than
// fit in one 1 MiB message sends them as one sync message anyway (the answer to the hub's
// state vector); the hub takes catch-ups up to the workshop's size cap, one at a time.
// Real Hocuspocus providers, real hub, real files; the sizes the UI allows.
import { copyFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createProjects, LIMITS, readProjects } from '../../shared/model';
import { loadWorkshopDoc } from '../../electron/storage/workshop-file';
import {
  connect,
  rawParticipant,
  startTestHub,
  syncMessage,
  syncUpdate,
  tempDir,
  trackClients,
  waitForDoc,
  type Client,
  type TestHub,
} from './hub-helpers';

const hubs: TestHub[] = [];
const { track, destroyAll } = trackClients();
afterEach(() => destroyAll());
afterAll(async () => {
  for (const t of hubs) await t.hub.close().catch(() => {});
});

async function hub(options: Parameters<typeof startTestHub>[0] = {}): Promise<TestHub> {
  const t = await startTestHub(options);
  hubs.push(t);
  return t;
}

/** `count` cards, each with a text as long as the UI allows, added in transactions of `batch`. */
function addCards(doc: Y.Doc, prefix: string, count: number, batch = count): void {
  const text = (i: number) => `${prefix} ${i} `.padEnd(LIMITS.longText, 'why we keep it. ');
  for (let start = 0; start < count; start += batch) {
    createProjects(
      doc,
      Array.from({ length: Math.min(batch, count - start) }, (_, k) => ({
        title: `${prefix} ${start + k}`,
        rationale: text(start + k),
      })),
    );
  }
}

const cardsOf = (doc: Y.Doc, prefix: string) =>
  readProjects(doc).filter((p) => p.title.startsWith(`${prefix} `)).length;

/** Disconnects a client and returns its doc, which it keeps (as IndexedDB would). */
function goOffline(client: Client): Y.Doc {
  client.destroy();
  return client.doc;
}

const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

describe('large honest catch-ups (issue 15 item 4)', () => {
  it('60 cards × 20 000 characters made offline (~1.2 MB) reach the hub and another peer', async () => {
    const t = await hub();
    const device = track(connect(t.hub, t.hub.tokens.participant));
    const peer = track(connect(t.hub, t.hub.tokens.participant));
    await Promise.all([device.synced, peer.synced]);
    const doc = goOffline(device);
    const before = Y.encodeStateVector(t.hub.document);
    addCards(doc, 'offline', 60, 1);
    const size = Y.encodeStateAsUpdate(doc, before).length;
    expect(size).toBeGreaterThan(1024 * 1024);
    const started = Date.now();
    const back = track(connect(t.hub, t.hub.tokens.participant, doc));
    await waitForDoc(peer.doc, () => cardsOf(peer.doc, 'offline') === 60, 30_000, '60 cards');
    console.log(`catch-up of ${MB(size)} reached another peer in ${Date.now() - started} ms`);
    expect(cardsOf(t.hub.document, 'offline')).toBe(60);
    expect(back.closes).toEqual([]);
  }, 60_000);

  it('a 20 MB offline workshop syncs on reconnect', async () => {
    const t = await hub();
    const device = track(connect(t.hub, t.hub.tokens.participant));
    const peer = track(connect(t.hub, t.hub.tokens.viewer));
    await Promise.all([device.synced, peer.synced]);
    const doc = goOffline(device);
    const before = Y.encodeStateVector(t.hub.document);
    addCards(doc, 'big', 1000, 50);
    const size = Y.encodeStateAsUpdate(doc, before).length;
    expect(size).toBeGreaterThan(20e6);
    const started = Date.now();
    const back = track(connect(t.hub, t.hub.tokens.participant, doc));
    await waitForDoc(peer.doc, () => cardsOf(peer.doc, 'big') === 1000, 60_000, '1000 cards');
    console.log(`catch-up of ${MB(size)} reached another peer in ${Date.now() - started} ms`);
    expect(cardsOf(t.hub.document, 'big')).toBe(1000);
    expect(back.closes).toEqual([]);
  }, 120_000);

  it('a hub restarted from an older file recovers a 20 MB workshop from one peer', async () => {
    const dir = tempDir('offsite-recover-');
    const first = await hub({ dataDir: dir });
    const file = first.hub.path;
    const older = `${file}.older`;
    copyFileSync(file, older);
    // The workshop reaches the first hub (as a catch-up: the quickest way to 20 MB).
    const joined = track(connect(first.hub, first.hub.tokens.participant));
    await joined.synced;
    addCards(goOffline(joined), 'kept', 1000, 50);
    const device = track(connect(first.hub, first.hub.tokens.participant, joined.doc));
    const hubHasAll = () => cardsOf(first.hub.document, 'kept') === 1000;
    for (let i = 0; i < 600 && !hubHasAll(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(hubHasAll()).toBe(true);
    const doc = goOffline(device);
    await first.hub.close();
    hubs.splice(hubs.indexOf(first), 1);

    // The hub comes back from a copy made before any of it: the workshop is on the device only.
    copyFileSync(older, file);
    const second = await hub({ workshopPath: file });
    expect(second.hub.room).toBe(first.hub.room);
    expect(cardsOf(second.hub.document, 'kept')).toBe(0);
    const size = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(second.hub.document)).length;
    expect(size).toBeGreaterThan(20e6);
    const started = Date.now();
    const back = track(connect(second.hub, second.hub.tokens.participant, doc));
    const fresh = track(connect(second.hub, second.hub.tokens.viewer));
    await waitForDoc(fresh.doc, () => cardsOf(fresh.doc, 'kept') === 1000, 60_000, '1000 cards');
    console.log(
      `a restarted hub recovered ${MB(size)} from one peer in ${Date.now() - started} ms`,
    );
    expect(back.closes).toEqual([]);
    await second.hub.flush();
    expect(cardsOf(await loadWorkshopDoc(file), 'kept')).toBe(1000);
  }, 180_000);
});

describe('what a large frame may not do (issue 15 item 4)', () => {
  it('before authenticating, a socket is cut off after 64 KiB, however large the frame it started', async () => {
    const t = await hub();
    const ws = new WebSocket(t.hub.wsUrl, { maxPayload: 0 });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send(syncUpdate(t.hub.room, new Uint8Array(10 * 1024 * 1024)));
    expect(await closed).toBe(4429);
    expect(t.logs.some((l) => l.includes('too much data before authenticating'))).toBe(true);
  });

  it('after authenticating, only a catch-up (sync step 2) may be larger than 1 MiB', async () => {
    const t = await hub();
    const { ws, closed } = await rawParticipant(t.hub, { maxPayload: 0 });
    const big = new Y.Doc();
    addCards(big, 'update', 60, 60);
    ws.send(syncUpdate(t.hub.room, Y.encodeStateAsUpdate(big)));
    expect(await closed).toBe(1009);
    expect(cardsOf(t.hub.document, 'update')).toBe(0);
    const again = await rawParticipant(t.hub, { maxPayload: 0 });
    again.ws.send(syncMessage(t.hub.room, 1, Y.encodeStateAsUpdate(big)));
    const reader = track(connect(t.hub, t.hub.tokens.viewer));
    await reader.synced;
    await waitForDoc(reader.doc, () => cardsOf(reader.doc, 'update') === 60, 20_000, '60 cards');
    again.ws.terminate();
  });
});
