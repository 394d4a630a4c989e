import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addKilledProjectToNotDoing,
  addListItem,
  createCheckIn,
  createFocusArea,
  createKeyResult,
  createObjective,
  createProject,
  createProjects,
  createUndoManager,
  deleteCheckIn,
  deleteFocusArea,
  deleteKeyResult,
  deleteListItem,
  deleteObjective,
  deleteProject,
  editOnePagerText,
  initWorkshop,
  linkInitiative,
  moveFocusArea,
  moveKeyResult,
  moveListItem,
  moveObjective,
  moveProject,
  readWorkshop,
  setAgreed,
  setOnePagerText,
  toggleProjectFocusArea,
  unlinkInitiative,
  updateCheckIn,
  updateFocusArea,
  updateKeyResult,
  updateListItem,
  updateMeta,
  updateObjective,
  updateProject,
} from '../../shared/model';

/** A workshop with a little of everything, made with system origin (not undoable). */
function seeded() {
  const doc = new Y.Doc();
  initWorkshop(doc, { id: 'w', title: 'Undo' });
  const fa = createFocusArea(doc, { title: 'Focus A' });
  const fb = createFocusArea(doc, { title: 'Focus B' });
  const [p1, p2, p3] = createProjects(doc, [
    { title: 'One' },
    { title: 'Two' },
    { title: 'Three' },
  ]);
  moveProject(doc, p3!, 'kill', 0);
  const o1 = createObjective(doc, { title: 'Objective 1' });
  const o2 = createObjective(doc, { title: 'Objective 2', team: 'Sales', parentId: o1 });
  const k1 = createKeyResult(doc, o1, { title: 'KR 1', baseline: 1, target: 2 })!;
  const k2 = createKeyResult(doc, o1, { title: 'KR 2' })!;
  const c1 = createCheckIn(doc, k1, { date: '2027-01-08', value: 1.5 })!;
  const n1 = addListItem(doc, 'notDoing', 'No hardware');
  addListItem(doc, 'notDoing', 'No enterprise deals');
  linkInitiative(doc, k2, p2!);
  const m1 = addListItem(doc, 'metrics', 'NRR');
  setOnePagerText(doc, 'purpose', 'Help technicians');
  const ids = { fa, fb, p1: p1!, p2: p2!, p3: p3!, o1, o2, k1, k2, c1, n1, m1 };
  // Seeding is history the user cannot undo: start the undo manager afterwards.
  const undo = createUndoManager(doc, 0);
  return { doc, undo, ids };
}

type Ids = ReturnType<typeof seeded>['ids'];
const mutations: Record<string, (doc: Y.Doc, ids: Ids) => unknown> = {
  updateMeta: (d) =>
    updateMeta(d, { title: 'Renamed', cycle: '2027-Q2', cycleStart: '2027-01-01' }),
  setAgreed: (d) => setAgreed(d, true),
  editOnePagerText: (d) => editOnePagerText(d, 'vision', 0, 0, 'By 2030'),
  setOnePagerText: (d) => setOnePagerText(d, 'purpose', 'Help field technicians fix things'),
  createFocusArea: (d) => createFocusArea(d, { title: 'New focus' }, 0),
  updateFocusArea: (d, i) =>
    updateFocusArea(d, i.fa, { title: 'Renamed focus', description: 'Why' }),
  moveFocusArea: (d, i) => moveFocusArea(d, i.fb, 0),
  deleteFocusArea: (d, i) => deleteFocusArea(d, i.fa),
  addListItem: (d) => addListItem(d, 'metrics', 'Churn', { index: 0 }),
  updateListItem: (d, i) => updateListItem(d, 'notDoing', i.n1, 'No new hardware products'),
  moveListItem: (d, i) => moveListItem(d, 'notDoing', i.n1, 3),
  deleteListItem: (d, i) => deleteListItem(d, 'metrics', i.m1),
  addKilledProjectToNotDoing: (d, i) => addKilledProjectToNotDoing(d, i.p3),
  createProject: (d) =>
    createProject(d, { title: 'Four', team: 'Ops' }, { column: 'keep', index: 0 }),
  createProjects: (d) => createProjects(d, [{ title: 'Five' }, { title: 'Six' }]),
  updateProject: (d, i) => updateProject(d, i.p1, { title: 'One!', rationale: 'Because' }),
  moveProject: (d, i) => moveProject(d, i.p2, 'keep', 0),
  toggleProjectFocusArea: (d, i) => toggleProjectFocusArea(d, i.p1, i.fa),
  deleteProject: (d, i) => deleteProject(d, i.p1),
  createObjective: (d) => createObjective(d, { title: 'Objective 3', kind: 'committed' }, 0),
  updateObjective: (d, i) => updateObjective(d, i.o2, { team: null, focusAreaId: i.fa }),
  moveObjective: (d, i) => moveObjective(d, i.o2, 0),
  deleteObjective: (d, i) => deleteObjective(d, i.o1),
  createKeyResult: (d, i) => createKeyResult(d, i.o2, { title: 'KR 3', target: 10 }),
  updateKeyResult: (d, i) =>
    updateKeyResult(d, i.k1, { target: 5, direction: 'decrease', confidence: 7 }),
  moveKeyResult: (d, i) => moveKeyResult(d, i.k1, i.o2, 0),
  deleteKeyResult: (d, i) => deleteKeyResult(d, i.k1),
  linkInitiative: (d, i) => linkInitiative(d, i.k1, i.p1),
  unlinkInitiative: (d, i) => unlinkInitiative(d, i.k2, i.p2),
  createCheckIn: (d, i) => createCheckIn(d, i.k2, { date: '2027-01-15', value: 3, note: 'ok' }),
  updateCheckIn: (d, i) => updateCheckIn(d, i.c1, { value: 1.8, confidence: 4 }),
  deleteCheckIn: (d, i) => deleteCheckIn(d, i.c1),
};

/** The snapshot without the last-edit time, which every edit moves forward. */
function state(doc: Y.Doc) {
  const w = readWorkshop(doc);
  return { ...w, meta: { ...w.meta, updatedAt: 0 } };
}

describe('do → undo → redo for every mutation', () => {
  for (const [name, run] of Object.entries(mutations)) {
    it(name, () => {
      const { doc, undo, ids } = seeded();
      const before = state(doc);
      run(doc, ids);
      const after = state(doc);
      expect(after).not.toEqual(before);
      undo.undo();
      expect(state(doc)).toEqual(before);
      undo.redo();
      expect(state(doc)).toEqual(after);
    });
  }
});

describe('undo is per person', () => {
  it('a local undo never reverts a colleague’s edit', () => {
    const { doc: mine, undo } = seeded();
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    mine.on(
      'update',
      (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(theirs, u, 'remote'),
    );
    theirs.on(
      'update',
      (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(mine, u, 'remote'),
    );

    const theirProject = createProject(theirs, { title: 'Theirs' });
    const myProject = createProject(mine, { title: 'Mine' });
    updateProject(theirs, myProject, { team: 'Their team' });
    expect(undo.canUndo()).toBe(true);
    undo.undo();

    const w = readWorkshop(mine);
    expect(w.projects.some((p) => p.id === theirProject)).toBe(true);
    expect(w.projects.some((p) => p.id === myProject)).toBe(false);
    expect(readWorkshop(theirs).projects.map((p) => p.id)).toEqual(w.projects.map((p) => p.id));
    expect(undo.canUndo()).toBe(false);
  });

  it('seeding and imports (system origin) are not undoable', () => {
    const doc = new Y.Doc();
    const undo = createUndoManager(doc, 0);
    initWorkshop(doc, { title: 'Fresh' });
    expect(undo.canUndo()).toBe(false);
  });
});

describe('one-pager texts', () => {
  it('undoing the first edit of a field keeps a colleague’s text in it', () => {
    const mine = new Y.Doc();
    initWorkshop(mine, { title: 'Texts' });
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    const undo = createUndoManager(mine, 0);
    editOnePagerText(theirs, 'vision', 0, 0, 'Theirs. ');
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs));
    editOnePagerText(mine, 'vision', 8, 0, 'Mine.');
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    undo.undo();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    expect(readWorkshop(mine).onePager.vision).toBe('Theirs. ');
    expect(readWorkshop(theirs).onePager.vision).toBe('Theirs. ');
  });

  it('two peers typing offline into the same field both keep their words', () => {
    const a = new Y.Doc();
    initWorkshop(a, { title: 'Texts' });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    editOnePagerText(a, 'purpose', 0, 0, 'Alpha');
    editOnePagerText(b, 'purpose', 0, 0, 'Beta');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const purpose = readWorkshop(a).onePager.purpose;
    expect(purpose).toBe(readWorkshop(b).onePager.purpose);
    expect(purpose).toContain('Alpha');
    expect(purpose).toContain('Beta');
  });
});
