// Issue 8, fault: a participant cut off for a long stretch of edits on both sides, updates
// delivered twice and out of order, and two participants reconnecting at the same moment.
// Real hub, real providers; every client keeps its own copy while away.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  COLUMNS,
  createObjective,
  createProject,
  editOnePagerText,
  moveProject,
  readWorkshop,
  updateProject,
} from '../../shared/model';
import { prng } from '../support/random';
import {
  connect,
  sameState,
  startTestHub,
  trackClients,
  waitForDoc,
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

/** Random edits of every kind a room makes, on one doc. */
function burst(doc: Y.Doc, seed: number, count: number, tag: string): string[] {
  const rng = prng(seed);
  const made: string[] = [];
  for (let i = 0; i < count; i++) {
    const w = readWorkshop(doc);
    const p = rng.pick(w.projects);
    switch (rng.int(5)) {
      case 0:
        made.push(createProject(doc, { title: `${tag} ${i}` }, { column: rng.pick(COLUMNS)! }));
        break;
      case 1:
        if (p) moveProject(doc, p.id, rng.pick(COLUMNS)!, rng.int(10));
        break;
      case 2:
        if (p) updateProject(doc, p.id, { team: `${tag}-team-${i}` });
        break;
      case 3:
        editOnePagerText(doc, 'purpose', 0, 0, `${tag}${i} `);
        break;
      default:
        createObjective(doc, { title: `${tag} objective ${i}` });
    }
  }
  return made;
}

function converged(docs: Y.Doc[]): boolean {
  return docs.every((d) => sameState(d, docs[0]!));
}

describe('partitions and reconnects', () => {
  it('a participant partitioned for 300 edits on each side merges with nothing lost', async () => {
    const a = track(connect(t.hub, t.hub.tokens.participant));
    const b = track(connect(t.hub, t.hub.tokens.participant));
    await Promise.all([a.synced, b.synced]);
    a.destroy(); // the Wi-Fi drops: the client keeps its doc and goes on editing
    const madeA = burst(a.doc, 1, 300, 'away');
    const madeB = burst(b.doc, 2, 300, 'room');
    await waitForDoc(
      t.hub.document,
      () => sameState(t.hub.document, b.doc),
      15_000,
      'the room edits at the hub',
    );
    await track(connect(t.hub, t.hub.tokens.participant, a.doc)).synced;
    await waitForDoc(
      [a.doc, b.doc],
      () => converged([a.doc, b.doc, t.hub.document]),
      20_000,
      'convergence',
    );
    const ids = new Set(readWorkshop(b.doc).projects.map((p) => p.id));
    for (const id of [...madeA, ...madeB]) expect(ids.has(id)).toBe(true);
    expect(readWorkshop(a.doc)).toEqual(readWorkshop(b.doc));
    expect(readWorkshop(a.doc).onePager.purpose).toMatch(/away\d+ /);
    expect(readWorkshop(a.doc).onePager.purpose).toMatch(/room\d+ /);
  });

  it('two participants reconnecting at the same moment converge', async () => {
    const a = track(connect(t.hub, t.hub.tokens.participant));
    const b = track(connect(t.hub, t.hub.tokens.participant));
    const c = track(connect(t.hub, t.hub.tokens.participant));
    await Promise.all([a.synced, b.synced, c.synced]);
    a.destroy();
    b.destroy();
    burst(a.doc, 3, 100, 'a');
    burst(b.doc, 4, 100, 'b');
    burst(c.doc, 5, 50, 'c');
    await Promise.all([
      track(connect(t.hub, t.hub.tokens.participant, a.doc)).synced,
      track(connect(t.hub, t.hub.tokens.participant, b.doc)).synced,
    ]);
    await waitForDoc(
      [a.doc, b.doc, c.doc],
      () => converged([a.doc, b.doc, c.doc, t.hub.document]),
      20_000,
      'convergence',
    );
    const titles = readWorkshop(c.doc).projects.map((p) => p.title);
    expect(titles.some((x) => x.startsWith('a '))).toBe(true);
    expect(titles.some((x) => x.startsWith('b '))).toBe(true);
    expect(new Set(readWorkshop(c.doc).projects.map((p) => p.id)).size).toBe(
      readWorkshop(c.doc).projects.length,
    );
  });

  it('updates sent twice and out of order change nothing after the first delivery', async () => {
    const a = track(connect(t.hub, t.hub.tokens.participant));
    const b = track(connect(t.hub, t.hub.tokens.participant));
    await Promise.all([a.synced, b.synced]);
    // Capture a's own updates, then replay them to the hub shuffled, twice, through a
    // third client that applies them to its doc as a remote peer would.
    const updates: Uint8Array[] = [];
    const capture = (u: Uint8Array, origin: unknown) => origin !== a.provider && updates.push(u);
    a.doc.on('update', capture);
    burst(a.doc, 6, 80, 'dup');
    a.doc.off('update', capture);
    await waitForDoc(b.doc, () => sameState(a.doc, b.doc), 15_000, 'first delivery');
    const snapshot = readWorkshop(b.doc);
    const replay = track(connect(t.hub, t.hub.tokens.participant));
    await replay.synced;
    const rng = prng(7);
    for (const u of rng.shuffle([...updates, ...updates])) Y.applyUpdate(replay.doc, u, 'replayed');
    createProject(replay.doc, { title: 'after the replay' });
    await waitForDoc(b.doc, () =>
      readWorkshop(b.doc).projects.some((p) => p.title === 'after the replay'),
    );
    const after = readWorkshop(b.doc);
    expect(after.projects.filter((p) => p.title !== 'after the replay')).toEqual(snapshot.projects);
    expect(after.objectives).toEqual(snapshot.objectives);
  });
});
