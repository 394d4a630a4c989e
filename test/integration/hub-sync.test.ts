// The room syncs: real hub on 127.0.0.1, real @hocuspocus/provider clients.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import WebSocket from 'ws';
import * as decoding from 'lib0/decoding';
import { createProject, readProjects, readWorkshop, updateProject } from '../../shared/model';
import {
  authMessage,
  connect,
  sameState,
  startTestHub,
  syncMessage,
  trackClients,
  waitForDoc,
  type Client,
  type TestHub,
} from './hub-helpers';

let t: TestHub;
const { track, destroyAll } = trackClients();

beforeAll(async () => {
  t = await startTestHub({ limits: { maxFailedAuthPerMinute: 1000 } });
});

afterAll(async () => {
  destroyAll();
  await t?.hub.close();
});

const titles = (doc: Y.Doc) =>
  readProjects(doc)
    .map((p) => p.title)
    .sort();

describe('hub sync', () => {
  it('syncs both ways between two participants', async () => {
    const a = track(connect(t.hub, t.hub.tokens.participant));
    const b = track(connect(t.hub, t.hub.tokens.participant));
    await Promise.all([a.synced, b.synced]);
    const id = createProject(a.doc, { title: 'From A' });
    await waitForDoc(b.doc, () => titles(b.doc).includes('From A'), 10_000, 'A→B');
    updateProject(b.doc, id, { title: 'Edited by B' });
    await waitForDoc(a.doc, () => titles(a.doc).includes('Edited by B'), 10_000, 'B→A');
    expect(titles(t.hub.document)).toContain('Edited by B');
  });

  it('rejects a wrong token before any document data flows', async () => {
    const ws = new WebSocket(t.hub.wsUrl);
    const received: { type: number; sub?: number }[] = [];
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    ws.on('message', (data: Buffer) => {
      const d = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(d);
      const type = decoding.readVarUint(d);
      received.push({ type, sub: type === 2 ? decoding.readVarUint(d) : undefined });
    });
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    // Auth with a wrong token, then ask for the document straight away (sync step 1).
    ws.send(authMessage(t.hub.room, 'A'.repeat(32)));
    ws.send(syncMessage(t.hub.room, 0, Y.encodeStateVector(new Y.Doc())));
    expect(await closed).toBe(4403);
    // Only the permission-denied auth message (type 2, sub 1): no sync (0), no awareness (1).
    expect(received).toEqual([{ type: 2, sub: 1 }]);
  });

  it('a provider with a wrong token fails authentication and receives no content', async () => {
    const doc = new Y.Doc();
    const bad = track(connect(t.hub, 'x'.repeat(32), doc));
    await expect(bad.synced).rejects.toThrow(/authentication failed/);
    bad.destroy();
    expect(readProjects(doc)).toEqual([]);
  });

  it('20 clients editing concurrently converge', async () => {
    const many = Array.from({ length: 20 }, () => track(connect(t.hub, t.hub.tokens.participant)));
    await Promise.all(many.map((c) => c.synced));
    const before = readProjects(t.hub.document).length;
    many.forEach((c, i) => {
      for (let k = 0; k < 5; k++) createProject(c.doc, { title: `c${i}-${k}` });
    });
    // Concurrent edits of one shared card too.
    const shared = readProjects(many[0]!.doc)[0]!.id;
    many.forEach((c, i) => updateProject(c.doc, shared, { team: `team ${i}` }));
    const total = before + 100;
    await Promise.all(
      many.map((c) =>
        waitForDoc(c.doc, () => readProjects(c.doc).length === total, 20_000, '100 new cards'),
      ),
    );
    // All at once, re-checked on any doc's update: a client's last event may be its own edit.
    const docs = [...many.map((c) => c.doc), t.hub.document];
    await waitForDoc(
      docs,
      () => many.every((c) => sameState(c.doc, t.hub.document)),
      20_000,
      'same state',
    );
    const reference = readWorkshop(t.hub.document);
    for (const c of many) {
      expect(Y.encodeStateVector(c.doc)).toEqual(Y.encodeStateVector(t.hub.document));
      expect(readWorkshop(c.doc)).toEqual(reference);
    }
    for (const c of many) c.destroy();
  });

  it('a client offline for a while merges on return', async () => {
    const a = track(connect(t.hub, t.hub.tokens.participant));
    const b = track(connect(t.hub, t.hub.tokens.participant));
    await Promise.all([a.synced, b.synced]);
    a.destroy();
    for (let k = 0; k < 10; k++) createProject(a.doc, { title: `offline ${k}` });
    createProject(b.doc, { title: 'online meanwhile' });
    await waitForDoc(t.hub.document, () => titles(t.hub.document).includes('online meanwhile'));
    const back = track(connect(t.hub, t.hub.tokens.participant, a.doc));
    await back.synced;
    await waitForDoc(
      b.doc,
      () => titles(b.doc).includes('offline 9'),
      10_000,
      'offline edits at B',
    );
    await waitForDoc(
      a.doc,
      () => titles(a.doc).includes('online meanwhile'),
      10_000,
      'online edit at A',
    );
    await waitForDoc([a.doc, b.doc], () => sameState(a.doc, b.doc), 10_000, 'A and B equal');
    expect(readWorkshop(a.doc)).toEqual(readWorkshop(b.doc));
  });

  it('a viewer reads but cannot write', async () => {
    const viewer = track(connect(t.hub, t.hub.tokens.viewer));
    const other = track(connect(t.hub, t.hub.tokens.participant));
    await Promise.all([viewer.synced, other.synced]);
    expect(readProjects(viewer.doc).length).toBe(readProjects(t.hub.document).length);
    createProject(viewer.doc, { title: 'viewer was here' });
    // Awareness sent after the edit on the same socket: once the other client sees it, the
    // hub has handled the edit too.
    viewer.provider.setAwarenessField('user', { name: 'Projector', color: '#000000' });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('viewer awareness never arrived')), 10_000);
      const check = () => {
        const seen = [...other.provider.awareness!.getStates().values()].some(
          (s) => (s as { user?: { name?: string } }).user?.name === 'Projector',
        );
        if (seen) {
          clearTimeout(timer);
          resolve();
        }
      };
      other.provider.awareness!.on('change', check);
      check();
    });
    createProject(other.doc, { title: 'after viewer' });
    await waitForDoc(viewer.doc, () => titles(viewer.doc).includes('after viewer'));
    expect(titles(t.hub.document)).not.toContain('viewer was here');
    expect(titles(other.doc)).not.toContain('viewer was here');
  });

  it('rotating tokens locks old links out', async () => {
    const old = t.hub.tokens;
    const before = track(connect(t.hub, old.participant));
    await before.synced;
    const fresh = t.hub.rotateTokens();
    expect(fresh.participant).not.toBe(old.participant);
    expect(fresh.viewer).not.toBe(old.viewer);
    await waitForClose(before);
    before.destroy();
    const stale = track(connect(t.hub, old.participant));
    await expect(stale.synced).rejects.toThrow(/authentication failed/);
    stale.destroy();
    const staleViewer = track(connect(t.hub, old.viewer));
    await expect(staleViewer.synced).rejects.toThrow(/authentication failed/);
    staleViewer.destroy();
    const ok = track(connect(t.hub, fresh.participant));
    await ok.synced;
    expect(t.hub.url).toContain(`t=${fresh.participant}`);
  });
});

function waitForClose(c: Client, ms = 10_000): Promise<void> {
  if (c.closes.length) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no close')), ms);
    c.provider.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('hub limits', () => {
  let small: TestHub;
  const sockets: WebSocket[] = [];
  beforeAll(async () => {
    small = await startTestHub({ maxConnections: 3 });
  });
  afterAll(async () => {
    for (const s of sockets) s.terminate();
    await small?.hub.close();
  });

  it('refuses connections beyond maxConnections', async () => {
    for (let i = 0; i < 3; i++) {
      const ws = new WebSocket(small.hub.wsUrl);
      sockets.push(ws);
      await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    }
    const extra = new WebSocket(small.hub.wsUrl);
    sockets.push(extra);
    const status = await new Promise<number>((resolve, reject) => {
      extra.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      extra.once('open', () => reject(new Error('4th connection was accepted')));
      extra.once('error', () => {});
    });
    expect(status).toBe(503);
  });
});

describe('hub pre-auth limits', () => {
  let strict: TestHub;
  beforeAll(async () => {
    strict = await startTestHub({ limits: { authTimeoutMs: 300, maxFailedAuthPerMinute: 2 } });
  });
  afterAll(async () => {
    await strict?.hub.close();
  });

  it('closes a socket that never authenticates', async () => {
    const ws = new WebSocket(strict.hub.wsUrl);
    const code = await new Promise<number>((resolve) => ws.once('close', (c) => resolve(c)));
    expect(code).toBe(4408);
  });

  it('refuses an address after too many failed authentications', async () => {
    // A hub of its own: the timeout above counted as a failure of this address already.
    const fresh = await startTestHub({ limits: { maxFailedAuthPerMinute: 2 } });
    try {
      for (let i = 0; i < 2; i++) {
        const bad = track(connect(fresh.hub, 'z'.repeat(32)));
        await expect(bad.synced).rejects.toThrow(/authentication failed/);
        bad.destroy();
      }
      await expectRefusedWith429(fresh);
    } finally {
      await fresh.hub.close();
    }
  });

  it('counts a socket that never authenticates as a failed authentication (issue 15 item 5)', async () => {
    // The first test's timeout was one failure; one more and the address is refused.
    const ws = new WebSocket(strict.hub.wsUrl);
    expect(await new Promise<number>((resolve) => ws.once('close', (c) => resolve(c)))).toBe(4408);
    await expectRefusedWith429(strict);
  });

  async function expectRefusedWith429(target: TestHub): Promise<void> {
    const ws = new WebSocket(target.hub.wsUrl);
    const status = await new Promise<number>((resolve, reject) => {
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.once('open', () => reject(new Error('connection accepted')));
      ws.once('error', () => {});
    });
    expect(status).toBe(429);
    expect(target.logs.some((l) => l.includes('too many failed authentications'))).toBe(true);
  }
});
