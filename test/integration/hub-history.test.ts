// The hub keeps the workshop's history (issue 15, item 6): a point right before a wipe,
// taken automatically; the facilitator (only) reads it over HTTP and restores the wipe as
// a forward edit every peer receives; the history survives a hub restart.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { saveWorkshopDoc } from '../../electron/storage/workshop-file';
import { createProject, readWorkshop, restoreRecord, restoreWorkshop } from '../../shared/model';
import {
  HISTORY_PATH,
  HISTORY_STATE_PATH,
  parseHistoryList,
  POINT_AT_HEADER,
  type HistoryPointInfo,
} from '../../shared/protocol/history';
import { content, sampleDoc, wipe } from '../support/sample-workshop';
import {
  connect,
  startTestHub,
  tempDir,
  trackClients,
  waitForDoc,
  type TestHub,
} from './hub-helpers';

const { track, destroyAll } = trackClients();
const hubs: TestHub[] = [];
afterEach(async () => {
  destroyAll();
  for (const t of hubs.splice(0)) await t.hub.close();
});
afterAll(() => destroyAll());

/** A hub on a new file holding the sample workshop. */
async function sampleHub(options: Parameters<typeof startTestHub>[0] = {}): Promise<TestHub> {
  const path = join(tempDir('offsite-history-'), 'acme.offsite');
  await saveWorkshopDoc(path, sampleDoc());
  const t = await startTestHub({ workshopPath: path, ...options });
  hubs.push(t);
  return t;
}

const base = (t: TestHub) => `http://127.0.0.1:${t.hub.port}`;

function get(t: TestHub, path: string, token?: string): Promise<Response> {
  return fetch(`${base(t)}${path}`, {
    headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
  });
}

async function listOf(t: TestHub): Promise<HistoryPointInfo[]> {
  const response = await get(t, HISTORY_PATH, t.hub.tokens.facilitator);
  expect(response.status).toBe(200);
  const list = parseHistoryList(await response.json());
  expect(list).not.toBeNull();
  return list!;
}

async function stateOf(t: TestHub, at: string): Promise<Y.Doc> {
  const response = await get(
    t,
    `${HISTORY_STATE_PATH}?at=${encodeURIComponent(at)}`,
    t.hub.tokens.facilitator,
  );
  expect(response.status).toBe(200);
  expect(response.headers.get(POINT_AT_HEADER)).toBe(at);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()));
  return doc;
}

/** Polls until `check` holds (the history is written asynchronously). */
async function until(check: () => boolean | Promise<boolean>, what: string, ms = 10_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('wipe → restore through the hub', () => {
  it('a point is taken right before the wipe; the facilitator restores it; every peer is as before', async () => {
    const t = await sampleHub();
    const facilitator = track(connect(t.hub, t.hub.tokens.facilitator));
    const alice = track(connect(t.hub, t.hub.tokens.participant));
    const bob = track(connect(t.hub, t.hub.tokens.participant));
    await Promise.all([facilitator.synced, alice.synced, bob.synced]);
    const peers = [facilitator.doc, alice.doc, bob.doc, t.hub.document];
    const before = content(t.hub.document);
    expect(before.projects.length).toBe(9);

    wipe(alice.doc);
    await waitForDoc(peers, () => peers.every((d) => readWorkshop(d).projects.length === 0));

    const list = await listOf(t);
    const point = list.find((p) => p.kind === 'before-delete')!;
    expect(point.summary).toMatch(
      /^before deleting 3 focus areas, .*9 projects, 3 objectives, 7 key results.*the one-pager's purpose, vision, customers/,
    );
    const past = await stateOf(t, point.at);
    expect(content(past)).toEqual(before);

    restoreWorkshop(facilitator.doc, past);
    await waitForDoc(
      peers,
      () => peers.every((d) => JSON.stringify(content(d)) === JSON.stringify(before)),
      10_000,
      'every peer restored',
    );
    for (const doc of peers) expect(content(doc)).toEqual(before);
    // The restore is an ordinary edit: nobody was refused.
    expect([...facilitator.closes, ...alice.closes, ...bob.closes]).toEqual([]);
  });

  it('restoring one card leaves a colleague’s concurrent edits intact', async () => {
    const t = await sampleHub();
    const facilitator = track(connect(t.hub, t.hub.tokens.facilitator));
    const alice = track(connect(t.hub, t.hub.tokens.participant));
    await Promise.all([facilitator.synced, alice.synced]);
    const [card, other] = readWorkshop(t.hub.document).projects;
    const list = await listOf(t);
    const past = await stateOf(t, list.at(-1)!.at);
    alice.doc.transact(() => {
      alice.doc.getMap('projects').delete(card!.id);
    });
    await waitForDoc(
      facilitator.doc,
      () => !readWorkshop(facilitator.doc).projects.some((p) => p.id === card!.id),
    );
    const added = createProject(alice.doc, { title: 'Added meanwhile' });
    restoreRecord(facilitator.doc, past, 'projects', card!.id);
    await waitForDoc([alice.doc, t.hub.document], () =>
      [alice.doc, t.hub.document].every((d) => {
        const ps = readWorkshop(d).projects;
        return ps.some((p) => p.id === card!.id) && ps.some((p) => p.id === added);
      }),
    );
    for (const d of [alice.doc, facilitator.doc, t.hub.document]) {
      const ps = readWorkshop(d).projects;
      expect(ps.find((p) => p.id === card!.id)).toEqual(card);
      expect(ps.find((p) => p.id === other!.id)).toEqual(other);
    }
  });
});

describe('who may read the history', () => {
  it('only the facilitator; participants and viewers get 403, no or wrong token 401', async () => {
    const t = await sampleHub();
    expect((await get(t, HISTORY_PATH, t.hub.tokens.participant)).status).toBe(403);
    expect((await get(t, HISTORY_STATE_PATH, t.hub.tokens.participant)).status).toBe(403);
    expect((await get(t, HISTORY_PATH, t.hub.tokens.viewer)).status).toBe(403);
    expect((await get(t, HISTORY_PATH)).status).toBe(401);
    expect((await get(t, HISTORY_PATH, 'x'.repeat(32))).status).toBe(401);
    // Never from the URL: a token in the query is no token.
    expect((await fetch(`${base(t)}${HISTORY_PATH}?t=${t.hub.tokens.facilitator}`)).status).toBe(
      401,
    );
    expect((await get(t, HISTORY_PATH, t.hub.tokens.facilitator)).status).toBe(200);
  });

  it('refuses an address after 20 wrong tokens a minute (429), and no state leaks before', async () => {
    const t = await sampleHub();
    for (let i = 0; i < 20; i++) {
      const response = await get(t, HISTORY_STATE_PATH, `wrong-token-${i}-xxxxxxxxxxxxxxxx`);
      expect(response.status).toBe(401);
      expect((await response.arrayBuffer()).byteLength).toBeLessThan(100);
    }
    expect((await get(t, HISTORY_PATH, t.hub.tokens.facilitator)).status).toBe(429);
  });

  it('answers a browser’s preflight, and rotating the links retires the old facilitator token', async () => {
    const t = await sampleHub();
    const preflight = await fetch(`${base(t)}${HISTORY_PATH}`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Authorization');
    const old = t.hub.tokens.facilitator;
    t.hub.rotateTokens();
    expect((await get(t, HISTORY_PATH, old)).status).toBe(401);
    expect((await get(t, HISTORY_PATH, t.hub.tokens.facilitator)).status).toBe(200);
  });
});

describe('points over time and across restarts', () => {
  it('keeps a point after a stretch of editing, saying what changed', async () => {
    const t = await sampleHub({ history: { intervalMs: 150 } });
    const alice = track(connect(t.hub, t.hub.tokens.participant));
    await alice.synced;
    expect((await listOf(t)).map((p) => p.summary)).toEqual(['opened']);
    createProject(alice.doc, { title: 'One' });
    createProject(alice.doc, { title: 'Two' });
    await until(async () => (await listOf(t)).length === 2, 'a second point');
    expect((await listOf(t))[1]!.summary).toBe('2 edits: projects');
  });

  it('the history file survives a hub restart, and serves the same points', async () => {
    const t = await sampleHub();
    const alice = track(connect(t.hub, t.hub.tokens.participant));
    await alice.synced;
    const before = content(t.hub.document);
    wipe(alice.doc);
    await waitForDoc(t.hub.document, () => readWorkshop(t.hub.document).projects.length === 0);
    alice.destroy();
    const path = t.hub.path;
    await t.hub.close();
    hubs.splice(hubs.indexOf(t), 1);
    expect(existsSync(`${path}.history`)).toBe(true);

    const again = await startTestHub({ workshopPath: path });
    hubs.push(again);
    const list = await listOf(again);
    // The point taken when the hub opened the file: nothing changed before the wipe, so it
    // is the point before the deletion.
    expect(list.map((p) => p.kind)).toEqual(['before-delete', 'edits']);
    expect(list[1]!.summary).toMatch(/^1 edit: .*; deleted 3 focus areas/);
    const past = await stateOf(again, list[0]!.at);
    expect(content(past)).toEqual(before);
    // The restarted hub holds the same state as the newest point: no new 'opened' point.
    expect(again.hub.history!.points.length).toBe(2);
  });

  it('can be turned off', async () => {
    const t = await sampleHub({ history: false });
    expect(t.hub.history).toBeNull();
    expect((await get(t, HISTORY_PATH, t.hub.tokens.facilitator)).status).toBe(404);
    await t.hub.close();
    hubs.splice(hubs.indexOf(t), 1);
    expect(existsSync(`${t.hub.path}.history`)).toBe(false);
  });
});
