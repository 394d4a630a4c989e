import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CheckIn, KeyResult, Project } from '../../shared/model';
import { initWorkshop } from '../../shared/model';
import { movesAnyRecord, rebuildIdLists } from '../../renderer/state/id-lists';
import { createWorkshopStore } from '../../renderer/state/workshop-store';
import type { WorkshopState } from '../../renderer/state/workshop-state';

/** The state of an empty workshop, as the store starts. */
function emptyState(): WorkshopState {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: 'Lists' });
  const s = createWorkshopStore(doc);
  const state = s.store.getState();
  s.dispose();
  return state;
}

const project = (id: string, order: string, column: Project['column']): Project => ({
  id,
  order,
  column,
  title: id,
  description: '',
  team: '',
  focusAreaIds: [],
  rationale: '',
});
const keyResult = (id: string, order: string, objectiveId: string): KeyResult => ({
  id,
  order,
  objectiveId,
  title: id,
  metric: '',
  unit: '',
  baseline: null,
  target: null,
  current: null,
  direction: 'increase',
  confidence: null,
  team: '',
  initiatives: [],
});
const checkIn = (id: string, date: string, keyResultId: string): CheckIn => ({
  id,
  keyResultId,
  date,
  value: 1,
  confidence: 5,
  note: '',
});
const byId = <T extends { id: string }>(...records: T[]) =>
  Object.fromEntries(records.map((r) => [r.id, r]));

describe('id lists', () => {
  it('only an added, removed or moved record makes the lists worth rebuilding', () => {
    const a = project('a', 'a0', 'inbox');
    expect(movesAnyRecord('projects', [[a, { ...a, title: 'typed' }]])).toBe(false);
    expect(movesAnyRecord('projects', [[a, { ...a, order: 'a1' }]])).toBe(true);
    expect(movesAnyRecord('projects', [[a, { ...a, column: 'keep' }]])).toBe(true);
    expect(movesAnyRecord('projects', [[undefined, a]])).toBe(true);
    expect(movesAnyRecord('projects', [[a, undefined]])).toBe(true);
    const c = checkIn('c', '2027-01-04', 'k');
    expect(movesAnyRecord('checkIns', [[c, { ...c, note: 'n' }]])).toBe(false);
    expect(movesAnyRecord('checkIns', [[c, { ...c, date: '2027-01-05' }]])).toBe(true);
    const k = keyResult('k', 'a0', 'o1');
    expect(movesAnyRecord('keyResults', [[k, { ...k, objectiveId: 'o2' }]])).toBe(true);
  });

  it('a card moved across columns changes those two columns; the third keeps its list', () => {
    const before = emptyState();
    const records = byId(
      project('a', 'a0', 'inbox'),
      project('b', 'a1', 'inbox'),
      project('c', 'a0', 'kill'),
    );
    const first = rebuildIdLists('projects', records, before);
    expect(first.projectIdsByColumn).toEqual({ inbox: ['a', 'b'], keep: [], kill: ['c'] });
    const state = { ...before, ...first, projects: records };
    const moved = rebuildIdLists('projects', { ...records, b: project('b', 'a5', 'keep') }, state);
    expect(moved.projectIdsByColumn).toEqual({ inbox: ['a'], keep: ['b'], kill: ['c'] });
    expect(moved.projectIdsByColumn?.kill).toBe(state.projectIdsByColumn.kill);
    // Same content again: nothing to set.
    expect(rebuildIdLists('projects', records, state)).toEqual({});
  });

  it('orders by fractional key, then id', () => {
    const before = emptyState();
    const records = byId(
      project('z', 'a1', 'keep'),
      project('y', 'a1', 'keep'),
      project('x', 'a0', 'keep'),
    );
    expect(rebuildIdLists('projects', records, before).projectIdsByColumn?.keep).toEqual([
      'x',
      'y',
      'z',
    ]);
  });

  it('groups key results per objective and check-ins per key result (by date, then id)', () => {
    const before = emptyState();
    const krs = byId(
      keyResult('k2', 'a1', 'o1'),
      keyResult('k1', 'a0', 'o1'),
      keyResult('k3', 'a0', 'o2'),
    );
    const grouped = rebuildIdLists('keyResults', krs, before).keyResultIdsByObjective!;
    expect(grouped).toEqual({ o1: ['k1', 'k2'], o2: ['k3'] });
    const state = { ...before, keyResultIdsByObjective: grouped };
    const changed = rebuildIdLists(
      'keyResults',
      { ...krs, k3: keyResult('k3', 'a0', 'o3') },
      state,
    ).keyResultIdsByObjective!;
    expect(changed).toEqual({ o1: ['k1', 'k2'], o3: ['k3'] });
    expect(changed.o1).toBe(grouped.o1);

    const checkIns = byId(
      checkIn('c2', '2027-01-11', 'k1'),
      checkIn('c1', '2027-01-11', 'k1'),
      checkIn('c0', '2027-01-04', 'k1'),
    );
    expect(rebuildIdLists('checkIns', checkIns, before).checkInIdsByKeyResult).toEqual({
      k1: ['c0', 'c1', 'c2'],
    });
  });
});
