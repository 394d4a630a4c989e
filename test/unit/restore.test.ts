import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createCheckIn,
  createKeyResult,
  createProject,
  createUndoManager,
  deleteObjective,
  deleteProject,
  lockStep,
  metaMap,
  readRoomState,
  readWorkshop,
  restoreObjective,
  restoreOnePagerText,
  restoreRecord,
  restoreStep,
  restoreWorkshop,
  setAgreed,
  setOnePagerText,
  updateFocusArea,
  updateMeta,
  updateObjective,
  updateProject,
} from '../../shared/model';
import { Peers } from '../support/peers';
import { prng } from '../support/random';
import { content, sampleDoc, wipe } from '../support/sample-workshop';

/** A copy of a doc as a history point keeps it. */
const pointOf = (doc: Y.Doc): Y.Doc => {
  const past = new Y.Doc();
  Y.applyUpdate(past, Y.encodeStateAsUpdate(doc));
  return past;
};

/** Three peers holding the sample workshop, in sync. */
function room(seed: number) {
  const peers = new Peers(3);
  const rng = prng(seed);
  sampleDoc(peers.docs[0]);
  peers.flush(rng);
  return { peers, rng, docs: peers.docs };
}

describe('restoring the whole workshop', () => {
  it('wipe → restore: every peer is identical to before the wipe (shuffled delivery)', () => {
    for (const seed of [1, 2, 3, 4]) {
      const { peers, rng, docs } = room(seed);
      const before = content(docs[0]!);
      expect(before.projects.length).toBeGreaterThan(5);
      const past = pointOf(docs[2]!);
      wipe(docs[1]!);
      peers.deliverSome(rng);
      peers.flush(rng);
      expect(readWorkshop(docs[0]!).projects).toEqual([]);
      restoreWorkshop(docs[0]!, past);
      peers.deliverSome(rng);
      peers.flush(rng);
      for (const doc of docs) expect(content(doc)).toEqual(before);
    }
  });

  it('keeps a card a colleague adds while the restore travels', () => {
    const { peers, rng, docs } = room(5);
    const before = content(docs[0]!);
    const past = pointOf(docs[0]!);
    wipe(docs[1]!);
    peers.flush(rng);
    const added = createProject(docs[1]!, { title: 'Added during the restore' });
    restoreWorkshop(docs[2]!, past);
    peers.flush(rng);
    for (const doc of docs) {
      const now = content(doc);
      expect(now.projects.map((p) => p.id).sort()).toEqual(
        [...before.projects.map((p) => p.id), added].sort(),
      );
      expect(now.objectives).toEqual(before.objectives);
    }
  });

  it('is one undo step for the restorer: do → undo → redo', () => {
    const { peers, rng, docs } = room(6);
    const before = content(docs[0]!);
    const past = pointOf(docs[0]!);
    wipe(docs[1]!);
    peers.flush(rng);
    const wiped = content(docs[0]!);
    const undo = createUndoManager(docs[0]!, 0);
    restoreWorkshop(docs[0]!, past);
    expect(undo.undoStack.length).toBe(1);
    peers.flush(rng);
    for (const doc of docs) expect(content(doc)).toEqual(before);
    undo.undo();
    peers.flush(rng);
    for (const doc of docs) expect(content(doc)).toEqual(wiped);
    undo.redo();
    peers.flush(rng);
    for (const doc of docs) expect(content(doc)).toEqual(before);
  });

  it('never touches the room state, the agreement or the workshop id', () => {
    const { docs } = room(7);
    const doc = docs[0]!;
    const past = pointOf(doc);
    lockStep(doc, 'alignment');
    setAgreed(doc, true);
    const id = metaMap(doc).get('id');
    restoreWorkshop(doc, past);
    expect(readRoomState(doc).locks).toEqual(['alignment']);
    expect(readWorkshop(doc).meta.agreed).toBe(true);
    expect(metaMap(doc).get('id')).toBe(id);
  });

  it('writes nothing when nothing changed since the point', () => {
    const { docs } = room(8);
    const doc = docs[0]!;
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    restoreWorkshop(doc, pointOf(doc));
    // Only the edit stamp.
    expect(updates.length).toBe(1);
    expect(Object.keys(Y.decodeUpdate(updates[0]!).structs).length).toBe(1);
  });
});

describe('restoring one record', () => {
  it('brings a deleted card back and leaves concurrent edits to other records intact', () => {
    const { peers, rng, docs } = room(9);
    const w = readWorkshop(docs[0]!);
    const [card, other] = w.projects;
    const objective = w.objectives[0]!;
    const past = pointOf(docs[0]!);
    deleteProject(docs[1]!, card!.id);
    updateProject(docs[1]!, other!.id, { title: 'Renamed meanwhile' });
    peers.flush(rng);
    // Concurrent with the restore, not yet seen by the restorer:
    updateObjective(docs[2]!, objective.id, { title: 'Sharper objective' });
    restoreRecord(docs[0]!, past, 'projects', card!.id);
    peers.flush(rng);
    for (const doc of docs) {
      const now = readWorkshop(doc);
      expect(now.projects.find((p) => p.id === card!.id)).toEqual(card);
      expect(now.projects.find((p) => p.id === other!.id)!.title).toBe('Renamed meanwhile');
      expect(now.objectives.find((o) => o.id === objective.id)!.title).toBe('Sharper objective');
    }
  });

  it('sets a changed record’s fields back, and deletes a record that did not exist then', () => {
    const { docs } = room(10);
    const doc = docs[0]!;
    const area = readWorkshop(doc).onePager.focusAreas[0]!;
    const past = pointOf(doc);
    updateFocusArea(doc, area.id, { title: 'Changed', description: '' });
    const added = createProject(doc, { title: 'Added after the point' });
    restoreRecord(doc, past, 'focusAreas', area.id);
    restoreRecord(doc, past, 'projects', added);
    const now = readWorkshop(doc);
    expect(now.onePager.focusAreas.find((f) => f.id === area.id)).toEqual(area);
    expect(now.projects.some((p) => p.id === added)).toBe(false);
  });

  it('brings an objective back with its key results and their check-ins', () => {
    const { peers, rng, docs } = room(11);
    const before = readWorkshop(docs[0]!);
    const objective = before.objectives.find((o) =>
      before.keyResults.some(
        (kr) => kr.objectiveId === o.id && before.checkIns.some((c) => c.keyResultId === kr.id),
      ),
    )!;
    const krs = before.keyResults.filter((kr) => kr.objectiveId === objective.id);
    const checkIns = before.checkIns.filter((c) => krs.some((kr) => kr.id === c.keyResultId));
    expect(krs.length).toBeGreaterThan(1);
    expect(checkIns.length).toBeGreaterThan(0);
    const past = pointOf(docs[0]!);
    const extra = createKeyResult(docs[1]!, objective.id, { title: 'Added since' })!;
    createCheckIn(docs[1]!, extra, { date: '2027-02-05', value: 1, confidence: 5 });
    deleteObjective(docs[1]!, objective.id);
    peers.flush(rng);
    restoreObjective(docs[0]!, past, objective.id);
    peers.flush(rng);
    for (const doc of docs) {
      const now = readWorkshop(doc);
      expect(now.objectives.find((o) => o.id === objective.id)).toEqual(objective);
      expect(now.keyResults.filter((kr) => kr.objectiveId === objective.id)).toEqual(krs);
      expect(now.checkIns.filter((c) => krs.some((kr) => kr.id === c.keyResultId))).toEqual(
        checkIns,
      );
      expect(now.checkIns.some((c) => c.keyResultId === extra)).toBe(false);
    }
  });

  it('edits a one-pager text back with the smallest change, keeping a colleague’s typing', () => {
    const { peers, rng, docs } = room(12);
    setOnePagerText(docs[0]!, 'purpose', 'We help field teams fix it the first time.');
    peers.flush(rng);
    const past = pointOf(docs[0]!);
    setOnePagerText(docs[1]!, 'purpose', 'We help field teams.');
    peers.flush(rng);
    restoreOnePagerText(docs[0]!, past, 'purpose');
    peers.flush(rng);
    for (const doc of docs)
      expect(readWorkshop(doc).onePager.purpose).toBe('We help field teams fix it the first time.');
  });
});

describe('restoring one step', () => {
  it('restores every part the step owns and nothing else', () => {
    const { peers, rng, docs } = room(13);
    const before = readWorkshop(docs[0]!);
    const past = pointOf(docs[0]!);
    wipe(docs[1]!);
    peers.flush(rng);
    restoreStep(docs[0]!, past, 'onepager');
    peers.flush(rng);
    for (const doc of docs) {
      const now = readWorkshop(doc);
      expect(now.onePager).toEqual(before.onePager);
      expect(now.meta.title).toBe(before.meta.title);
      expect(now.projects).toEqual([]);
      expect(now.objectives).toEqual([]);
    }
    restoreStep(docs[2]!, past, 'alignment');
    peers.flush(rng);
    for (const doc of docs) {
      expect(readWorkshop(doc).projects).toEqual(before.projects);
      expect(readWorkshop(doc).objectives).toEqual([]);
    }
  });

  it('restores a step’s own workshop details (title and cycle for the one-pager)', () => {
    const { docs } = room(14);
    const doc = docs[0]!;
    const before = readWorkshop(doc).meta;
    const past = pointOf(doc);
    updateMeta(doc, { title: 'Changed', cycle: 'Changed', cycleStart: '2030-01-01' });
    restoreStep(doc, past, 'onepager');
    const now = readWorkshop(doc).meta;
    expect([now.title, now.cycle]).toEqual([before.title, before.cycle]);
    // The cycle's dates are the Drumbeat's: restoring the one-pager leaves them, the Drumbeat's
    // restore sets them back.
    expect(now.cycleStart).toBe('2030-01-01');
    restoreStep(doc, past, 'drumbeat');
    expect(readWorkshop(doc).meta.cycleStart).toBe(before.cycleStart);
  });

  it('do → undo → redo of a step restore', () => {
    const { docs } = room(15);
    const doc = docs[0]!;
    const past = pointOf(doc);
    wipe(doc);
    const wiped = content(doc);
    const undo = createUndoManager(doc, 0);
    restoreStep(doc, past, 'alignment');
    const restored = content(doc);
    expect(restored.projects.length).toBeGreaterThan(0);
    undo.undo();
    expect(content(doc)).toEqual(wiped);
    undo.redo();
    expect(content(doc)).toEqual(restored);
  });
});
