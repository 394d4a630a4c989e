import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  collection,
  createObjective,
  createKeyResult,
  createProject,
  initWorkshop,
  metaMap,
  moveProject,
  onePagerMap,
  setOnePagerText,
  updateMeta,
  updateProject,
} from '../../shared/model';
import { createWorkshopStore, type WorkshopStore } from '../../renderer/state/workshop-store';

const open: WorkshopStore[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.dispose();
});

function bind(doc: Y.Doc): WorkshopStore {
  const s = createWorkshopStore(doc);
  open.push(s);
  return s;
}

/** Sends every update of `from` to `to` from now on, as a remote peer would (origin 'remote'). */
function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
}

function seeded(): { doc: Y.Doc; ids: { inbox: string[]; keep: string[]; kill: string[] } } {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: 'Acme', cycle: '2027-Q1' });
  const ids = { inbox: [] as string[], keep: [] as string[], kill: [] as string[] };
  for (const column of ['inbox', 'keep', 'kill'] as const) {
    for (let i = 0; i < 4; i++)
      ids[column].push(createProject(doc, { title: `${column} ${i}` }, { column }));
  }
  return { doc, ids };
}

describe('workshop store binding', () => {
  it('reads an existing doc into sorted id lists per column', () => {
    const { doc, ids } = seeded();
    const { store } = bind(doc);
    const s = store.getState();
    expect(s.meta.title).toBe('Acme');
    expect(s.projectIdsByColumn).toEqual(ids);
    expect(s.projects[ids.keep[2]!]?.title).toBe('keep 2');
  });

  it('after editing one project, every other project and the other columns keep their identity', () => {
    const { doc, ids } = seeded();
    const { store } = bind(doc);
    const before = store.getState();
    const target = ids.keep[1]!;
    updateProject(doc, target, { title: 'renamed' });
    const after = store.getState();
    expect(after.projects[target]?.title).toBe('renamed');
    expect(after.projects[target]).not.toBe(before.projects[target]);
    for (const id of Object.keys(before.projects)) {
      if (id !== target) expect(after.projects[id]).toBe(before.projects[id]);
    }
    // A rename changes no order: every column list, and the lists object, stay identical.
    expect(after.projectIdsByColumn).toBe(before.projectIdsByColumn);
    expect(after.objectiveIds).toBe(before.objectiveIds);
    expect(after.focusAreas).toBe(before.focusAreas);
  });

  it('a move across columns changes only those two columns', () => {
    const { doc, ids } = seeded();
    const { store } = bind(doc);
    const before = store.getState();
    moveProject(doc, ids.inbox[0]!, 'kill', 0);
    const after = store.getState();
    expect(after.projectIdsByColumn.kill[0]).toBe(ids.inbox[0]);
    expect(after.projectIdsByColumn.inbox).not.toContain(ids.inbox[0]);
    expect(after.projectIdsByColumn.keep).toBe(before.projectIdsByColumn.keep);
    for (const id of [...ids.keep, ...ids.kill, ...ids.inbox.slice(1)]) {
      expect(after.projects[id]).toBe(before.projects[id]);
    }
  });

  it('a peer writing values a card already has keeps the card and every list identical', async () => {
    // A real Yjs change that changes nothing a component shows: the store must not hand out
    // a new card (every card component selecting it would re-render) nor new lists.
    const { doc, ids } = seeded();
    const peer = new Y.Doc();
    sync(doc, peer);
    const { store } = bind(doc);
    const before = store.getState();
    const target = ids.keep[1]!;
    const card = before.projects[target]!;
    updateProject(peer, target, { title: card.title });
    peer.transact(() => {
      // Moved to where it already is.
      const map = collection(peer, 'projects').get(target) as Y.Map<unknown>;
      map.set('order', card.order);
      map.set('column', card.column);
    });
    sync(peer, doc);
    await Promise.resolve();
    const after = store.getState();
    expect(after.projects[target]).toBe(card);
    expect(after.projects).toBe(before.projects);
    expect(after.projectIdsByColumn).toBe(before.projectIdsByColumn);
    for (const column of ['inbox', 'keep', 'kill'] as const)
      expect(after.projectIdsByColumn[column]).toBe(before.projectIdsByColumn[column]);
  });

  it('a remote update from a second doc updates the store', async () => {
    const { doc: a, ids } = seeded();
    const b = new Y.Doc();
    sync(a, b);
    const { store } = bind(b);
    updateProject(a, ids.kill[3]!, { title: 'from a colleague' });
    setOnePagerText(a, 'purpose', 'Fix it the first time');
    sync(a, b);
    await Promise.resolve();
    expect(store.getState().projects[ids.kill[3]!]?.title).toBe('from a colleague');
    expect(store.getState().texts.purpose).toBe('Fix it the first time');
  });

  it('a batch of 50 remote edits produces one store update', async () => {
    const { doc: a, ids } = seeded();
    const b = new Y.Doc();
    sync(a, b);
    const { store } = bind(b);
    const all = [...ids.inbox, ...ids.keep, ...ids.kill];
    const updates: Uint8Array[] = [];
    a.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 50; i++) updateProject(a, all[i % all.length]!, { title: `edit ${i}` });
    expect(updates).toHaveLength(50);

    let notified = 0;
    const unsubscribe = store.subscribe(() => notified++);
    // As one merged update (one transaction) …
    Y.applyUpdate(b, Y.mergeUpdates(updates), 'remote');
    await Promise.resolve();
    expect(notified).toBe(1);
    expect(store.getState().projects[all[49 % all.length]!]?.title).toBe('edit 49');

    // … and as 50 separate updates applied in one task (coalesced per microtask).
    const c = new Y.Doc();
    sync(a, c);
    const bound = bind(c);
    let count = 0;
    bound.store.subscribe(() => count++);
    const separate: Uint8Array[] = [];
    const d = new Y.Doc();
    sync(a, d);
    d.on('update', (u: Uint8Array) => separate.push(u));
    for (let i = 0; i < 50; i++) updateProject(d, all[i % all.length]!, { title: `again ${i}` });
    for (const u of separate) Y.applyUpdate(c, u, 'remote');
    expect(count).toBe(0);
    await Promise.resolve();
    expect(count).toBe(1);
    expect(bound.store.getState().projects[all[49 % all.length]!]?.title).toBe('again 49');
    unsubscribe();
  });

  it('hostile data written straight into the doc never throws and is reported', async () => {
    const { doc: good, ids } = seeded();
    const hostile = new Y.Doc();
    sync(good, hostile);
    const b = new Y.Doc();
    sync(good, b);
    const { store } = bind(b);

    hostile.transact(() => {
      const projects = collection(hostile, 'projects');
      const p = projects.get(ids.inbox[0]!)!;
      p.set('title', 42);
      p.set('column', 'nowhere');
      p.set('focusAreaIds', 'not a list');
      p.set('description', 'x'.repeat(5_000_000));
      p.set('order', { evil: true });
      (projects as unknown as Y.Map<unknown>).set('not-a-record', 'just a string');
      (projects as unknown as Y.Map<unknown>).set('x'.repeat(500), new Y.Map());
      metaMap(hostile).set('title', ['a', 'list']);
      metaMap(hostile).set('updatedAt', 'yesterday');
      onePagerMap(hostile).set('purpose', 12);
      const objectives = collection(hostile, 'objectives');
      const o1 = new Y.Map<unknown>();
      const o2 = new Y.Map<unknown>();
      objectives.set('o1', o1);
      objectives.set('o2', o2);
      o1.set('parentId', 'o2');
      o2.set('parentId', 'o1');
      o1.set('focusAreaId', 'gone');
      const krs = collection(hostile, 'keyResults');
      const kr = new Y.Map<unknown>();
      krs.set('kr', kr);
      kr.set('objectiveId', 'missing');
      kr.set('confidence', 99);
      kr.set('initiatives', [1, null, 'p-missing']);
      const ci = new Y.Map<unknown>();
      collection(hostile, 'checkIns').set('ci', ci);
      ci.set('date', 'soon');
    }, 'hostile');
    expect(() => sync(hostile, b)).not.toThrow();
    await Promise.resolve();
    const s = store.getState();
    const p = s.projects[ids.inbox[0]!]!;
    expect(p.title).toBe('');
    expect(p.column).toBe('inbox');
    expect(p.description.length).toBe(20_000);
    expect(s.projects['not-a-record']).toBeUndefined();
    expect(s.meta.title).toBe('');
    expect(s.texts.purpose).toBe('');
    expect(s.keyResults.kr?.confidence).toBe(10);
    expect(s.checkIns.ci).toBeUndefined();
    expect(s.problemCount).toBeGreaterThanOrEqual(8);
    expect(s.problems.map((x) => x.where)).toEqual(
      expect.arrayContaining([
        `projects.${ids.inbox[0]}.title`,
        'meta.title',
        'onePager.purpose',
        'projects.not-a-record',
      ]),
    );
    // The sorted lists still hold every readable card exactly once.
    const listed = [
      ...s.projectIdsByColumn.inbox,
      ...s.projectIdsByColumn.keep,
      ...s.projectIdsByColumn.kill,
    ];
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toHaveLength(12);
  });

  it('groups key results per objective in order', () => {
    const doc = new Y.Doc();
    initWorkshop(doc);
    const o = createObjective(doc, { title: 'Delight' });
    const k1 = createKeyResult(doc, o, { title: 'one' });
    const k2 = createKeyResult(doc, o, { title: 'two' });
    const { store } = bind(doc);
    expect(store.getState().objectiveIds).toEqual([o]);
    expect(store.getState().keyResultIdsByObjective[o]).toEqual([k1, k2]);
  });

  it('undo reverts only local edits, never a colleague’s', async () => {
    const { doc: a, ids } = seeded();
    const b = new Y.Doc();
    sync(a, b);
    const bound = bind(b);
    const { store } = bound;
    expect(store.getState().canUndo).toBe(false);

    updateMeta(b, { title: 'Mine' });
    expect(store.getState().canUndo).toBe(true);
    updateProject(a, ids.keep[0]!, { title: 'Theirs' });
    sync(a, b);
    await Promise.resolve();
    expect(store.getState().projects[ids.keep[0]!]?.title).toBe('Theirs');

    bound.undo();
    expect(store.getState().meta.title).toBe('Acme');
    expect(store.getState().projects[ids.keep[0]!]?.title).toBe('Theirs');
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().canRedo).toBe(true);
    bound.redo();
    expect(store.getState().meta.title).toBe('Mine');
  });

  it('dispose stops following the doc', () => {
    const { doc, ids } = seeded();
    const bound = createWorkshopStore(doc);
    bound.dispose();
    updateProject(doc, ids.keep[0]!, { title: 'after dispose' });
    expect(bound.store.getState().projects[ids.keep[0]!]?.title).toBe('keep 0');
  });
});
