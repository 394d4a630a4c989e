// Malformed input and the facilitation guard: only the offender's connection closes, the
// document never changes.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  createObjective,
  createProject,
  lockStep,
  readObjectives,
  readMeta,
  readProjects,
  readRoomState,
  roomMap,
  setFollow,
  unlockStep,
  updateMeta,
} from '../../shared/model';
import {
  connect,
  rawParticipant,
  startTestHub,
  syncUpdate,
  trackClients,
  waitForDoc,
  type Client,
  type TestHub,
} from './hub-helpers';

let t: TestHub;
const { track, destroyAll } = trackClients();

beforeAll(async () => {
  t = await startTestHub();
});
afterAll(async () => {
  destroyAll();
  await t?.hub.close();
});

const titles = (doc: Y.Doc) => readProjects(doc).map((p) => p.title);

/** Proves the room still works: an edit by one healthy client reaches another. */
async function roomStillSyncs(a: Client, b: Client, title: string): Promise<void> {
  createProject(a.doc, { title });
  await waitForDoc(b.doc, () => titles(b.doc).includes(title), 10_000, title);
}

describe('malformed messages close only the sender', () => {
  let a: Client;
  let b: Client;
  beforeAll(async () => {
    a = track(connect(t.hub, t.hub.tokens.participant));
    b = track(connect(t.hub, t.hub.tokens.participant));
    await Promise.all([a.synced, b.synced]);
  });

  it('random bytes', async () => {
    const { ws, closed } = await rawParticipant(t.hub);
    const before = Y.encodeStateAsUpdate(t.hub.document);
    // A valid envelope (room name, sync update) around garbage, then pure garbage.
    ws.send(syncUpdate(t.hub.room, randomBytes(512)));
    expect(await closed).toBe(4400);
    expect(Y.encodeStateAsUpdate(t.hub.document)).toEqual(before);
    await roomStillSyncs(a, b, 'after garbage update');
  });

  it('pure random bytes', async () => {
    // The hub runs in this process: Hocuspocus' decoder printed a TypeError's stack here
    // for garbage the hub had already refused.
    const printed = vi.spyOn(console, 'error');
    try {
      const { ws, closed } = await rawParticipant(t.hub);
      ws.send(randomBytes(2048));
      expect(await closed).toBe(4400);
      await roomStillSyncs(b, a, 'after pure garbage');
      expect(printed).not.toHaveBeenCalled();
    } finally {
      printed.mockRestore();
    }
  });

  it('an oversized (> 1 MiB) message', async () => {
    const { ws, closed } = await rawParticipant(t.hub);
    ws.send(syncUpdate(t.hub.room, new Uint8Array(1024 * 1024 + 10)));
    expect(await closed).toBe(1009);
    expect(t.logs.some((l) => l.includes('larger than'))).toBe(true);
    await roomStillSyncs(a, b, 'after oversized');
  });
});

describe('the guard and honest bursts', () => {
  it('accepts a burst of dependent edits arriving in one tick', async () => {
    const writer = track(connect(t.hub, t.hub.tokens.participant));
    const reader = track(connect(t.hub, t.hub.tokens.participant));
    await Promise.all([writer.synced, reader.synced]);
    // Each edit overwrites meta.updatedAt written by the previous one: every update depends
    // on the one before, and the socket delivers many of them to the hub at once.
    for (let i = 0; i < 300; i++) createProject(writer.doc, { title: `burst ${i}` });
    await waitForDoc(
      reader.doc,
      () => titles(reader.doc).includes('burst 299'),
      20_000,
      'the whole burst',
    );
    expect(titles(reader.doc).filter((x) => x.startsWith('burst ')).length).toBe(300);
    expect(writer.closes).toEqual([]);
  });
});

describe('facilitation guard', () => {
  let facilitator: Client;
  let watcher: Client;
  beforeAll(async () => {
    facilitator = track(connect(t.hub, t.hub.tokens.facilitator));
    watcher = track(connect(t.hub, t.hub.tokens.participant));
    await Promise.all([facilitator.synced, watcher.synced]);
  });

  async function expectRejected(write: (doc: Y.Doc) => void): Promise<void> {
    const p = track(connect(t.hub, t.hub.tokens.participant));
    await p.synced;
    const before = Y.encodeStateAsUpdate(t.hub.document);
    const closed = new Promise<number>((resolve) =>
      p.provider.on('close', ({ event }: { event: { code: number } }) => resolve(event.code)),
    );
    write(p.doc);
    expect(await closed).toBe(4403);
    p.destroy();
    expect(Y.encodeStateAsUpdate(t.hub.document)).toEqual(before);
  }

  it('a participant cannot write to a locked step', async () => {
    lockStep(facilitator.doc, 'alignment');
    await waitForDoc(t.hub.document, () =>
      readRoomState(t.hub.document).locks.includes('alignment'),
    );
    await expectRejected((doc) => createProject(doc, { title: 'sneaked in' }));
    expect(titles(t.hub.document)).not.toContain('sneaked in');
    expect(titles(facilitator.doc)).not.toContain('sneaked in');
  });

  it('nor to the locked one-pager’s title (a meta key)', async () => {
    lockStep(facilitator.doc, 'onepager');
    await waitForDoc(t.hub.document, () =>
      readRoomState(t.hub.document).locks.includes('onepager'),
    );
    await expectRejected((doc) => updateMeta(doc, { title: 'Renamed' }));
  });

  it('nor to the locked Drumbeat’s cycle dates and check-in day (meta keys it edits)', async () => {
    lockStep(facilitator.doc, 'drumbeat');
    await waitForDoc(t.hub.document, () =>
      readRoomState(t.hub.document).locks.includes('drumbeat'),
    );
    await expectRejected((doc) => updateMeta(doc, { cycleStart: '2031-01-01' }));
    await expectRejected((doc) => updateMeta(doc, { cycleEnd: '2031-03-31' }));
    await expectRejected((doc) => updateMeta(doc, { checkInWeekday: 5 }));
    // The facilitator still sets them; unlocked, a participant does again.
    updateMeta(facilitator.doc, { cycleStart: '2031-01-05' });
    await waitForDoc(t.hub.document, () => readMeta(t.hub.document).cycleStart === '2031-01-05');
    unlockStep(facilitator.doc, 'drumbeat');
    await waitForDoc(watcher.doc, () => !readRoomState(watcher.doc).locks.includes('drumbeat'));
    updateMeta(watcher.doc, { checkInWeekday: 3 });
    await waitForDoc(t.hub.document, () => readMeta(t.hub.document).checkInWeekday === 3);
  });

  it('but may still edit an unlocked step', async () => {
    const participant = track(connect(t.hub, t.hub.tokens.participant));
    await participant.synced;
    createObjective(participant.doc, { title: 'Allowed objective' });
    await waitForDoc(facilitator.doc, () =>
      readObjectives(facilitator.doc).some((o) => o.title === 'Allowed objective'),
    );
  });

  it('a participant cannot touch the room map, locked or not', async () => {
    await expectRejected((doc) => unlockStep(doc, 'alignment'));
    await expectRejected((doc) => setFollow(doc, true, 'drumbeat'));
    await expectRejected((doc) => roomMap(doc).set('anything', 1));
    expect(readRoomState(t.hub.document).locks).toContain('alignment');
  });

  it('the facilitator can, and unlocking lets participants write again', async () => {
    unlockStep(facilitator.doc, 'alignment');
    await waitForDoc(watcher.doc, () => !readRoomState(watcher.doc).locks.includes('alignment'));
    createProject(watcher.doc, { title: 'after unlock' });
    await waitForDoc(facilitator.doc, () => titles(facilitator.doc).includes('after unlock'));
  });
});
