// "Nothing lost": a participant edits offline, the facilitator locks a step those edits
// touch, the participant comes back. The hub refuses (naming the step), the participant
// keeps every edit and retries with a back-off, and once the step is unlocked everything
// merges. The participant is the app's own client (connectRoom) on a real provider.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  createProject,
  lockStep,
  readOnePager,
  readProjects,
  readRoomState,
  setOnePagerText,
  unlockStep,
  updateProject,
} from '../../shared/model';
import { lockedCloseReason, parseLockedCloseReason } from '../../shared/protocol/room';
import { connectRoom, type RoomConnection } from '../../renderer/sync/room-connection';
import {
  connect,
  sameState,
  waitForStatus,
  startTestHub,
  trackClients,
  waitForDoc,
  type Client,
  type TestHub,
} from './hub-helpers';

const LOCKED_MIN_MS = 200;
const LOCKED_MAX_MS = 800;

let t: TestHub;
const { track, destroyAll } = trackClients();
const connections: RoomConnection[] = [];

beforeAll(async () => {
  t = await startTestHub();
});
afterAll(async () => {
  for (const c of connections) c.destroy();
  destroyAll();
  await t?.hub.close();
});

function participant(doc: Y.Doc): RoomConnection {
  const c = connectRoom({
    doc,
    wsUrl: t.hub.wsUrl,
    room: t.hub.room,
    token: t.hub.tokens.participant,
    minDelayMs: 100,
    maxDelayMs: 500,
    lockedMinDelayMs: LOCKED_MIN_MS,
    lockedMaxDelayMs: LOCKED_MAX_MS,
    WebSocketPolyfill: WebSocket,
  });
  connections.push(c);
  return c;
}

/** Resolves once the hub's log holds at least `n` lines matching `pattern`. */
async function waitForLogs(pattern: RegExp, n: number, ms = 15_000): Promise<void> {
  const start = Date.now();
  while (t.logs.filter((l) => pattern.test(l)).length < n) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${n} × ${pattern}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Every top-level type of the hub's doc, read from `doc`, as JSON with sorted keys. */
function contents(doc: Y.Doc): string {
  const sorted = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
        )
      : Array.isArray(v)
        ? v.map(sorted)
        : v;
  const roots: Record<string, unknown> = {};
  // Every root of the workshop doc is a Y.Map (shared/model/schema.ts); a root the hub has
  // only received, never read, is still an untyped AbstractType there.
  for (const name of t.hub.document.share.keys()) roots[name] = doc.getMap(name).toJSON();
  return JSON.stringify(sorted(roots));
}

const titles = (doc: Y.Doc) => readProjects(doc).map((p) => p.title);
const refusalLine = /\(participant\): locked: alignment \(touches projects/;

describe('the locked close reason', () => {
  it('names the steps and reads back, and nothing else reads as one', () => {
    expect(lockedCloseReason(['alignment'])).toBe('locked: alignment');
    expect(lockedCloseReason(['onepager', 'alignment'])).toBe('locked: onepager,alignment');
    expect(
      new TextEncoder().encode(
        lockedCloseReason(['onepager', 'alignment', 'okrs', 'review', 'drumbeat']),
      ).length,
    ).toBeLessThanOrEqual(123);
    expect(parseLockedCloseReason('locked: alignment,onepager')).toEqual(['onepager', 'alignment']);
    expect(parseLockedCloseReason('locked: nonsense')).toBeNull();
    expect(parseLockedCloseReason('locked: ')).toBeNull();
    expect(parseLockedCloseReason('tokens rotated')).toBeNull();
    expect(parseLockedCloseReason(undefined)).toBeNull();
  });
});

describe('offline edits to a step locked meanwhile', () => {
  let facilitator: Client;
  let doc: Y.Doc;
  let room: RoomConnection;
  let existingId: string;

  beforeAll(async () => {
    facilitator = track(connect(t.hub, t.hub.tokens.facilitator));
    await facilitator.synced;
    existingId = createProject(facilitator.doc, { title: 'Existing project' });
    doc = new Y.Doc();
    room = participant(doc);
    await waitForStatus(room, (s) => s.phase === 'connected', 'the participant connected');
    await waitForDoc(doc, () => titles(doc).includes('Existing project'));
  });

  it('are refused with the step named, kept on the device, retried with a back-off, and merge after the unlock', async () => {
    // Offline: the provider goes, the doc (the device's copy) stays.
    room.destroy();
    setOnePagerText(doc, 'purpose', 'Purpose written offline');
    updateProject(doc, existingId, { title: 'Existing project, renamed offline' });
    createProject(doc, { title: 'Added offline' });

    lockStep(facilitator.doc, 'alignment');
    await waitForDoc(t.hub.document, () =>
      readRoomState(t.hub.document).locks.includes('alignment'),
    );
    const hubBefore = Y.encodeStateAsUpdate(t.hub.document);
    const refusalsBefore = t.logs.filter((l) => refusalLine.test(l)).length;

    // Back online: refused, and told why.
    room = participant(doc);
    const waiting = await waitForStatus(room, (s) => s.phase === 'waiting', 'the waiting phase');
    expect(waiting.lockedSteps).toEqual(['alignment']);
    await waitForLogs(refusalLine, refusalsBefore + 1);
    const firstRefusal = Date.now();

    // Every attempt brings the hub's state in (the lock is known on the device) ...
    expect(readRoomState(doc).locks).toContain('alignment');
    // ... while the hub's document takes nothing, not even the unlocked one-pager edit
    // that travels in the same update, and the device keeps all of it.
    expect(Y.encodeStateAsUpdate(t.hub.document)).toEqual(hubBefore);
    expect(readOnePager(t.hub.document).purpose).not.toBe('Purpose written offline');
    expect(titles(t.hub.document)).not.toContain('Added offline');
    expect(readOnePager(doc).purpose).toBe('Purpose written offline');
    expect(titles(doc)).toEqual(
      expect.arrayContaining(['Existing project, renamed offline', 'Added offline']),
    );

    // Bounded retries: three more refusals take at least 200 + 400 + 800 ms, where the
    // stock provider's loop (100 ms here) would take about 300 ms.
    await waitForLogs(refusalLine, refusalsBefore + 4);
    const elapsed = Date.now() - firstRefusal;
    expect(elapsed).toBeGreaterThanOrEqual(LOCKED_MIN_MS + 2 * LOCKED_MIN_MS + LOCKED_MAX_MS - 50);
    expect(room.status.getState().phase).toBe('waiting');
    expect(Y.encodeStateAsUpdate(t.hub.document)).toEqual(hubBefore);

    // Unlocked: the next attempt merges everything.
    unlockStep(facilitator.doc, 'alignment');
    const merged = await waitForStatus(
      room,
      (s) => s.phase === 'connected' && s.lockedSteps.length === 0,
      'the merge after the unlock',
    );
    expect(merged.unsynced).toBe(0);
    await waitForDoc(
      facilitator.doc,
      () =>
        titles(facilitator.doc).includes('Added offline') &&
        readOnePager(facilitator.doc).purpose === 'Purpose written offline',
      10_000,
      'the offline edits at the facilitator',
    );
    await waitForDoc(
      [doc, facilitator.doc, t.hub.document],
      () => sameState(doc, t.hub.document) && sameState(facilitator.doc, t.hub.document),
    );
    for (const copy of [doc, facilitator.doc, t.hub.document]) {
      expect(readOnePager(copy).purpose).toBe('Purpose written offline');
      expect(titles(copy)).toEqual(
        expect.arrayContaining(['Existing project, renamed offline', 'Added offline']),
      );
      expect(titles(copy)).not.toContain('Existing project');
      expect(readRoomState(copy).locks).not.toContain('alignment');
    }
    expect(contents(doc)).toBe(contents(t.hub.document));
    expect(contents(facilitator.doc)).toBe(contents(t.hub.document));
  }, 60_000);

  it('names every locked step an update touches in the close reason', async () => {
    const p = track(connect(t.hub, t.hub.tokens.participant));
    await p.synced;
    p.provider.destroy();
    p.socket.destroy();
    setOnePagerText(p.doc, 'vision', 'Vision written offline');
    createProject(p.doc, { title: 'Second offline project' });
    lockStep(facilitator.doc, 'alignment');
    lockStep(facilitator.doc, 'onepager');
    await waitForDoc(t.hub.document, () => readRoomState(t.hub.document).locks.length === 2);
    const again = track(connect(t.hub, t.hub.tokens.participant, p.doc));
    await waitForDoc(p.doc, () => readRoomState(p.doc).locks.length === 2);
    await expect
      .poll(() => again.closes[0], { timeout: 10_000 })
      .toEqual({ code: 4403, reason: 'locked: onepager,alignment' });
    again.destroy();
    expect(titles(t.hub.document)).not.toContain('Second offline project');
    expect(titles(p.doc)).toContain('Second offline project');
    unlockStep(facilitator.doc, 'alignment');
    unlockStep(facilitator.doc, 'onepager');
  });
});
