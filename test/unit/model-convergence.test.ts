import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  COLUMNS,
  createKeyResult,
  createObjective,
  createProject,
  deleteKeyResult,
  deleteObjective,
  deleteProject,
  editOnePagerText,
  initWorkshop,
  moveKeyResult,
  moveObjective,
  moveProject,
  readWorkshop,
  updateProject,
  type Workshop,
} from '../../shared/model';
import { Peers } from '../support/peers';
import { prng, type Rng } from '../support/random';

/** One random mutation by one peer, drawn from everything a room does at once. */
function mutate(doc: Y.Doc, rng: Rng): void {
  const w = readWorkshop(doc);
  const project = rng.pick(w.projects);
  const objective = rng.pick(w.objectives);
  const kr = rng.pick(w.keyResults);
  switch (rng.int(10)) {
    case 0:
      createProject(
        doc,
        { title: `P${rng.int(1000)}` },
        { column: rng.pick(COLUMNS)!, index: rng.int(5) },
      );
      break;
    case 1:
    case 2:
      if (project) moveProject(doc, project.id, rng.pick(COLUMNS)!, rng.int(w.projects.length + 1));
      break;
    case 3:
      if (project) updateProject(doc, project.id, { title: `${project.title}*` });
      break;
    case 4:
      if (project && rng.next() < 0.5) deleteProject(doc, project.id);
      break;
    case 5: {
      const t = doc.getMap('onePager').get('purpose');
      const len = t instanceof Y.Text ? t.length : 0;
      editOnePagerText(
        doc,
        'purpose',
        rng.int(len + 1),
        rng.int(3),
        String.fromCharCode(97 + rng.int(26)),
      );
      break;
    }
    case 6:
      createObjective(doc, { title: `O${rng.int(1000)}` }, rng.int(4));
      break;
    case 7:
      if (objective) {
        if (rng.next() < 0.2) deleteObjective(doc, objective.id);
        else moveObjective(doc, objective.id, rng.int(w.objectives.length + 1));
      }
      break;
    case 8:
      if (objective)
        createKeyResult(doc, objective.id, { title: `K${rng.int(1000)}`, target: rng.int(100) });
      break;
    case 9:
      if (kr && objective) {
        if (rng.next() < 0.3) deleteKeyResult(doc, kr.id);
        else moveKeyResult(doc, kr.id, objective.id, rng.int(4));
      }
      break;
  }
}

function everyCardOnce(w: Workshop): void {
  const ids = w.projects.map((p) => p.id);
  expect(new Set(ids).size).toBe(ids.length);
  const perColumn = COLUMNS.flatMap((c) =>
    w.projects.filter((p) => p.column === c).map((p) => p.id),
  );
  expect(perColumn.sort()).toEqual([...ids].sort());
}

describe('convergence under shuffled, duplicated delivery', () => {
  for (const [seed, users] of [
    [1, 3],
    [2, 4],
    [3, 5],
    [42, 3],
    [2027, 5],
  ] as const) {
    it(`seed ${seed}, ${users} peers: all docs end identical, every card exactly once`, () => {
      const rng = prng(seed);
      const peers = new Peers(users);
      initWorkshop(peers.docs[0]!, { id: 'w1', title: 'Convergence' });
      peers.flush(rng);
      for (let step = 0; step < 400; step++) {
        mutate(rng.pick(peers.docs)!, rng);
        if (rng.next() < 0.3) peers.deliverSome(rng);
      }
      peers.flush(rng);
      const [first, ...rest] = peers.docs.map((d) => readWorkshop(d));
      expect(first!.projects.length + first!.objectives.length).toBeGreaterThan(10);
      for (const w of rest) expect(w).toEqual(first);
      for (const d of peers.docs) everyCardOnce(readWorkshop(d));
      const vectors = peers.docs.map((d) => Buffer.from(Y.encodeStateVector(d)).toString('hex'));
      expect(new Set(vectors).size).toBe(1);
    });
  }

  it('two people moving the same card at the same moment: it ends in exactly one place', () => {
    const rng = prng(7);
    const peers = new Peers(2);
    const [a, b] = peers.docs as [Y.Doc, Y.Doc];
    const ids = ['x', 'y', 'z'].map((t) => createProject(a, { title: t }));
    peers.flush(rng);
    moveProject(a, ids[0]!, 'keep', 0);
    moveProject(b, ids[0]!, 'kill', 1);
    moveProject(b, ids[1]!, 'keep', 0);
    peers.flush(rng);
    const wa = readWorkshop(a);
    expect(wa).toEqual(readWorkshop(b));
    expect(wa.projects).toHaveLength(3);
    everyCardOnce(wa);
    expect(['keep', 'kill']).toContain(wa.projects.find((p) => p.id === ids[0])!.column);
  });
});
