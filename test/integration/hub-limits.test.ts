// Issue 15 item 3: bounded everything. A field longer than the UI allows, a workshop pushed
// past its size cap, an address adding faster than its growth budget: each time the
// offender is cut off with 4413 and a reason that says which, nothing of the refused
// update is applied, and everything stored before stays (in the hub and in the file).
import { statSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  collection,
  createProject,
  LIMITS,
  onePagerText,
  readProjects,
  readWorkshop,
} from '../../shared/model';
import { DocumentSize } from '../../electron/hub/growth';
import { loadWorkshopDoc } from '../../electron/storage/workshop-file';
import {
  connect,
  rawParticipant,
  startTestHub,
  syncUpdate,
  trackClients,
  waitForDoc,
  type TestHub,
} from './hub-helpers';

const MiB = 1024 * 1024;
const hubs: TestHub[] = [];
const { track, destroyAll } = trackClients();
afterEach(() => destroyAll());
afterAll(async () => {
  for (const t of hubs) await t.hub.close();
});

async function hubWith(limits: Parameters<typeof startTestHub>[0] = {}): Promise<TestHub> {
  const t = await startTestHub(limits);
  hubs.push(t);
  return t;
}

/** An update that adds one project, from a device of its own (it needs nothing the hub holds). */
function projectUpdate(fields: Parameters<typeof createProject>[1]): Uint8Array {
  const local = new Y.Doc();
  createProject(local, fields);
  return Y.encodeStateAsUpdate(local);
}

/** The same with a title as long as asked: createProject itself clamps to the UI's limit. */
function rawTitleUpdate(title: string): Uint8Array {
  const local = new Y.Doc();
  const id = createProject(local, { title: 'placeholder' });
  local.transact(() => collection(local, 'projects').get(id)!.set('title', title));
  return Y.encodeStateAsUpdate(local);
}

/** A raw participant socket that records its close code and reason. */
async function rawSender(t: TestHub, localAddress = '127.0.0.1') {
  const { ws, closed } = await rawParticipant(t.hub, { localAddress, maxPayload: 0 });
  let reason = '';
  ws.once('close', (_code, why) => (reason = why.toString()));
  return { ws, closed: closed.then((code) => ({ code, reason })) };
}

describe('per-field limits at the hub (issue 15 item 3)', () => {
  it('a title one character over the UI’s 500 is refused with 4413; 500 is accepted', async () => {
    const t = await hubWith();
    const ok = await rawSender(t);
    ok.ws.send(syncUpdate(t.hub.room, rawTitleUpdate('x'.repeat(LIMITS.shortText))));
    const watcher = track(connect(t.hub, t.hub.tokens.participant));
    await watcher.synced;
    await waitForDoc(watcher.doc, () => readProjects(watcher.doc).length === 1);

    const before = Y.encodeStateAsUpdate(t.hub.document);
    const bad = await rawSender(t);
    bad.ws.send(syncUpdate(t.hub.room, rawTitleUpdate('y'.repeat(LIMITS.shortText + 1))));
    expect(await bad.closed).toEqual({
      code: 4413,
      reason: 'too long: projects.title (over 500 characters)',
    });
    expect(Y.encodeStateAsUpdate(t.hub.document)).toEqual(before);
    ok.ws.terminate();
  });

  it('a one-pager text is held to 20 000 characters after the update: a whole-text replace passes, one more character does not', async () => {
    const t = await hubWith();
    const local = new Y.Doc();
    const sync = () => Y.applyUpdate(local, Y.encodeStateAsUpdate(t.hub.document));
    const edit = async (change: (text: Y.Text) => void) => {
      sync();
      const sv = Y.encodeStateVector(t.hub.document);
      change(onePagerText(local, 'vision'));
      const sender = await rawSender(t);
      sender.ws.send(syncUpdate(t.hub.room, Y.encodeStateAsUpdate(local, sv)));
      return sender;
    };
    const vision = () => onePagerText(t.hub.document, 'vision').toString();
    const full = 'a'.repeat(LIMITS.longText);
    const first = await edit((text) => text.insert(0, full));
    await waitFor(() => vision() === full);
    // Replacing all 20 000 characters with 20 000 others: at the limit after the update.
    const second = await edit((text) => {
      text.delete(0, text.length);
      text.insert(0, 'b'.repeat(LIMITS.longText));
    });
    await waitFor(() => vision() === 'b'.repeat(LIMITS.longText));
    const before = Y.encodeStateAsUpdate(t.hub.document);
    const third = await edit((text) => text.insert(LIMITS.longText, '!'));
    expect(await third.closed).toEqual({
      code: 4413,
      reason: 'too long: onePager.vision (over 20000 characters)',
    });
    expect(Y.encodeStateAsUpdate(t.hub.document)).toEqual(before);
    for (const s of [first, second]) s.ws.terminate();
  });
});

describe('the document-size cap and the growth budget (issue 15 item 3)', () => {
  it('a participant pushing honest-looking cards until the cap is cut off; the workshop and its file stay under the cap and keep every card stored before', async () => {
    const cap = 4 * MiB;
    const t = await hubWith({
      limits: { maxDocBytes: cap },
      saveDebounceMs: 50,
      saveMaxDebounceMs: 200,
    });
    const pusher = await rawSender(t, '127.0.0.2');
    let sent = 0;
    let code = 0;
    void pusher.closed.then((c) => (code = c.code));
    const rationale = 'r'.repeat(LIMITS.longText);
    while (code === 0 && sent < 400) {
      pusher.ws.send(syncUpdate(t.hub.room, projectUpdate({ title: `card ${sent}`, rationale })));
      sent++;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(await pusher.closed).toEqual({
      code: 4413,
      reason: 'the workshop is at its size limit (4 MiB)',
    });
    const stored = readProjects(t.hub.document).length;
    expect(stored).toBeGreaterThan(40);
    expect(stored).toBeLessThan(sent);
    expect(DocumentSize.measure(t.hub.document)).toBeLessThanOrEqual(cap);
    await t.hub.flush();
    expect(statSync(t.hub.path).size).toBeLessThanOrEqual(cap);
    // Nothing already stored is lost: every card the hub took is in the file.
    const onDisk = await loadWorkshopDoc(t.hub.path);
    expect(readWorkshop(onDisk).projects.length).toBe(stored);
    // The offender coming back is refused again; the room still serves everyone.
    const again = await rawSender(t, '127.0.0.2');
    again.ws.send(syncUpdate(t.hub.room, projectUpdate({ title: 'one more', rationale })));
    expect((await again.closed).code).toBe(4413);
    const reader = track(connect(t.hub, t.hub.tokens.viewer));
    await reader.synced;
    expect(readProjects(reader.doc)).toHaveLength(stored);
  }, 30_000);

  it('an address adding faster than its growth budget is cut off; another address carries on', async () => {
    const t = await hubWith({
      limits: { growthBurstBytes: 1 * MiB, growthBytesPerMinute: 1 * MiB },
    });
    const pusher = await rawSender(t, '127.0.0.2');
    let code = 0;
    void pusher.closed.then((c) => (code = c.code));
    const description = 'd'.repeat(LIMITS.longText);
    for (let i = 0; code === 0 && i < 100; i++) {
      pusher.ws.send(syncUpdate(t.hub.room, projectUpdate({ title: `fast ${i}`, description })));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(await pusher.closed).toEqual({
      code: 4413,
      reason: 'too much added too fast (over 1 MiB a minute)',
    });
    const honest = track(connect(t.hub, t.hub.tokens.participant));
    const reader = track(connect(t.hub, t.hub.tokens.viewer));
    await Promise.all([honest.synced, reader.synced]);
    createProject(honest.doc, { title: 'from another device', description });
    await waitForDoc(reader.doc, () =>
      readProjects(reader.doc).some((p) => p.title === 'from another device'),
    );
  }, 30_000);
});

async function waitFor(check: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
