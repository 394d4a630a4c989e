// A parent in another workshop (issue 14 §6): the objective's cross-workshop parent as a
// model edit (do → undo → redo), the cached title kept up to date by a non-undoable
// refresh, the forgiving read of what a peer stored, and the cascade in the exports.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { workshopToMarkdown } from '../../shared/export';
import {
  collection,
  createObjective,
  createUndoManager,
  initWorkshop,
  metaMap,
  readWorkshop,
  refreshUpstreamTitles,
  updateObjective,
  upstreamOf,
  type Objective,
} from '../../shared/model';

const COMPANY = {
  workshop: 'company-2027',
  objective: 'o-ftf',
  title: 'Fix it on the first visit',
};

function teamDoc() {
  const doc = new Y.Doc();
  initWorkshop(doc, { id: 'team-cs', title: 'Customer Success 2027' });
  const local = createObjective(doc, { title: 'Company goal in this workshop' });
  const mine = createObjective(doc, { title: 'Onboard every customer in a week', team: 'CS' });
  return { doc, local, mine };
}

const objective = (doc: Y.Doc, id: string): Objective =>
  readWorkshop(doc).objectives.find((o) => o.id === id)!;

describe('an objective aligned to another workshop’s objective', () => {
  it('is one parent: an upstream parent replaces the local one and the other way round', () => {
    const { doc, local, mine } = teamDoc();
    updateObjective(doc, mine, { parentId: local });
    updateObjective(doc, mine, { upstream: COMPANY });
    expect(objective(doc, mine).parentId).toBeNull();
    expect(upstreamOf(objective(doc, mine))).toEqual(COMPANY);

    updateObjective(doc, mine, { parentId: local });
    expect(objective(doc, mine).parentId).toBe(local);
    expect(objective(doc, mine).upstreamWorkshop).toBeUndefined();
    expect(upstreamOf(objective(doc, mine))).toBeNull();

    updateObjective(doc, mine, { upstream: COMPANY });
    updateObjective(doc, mine, { parentId: null, upstream: null });
    expect(objective(doc, mine)).toMatchObject({ parentId: null });
    expect(upstreamOf(objective(doc, mine))).toBeNull();
  });

  it('do → undo → redo', () => {
    const { doc, mine } = teamDoc();
    const undo = createUndoManager(doc, 0);
    updateObjective(doc, mine, { upstream: COMPANY });
    expect(upstreamOf(objective(doc, mine))).toEqual(COMPANY);
    undo.undo();
    expect(upstreamOf(objective(doc, mine))).toBeNull();
    undo.redo();
    expect(upstreamOf(objective(doc, mine))).toEqual(COMPANY);
  });

  it('keeps the title up to date without entering anyone’s undo history', () => {
    const { doc, mine, local } = teamDoc();
    updateObjective(doc, mine, { upstream: COMPANY });
    updateObjective(doc, local, {
      upstream: { workshop: 'another-workshop', objective: 'o-ftf', title: 'Elsewhere' },
    });
    const undo = createUndoManager(doc, 0);
    const titles = new Map([
      ['o-ftf', 'First-time fix, every time'],
      ['o-other', 'Not ours'],
    ]);
    expect(refreshUpstreamTitles(doc, COMPANY.workshop, titles)).toBe(1);
    expect(objective(doc, mine).upstreamTitle).toBe('First-time fix, every time');
    // Another workshop's objective of the same id is not touched.
    expect(objective(doc, local).upstreamTitle).toBe('Elsewhere');
    // Nothing changes when nothing changed: no churn between peers refreshing at once.
    expect(refreshUpstreamTitles(doc, COMPANY.workshop, titles)).toBe(0);
    expect(undo.undoStack).toHaveLength(0);
    // A title gone from the company workshop keeps the last one read.
    expect(refreshUpstreamTitles(doc, COMPANY.workshop, new Map())).toBe(0);
    expect(objective(doc, mine).upstreamTitle).toBe('First-time fix, every time');
  });

  it('reads what a peer stored forgivingly: wrong types are absent, long titles clamped', () => {
    const { doc, mine } = teamDoc();
    const map = collection(doc, 'objectives').get(mine)!;
    map.set('upstreamWorkshop', 42);
    map.set('upstreamObjective', 'o-ftf');
    map.set('upstreamTitle', 'x'.repeat(10_000));
    const read = objective(doc, mine);
    expect(read.upstreamWorkshop).toBeUndefined();
    expect(upstreamOf(read)).toBeNull();
    map.set('upstreamWorkshop', COMPANY.workshop);
    expect(upstreamOf(objective(doc, mine))!.title.length).toBe(500);
  });

  it('the exports show the whole cascade: the company objective heads its team objectives', () => {
    const { doc, mine } = teamDoc();
    updateObjective(doc, mine, { upstream: COMPANY });
    const md = workshopToMarkdown(readWorkshop(doc));
    expect(md).toContain('**Company objective:** Fix it on the first visit');
    const tree = md.slice(md.indexOf('## Alignment'));
    expect(tree).toMatch(
      /- Company objective: Fix it on the first visit _\(Company workshop\)_\n {2}- \*\*O2\*\* Onboard every customer in a week _\(CS\)_/,
    );
    // In the workshop's language.
    metaMap(doc).set('language', 'de');
    const de = workshopToMarkdown(readWorkshop(doc));
    expect(de).toContain('**Unternehmensziel:** Fix it on the first visit');
    expect(de).toContain('- Unternehmensziel: Fix it on the first visit _(Unternehmens-Workshop)_');
  });
});
