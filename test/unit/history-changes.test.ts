import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addChanges,
  ChangeTally,
  createObjective,
  createProject,
  deleteObjective,
  deleteProject,
  describeChanges,
  editOnePagerText,
  initWorkshop,
  lockStep,
  summarizePoint,
  updateProject,
  type ChangeStats,
} from '../../shared/model';

const changes = (edits: number, areas: ChangeStats['areas'], records = {}): ChangeStats => ({
  edits,
  areas,
  deleted: { records, texts: [] },
});

describe('summaries of history points', () => {
  it('say how many edits and where', () => {
    expect(describeChanges(changes(12, ['projects', 'objectives']))).toBe(
      '12 edits: projects, objectives',
    );
    expect(describeChanges(changes(1, ['onePager']))).toBe('1 edit: one-pager');
    expect(describeChanges(changes(0, []))).toBe('no edits');
    expect(describeChanges(changes(3, ['projects'], { projects: 2 }))).toBe(
      '3 edits: projects; deleted 2 projects',
    );
  });

  it('name what a point before a deletion was taken before', () => {
    expect(
      summarizePoint({
        kind: 'before-delete',
        changes: changes(0, []),
        deleting: { records: { projects: 12, objectives: 3 }, texts: [] },
      }),
    ).toBe('before deleting 12 projects, 3 objectives');
    expect(
      summarizePoint({
        kind: 'before-delete',
        changes: changes(2, ['projects']),
        deleting: { records: { keyResults: 1 }, texts: ['purpose', 'vision'] },
      }),
    ).toBe(
      "before deleting 1 key result, the one-pager's purpose, vision (after 2 edits: projects)",
    );
    expect(summarizePoint({ kind: 'opened', changes: changes(0, []) })).toBe('opened');
  });

  it('add up when two points become one', () => {
    const sum = addChanges(
      changes(2, ['projects'], { projects: 1 }),
      changes(3, ['meta', 'projects'], { projects: 2, objectives: 1 }),
    );
    expect(sum).toEqual({
      edits: 5,
      areas: ['meta', 'projects'],
      deleted: { records: { projects: 3, objectives: 1 }, texts: [] },
    });
  });
});

describe('the change tally of a doc', () => {
  it('counts content edits by area and the records they delete, not room state', () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: 'T' });
    const tally = new ChangeTally();
    const stop = tally.watch(doc);
    expect(tally.dirty).toBe(false);
    lockStep(doc, 'alignment'); // room state: not an edit of the workshop
    expect(tally.dirty).toBe(false);
    const a = createProject(doc, { title: 'A' });
    const b = createProject(doc, { title: 'B' });
    updateProject(doc, a, { title: 'A2' });
    editOnePagerText(doc, 'purpose', 0, 0, 'Why');
    const o = createObjective(doc, { title: 'O' });
    deleteProject(doc, b);
    deleteObjective(doc, o);
    expect(tally.take()).toEqual({
      edits: 7,
      areas: ['onePager', 'projects', 'objectives'],
      deleted: { records: { projects: 1, objectives: 1 }, texts: [] },
    });
    expect(tally.dirty).toBe(false);
    stop();
    createProject(doc, { title: 'C' });
    expect(tally.dirty).toBe(false);
  });
});
