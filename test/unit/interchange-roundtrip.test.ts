import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createObjective,
  docToJson,
  ImportIntoNonEmptyDocError,
  importWorkshopJson,
  initWorkshop,
  parseWorkshopJson,
  readWorkshop,
  SYSTEM_ORIGIN,
  createUndoManager,
  validateWorkshopJson,
  workshopToJson,
  type ReadProblem,
  type WorkshopJson,
} from '../../shared/model';

const fixtureText = readFileSync(new URL('../fixtures/acme-2027.json', import.meta.url), 'utf8');
const fixture = JSON.parse(fixtureText) as WorkshopJson;

function imported(data: WorkshopJson): Y.Doc {
  const doc = new Y.Doc();
  importWorkshopJson(doc, data);
  return doc;
}

describe('interchange JSON round trip', () => {
  it('the copy in test/fixtures is the handbook sample', () => {
    const handbook = new URL('../../../shared/fixtures/acme-2027.json', import.meta.url);
    let text: string;
    try {
      text = readFileSync(handbook, 'utf8');
    } catch {
      // Outside the development workplace the handbook is not beside the repo: the copy is the sample.
      console.log(`handbook fixture not found at ${handbook.pathname}; comparing nothing`);
      return;
    }
    expect(JSON.parse(fixtureText)).toEqual(JSON.parse(text));
  });

  it('the sample validates, with nothing left out', () => {
    const result = parseWorkshopJson(fixtureText);
    expect(result).toEqual({ ok: true, data: fixture });
  });

  it('export(import(sample)) equals the sample', () => {
    const doc = imported(fixture);
    expect(workshopToJson(readWorkshop(doc))).toEqual(fixture);
    expect(docToJson(doc)).toEqual(fixture);
  });

  it('the imported doc reads without a single problem', () => {
    const problems: ReadProblem[] = [];
    const w = readWorkshop(imported(fixture), (p) => problems.push(p));
    expect(problems).toEqual([]);
    expect(w.projects.map((p) => p.id)).toEqual(fixture.projects.map((p) => p.id));
    expect(w.keyResults).toHaveLength(7);
    expect(w.onePager.notDoing.map((i) => i.text)).toEqual(fixture.onePager.notDoing);
  });

  it('stores records the way the model does: Y.Map per record, Y.Text for one-pager fields', () => {
    const doc = imported(fixture);
    expect(doc.getMap('onePager').get('purpose')).toBeInstanceOf(Y.Text);
    const kr = doc.getMap('keyResults').get('k-ttv') as Y.Map<unknown>;
    expect(kr).toBeInstanceOf(Y.Map);
    expect(kr.get('objectiveId')).toBe('o-cs-onb');
    expect(typeof kr.get('order')).toBe('string');
    expect(doc.getMap('meta').get('schemaVersion')).toBe(1);
  });

  it('doc → JSON → doc → JSON is stable, through the Yjs binary state as well', () => {
    const first = docToJson(imported(fixture));
    const again = imported(first);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(again));
    expect(docToJson(copy)).toEqual(first);
    expect(validateWorkshopJson(first).ok).toBe(true);
  });

  it('round-trips the optional fields: cycle dates, check-in weekday, agreed, nulls and empties', () => {
    const data: WorkshopJson = {
      ...structuredClone(fixture),
      cycleStart: '2027-01-04',
      cycleEnd: '2027-03-26',
      checkInWeekday: 5,
      agreed: true,
    };
    data.objectives[0]!.keyResults[0] = {
      id: 'k-bare',
      title: 'Launch in Vienna',
      direction: 'milestone',
    };
    data.checkIns = data.checkIns.filter((c) => c.keyResultId !== 'k-ftf-rate');
    expect(validateWorkshopJson(data).ok).toBe(true);
    expect(docToJson(imported(data))).toEqual(data);
  });

  it('round-trips dismissed coach findings and hands them to the snapshot', () => {
    const data: WorkshopJson = {
      ...fixture,
      dismissedFindings: [
        { rule: 'kr-missing-baseline', targetId: 'k-dach-pipe' },
        { rule: 'objective-is-metric', targetId: 'o-ftf' },
      ],
    };
    expect(validateWorkshopJson(data).ok).toBe(true);
    const doc = imported(data);
    expect(readWorkshop(doc).dismissals).toEqual(data.dismissedFindings);
    expect(docToJson(doc)).toEqual(data);
    const bad = validateWorkshopJson({
      ...fixture,
      dismissedFindings: [{ rule: 'Not A Rule', targetId: '' }],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems.map((p) => p.path)).toEqual([
        'dismissedFindings[0].rule',
        'dismissedFindings[0].targetId',
      ]);
    }
  });

  it('unknown fields are ignored on import and absent on export', () => {
    const data = structuredClone(fixture) as unknown as Record<string, unknown> & WorkshopJson;
    data.votes = { 'o-ftf': 3 };
    (data.projects[0] as unknown as Record<string, unknown>).colour = 'red';
    const result = validateWorkshopJson(data);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toEqual(fixture);
    expect(docToJson(imported(result.data))).toEqual(fixture);
  });

  it('an import is one transaction that the undo manager does not track', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const undo = createUndoManager(doc);
    importWorkshopJson(doc, fixture);
    expect(origins).toEqual([SYSTEM_ORIGIN]);
    expect(undo.canUndo()).toBe(false);
  });

  it('refuses to import into a doc that already has a workshop, and leaves it alone', () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: 'Mine' });
    createObjective(doc, { title: 'Keep me' });
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => importWorkshopJson(doc, fixture)).toThrow(ImportIntoNonEmptyDocError);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
