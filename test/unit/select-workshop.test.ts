import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addListItem,
  collection,
  COLUMNS,
  createCheckIn,
  createFocusArea,
  createKeyResult,
  createObjective,
  createProject,
  deleteFocusArea,
  deleteKeyResult,
  deleteObjective,
  deleteProject,
  dismissFinding,
  editOnePagerText,
  initWorkshop,
  linkInitiative,
  moveKeyResult,
  moveObjective,
  moveProject,
  readWorkshop,
  toggleProjectFocusArea,
  updateObjective,
  updateProject,
} from '../../shared/model';
import { importWorkshopJson } from '../../shared/model/interchange';
import { selectWorkshop } from '../../renderer/state/select-workshop';
import { createWorkshopStore, type WorkshopStore } from '../../renderer/state/workshop-store';
import { sampleJson } from '../support/export-workshops';
import { prng, type Rng } from '../support/random';

const open: WorkshopStore[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.dispose();
});

function bind(doc: Y.Doc): WorkshopStore {
  const s = createWorkshopStore(doc);
  open.push(s);
  return s;
}

const selected = (s: WorkshopStore) => selectWorkshop(s.store.getState());

/** References a peer may leave behind: every kind `readWorkshop` resolves. */
function danglingWorkshop(): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: 'Dangling', cycle: '2027-Q1' });
  const fa = createFocusArea(doc, { title: 'Focus' });
  const gone = createFocusArea(doc, { title: 'Gone soon' });
  const p1 = createProject(doc, { title: 'Tagged' }, { column: 'keep' });
  toggleProjectFocusArea(doc, p1, fa);
  toggleProjectFocusArea(doc, p1, gone); // a dangling tag once the peer deletes `gone`
  const p2 = createProject(doc, { title: 'Killed' }, { column: 'kill' });
  createProject(doc, { title: 'In the inbox' });
  const a = createObjective(doc, { title: 'A', focusAreaId: gone });
  const b = createObjective(doc, { title: 'B' });
  const kr = createKeyResult(doc, a, { title: 'KR of A', target: 10 })!;
  linkInitiative(doc, kr, p1);
  linkInitiative(doc, kr, p2);
  createCheckIn(doc, kr, { date: '2027-01-04', value: 3 });
  const orphan = createKeyResult(doc, b, { title: 'orphan', target: 1 })!;
  createCheckIn(doc, orphan, { date: '2027-01-05', value: 1 });
  addListItem(doc, 'notDoing', 'Not this');
  addListItem(doc, 'metrics', 'Uptime');
  dismissFinding(doc, 'kr-is-output', kr);
  // What a peer leaves behind, written with plain Yjs (the mutations would clean up).
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  peer.transact(() => {
    collection(peer, 'focusAreas').delete(gone);
    collection(peer, 'projects').delete(p2); // a dangling initiative
    collection(peer, 'objectives').delete(b); // an orphan key result and its check-in
    const objectives = collection(peer, 'objectives');
    (objectives.get(a) as Y.Map<unknown>).set('parentId', a); // its own parent
    const c = new Y.Map<unknown>();
    objectives.set('c', c);
    c.set('title', 'C');
    c.set('order', 'a5');
    c.set('parentId', 'd');
    const d = new Y.Map<unknown>();
    objectives.set('d', d);
    d.set('title', 'D');
    d.set('order', 'a6');
    d.set('parentId', 'c'); // a cycle
    const twice = new Y.Map<unknown>();
    collection(peer, 'dismissals').set('not-the-canonical-key', twice);
    twice.set('rule', 'kr-is-output');
    twice.set('targetId', kr);
    const bad = new Y.Map<unknown>();
    collection(peer, 'checkIns').set('bad-date', bad);
    bad.set('keyResultId', kr);
    bad.set('date', 'tomorrow');
    bad.set('value', 1);
  });
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), 'remote');
  return doc;
}

/** One random edit of everything the workshop holds. */
function mutate(doc: Y.Doc, rng: Rng): void {
  const w = readWorkshop(doc);
  const project = rng.pick(w.projects);
  const objective = rng.pick(w.objectives);
  const kr = rng.pick(w.keyResults);
  const fa = rng.pick(w.onePager.focusAreas);
  switch (rng.int(14)) {
    case 0:
      createProject(doc, { title: `P${rng.int(99)}` }, { column: rng.pick(COLUMNS)! });
      break;
    case 1:
      if (project) moveProject(doc, project.id, rng.pick(COLUMNS)!, rng.int(5));
      break;
    case 2:
      if (project) updateProject(doc, project.id, { title: `${project.title}*` });
      break;
    case 3:
      if (project) deleteProject(doc, project.id);
      break;
    case 4:
      if (project && fa) toggleProjectFocusArea(doc, project.id, fa.id);
      break;
    case 5:
      createFocusArea(doc, { title: `F${rng.int(99)}` });
      break;
    case 6:
      if (fa) deleteFocusArea(doc, fa.id);
      break;
    case 7:
      createObjective(doc, { title: `O${rng.int(99)}`, parentId: objective?.id ?? null });
      break;
    case 8:
      if (objective) moveObjective(doc, objective.id, rng.int(4));
      else editOnePagerText(doc, 'vision', 0, 0, 'v');
      break;
    case 9:
      if (objective) deleteObjective(doc, objective.id);
      break;
    case 10:
      if (objective) createKeyResult(doc, objective.id, { title: `K${rng.int(99)}`, target: 5 });
      break;
    case 11:
      if (kr && project) linkInitiative(doc, kr.id, project.id);
      else if (kr) moveKeyResult(doc, kr.id, kr.objectiveId, rng.int(3));
      break;
    case 12:
      if (kr)
        createCheckIn(doc, kr.id, { date: `2027-0${1 + rng.int(9)}-1${rng.int(9)}`, value: 1 });
      break;
    default:
      if (kr) deleteKeyResult(doc, kr.id);
      else if (objective) updateObjective(doc, objective.id, { title: 'x' });
  }
}

describe('selectWorkshop reads the store as readWorkshop reads the doc', () => {
  it('the sample workshop', () => {
    const doc = new Y.Doc();
    importWorkshopJson(doc, sampleJson());
    expect(selected(bind(doc))).toEqual(readWorkshop(doc));
  });

  it('dangling references, a parent cycle, an orphan key result, a duplicate dismissal', () => {
    const doc = danglingWorkshop();
    const w = selected(bind(doc));
    expect(w).toEqual(readWorkshop(doc));
    // The cases are really there, not resolved away before the comparison.
    expect(w.objectives.find((o) => o.title === 'A')?.parentId).toBeNull();
    expect(w.projects.find((p) => p.title === 'Tagged')?.focusAreaIds).toHaveLength(1);
    expect(w.keyResults.map((k) => k.title)).toEqual(['KR of A']);
    expect(w.keyResults[0]?.initiatives).toHaveLength(1);
    expect(w.dismissals).toHaveLength(1);
  });

  it('after every one of 300 random edits (3 seeds), local and remote', () => {
    for (const seed of [1, 2, 3]) {
      const rng = prng(seed);
      const doc = new Y.Doc();
      initWorkshop(doc, { title: 'Random' });
      const peer = new Y.Doc();
      const s = bind(doc);
      for (let i = 0; i < 100; i++) {
        if (rng.next() < 0.3) {
          Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(peer)));
          mutate(peer, rng);
          Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), 'remote');
          s.flush();
        } else mutate(doc, rng);
        expect(selected(s), `seed ${seed}, edit ${i}`).toEqual(readWorkshop(doc));
      }
    }
  });
});

describe('selectWorkshop is memoised on what it reads', () => {
  it('returns the same object while the store changes only what it does not read', () => {
    const doc = danglingWorkshop();
    const s = bind(doc);
    const before = selected(s);
    expect(selected(s)).toBe(before);
    s.store.setState({ canUndo: !s.store.getState().canUndo, problems: [] });
    expect(selected(s)).toBe(before);
  });

  it('after one project edit, only the project list is new; the edited project alone changes', () => {
    const doc = danglingWorkshop();
    const s = bind(doc);
    const before = selected(s);
    const [edited, other] = before.projects;
    updateProject(doc, edited!.id, { title: 'renamed' });
    const after = selected(s);
    expect(after).not.toBe(before);
    expect(after.projects).not.toBe(before.projects);
    expect(after.projects.find((p) => p.id === other!.id)).toBe(other);
    // (meta changes too: every local edit stamps `updatedAt`.)
    for (const key of ['onePager', 'objectives', 'keyResults', 'checkIns', 'dismissals'])
      expect(after[key as keyof typeof after], key).toBe(before[key as keyof typeof before]);
  });

  it('two open stores keep their own results', () => {
    const a = bind(danglingWorkshop());
    const docB = new Y.Doc();
    importWorkshopJson(docB, sampleJson());
    const b = bind(docB);
    const wa = selected(a);
    const wb = selected(b);
    expect(selected(a)).toBe(wa);
    expect(selected(b)).toBe(wb);
    expect(wa).not.toEqual(wb);
  });
});
