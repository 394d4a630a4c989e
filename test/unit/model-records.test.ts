import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  collection,
  createCheckIn,
  createKeyResult,
  createObjective,
  docToJson,
  importWorkshopJson,
  initWorkshop,
  metaMap,
  onePagerMap,
  readCheckIn,
  readFocusArea,
  readKeyResult,
  readListItem,
  readMeta,
  readObjective,
  readOnePager,
  readProject,
  readWorkshop,
  validateWorkshopJson,
  type ReadProblem,
  type WorkshopJson,
} from '../../shared/model';
import {
  checkInSpec,
  dismissalSpec,
  focusAreaSpec,
  gradeSpec,
  keyResultSpec,
  listItemSpec,
  metaSpec,
  objectiveSpec,
  onePagerTextsSpec,
  projectSpec,
  retroTextsSpec,
} from '../../shared/model/records';
import type { Fields, RecordSpec } from '../../shared/model/records/spec';
import { dayNumber, isIsoDate } from '../../shared/dates';
import { checkInsOf, keyResultProgress } from '../../shared/drumbeat';

/**
 * Each record has one definition (shared/model/records). These tests go through the specs
 * field by field, so a field added to a spec is covered here without another line: the
 * reader, the import check and the JSON mapping must all follow the spec.
 */

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/acme-2027.json', import.meta.url), 'utf8'),
) as WorkshopJson;

const jsonFields = (spec: RecordSpec<Fields>) =>
  Object.entries(spec.fields)
    .filter(([, f]) => f.json !== 'none')
    .map(([key]) => key);

/** The sample with every optional field of every record set to a non-default value. */
function everyField(): WorkshopJson {
  const data = structuredClone(fixture);
  Object.assign(data, {
    cycleStart: '2027-01-04',
    cycleEnd: '2027-03-26',
    checkInWeekday: 4,
    language: 'it',
    agreed: true,
    dismissedFindings: [{ rule: 'kr-missing-baseline', targetId: 'k-ftf-rate' }],
    previousCycle: {
      id: 'w-2026-q4',
      title: 'Acme Field Service',
      cycle: '2026-Q4',
      objectives: [
        {
          id: 'o-old',
          title: 'Fix the first visit',
          kind: 'committed',
          score: 0.6,
          keyResults: [{ title: 'FTF 65 → 71', grade: 0.6, suggested: true, reason: 'Half' }],
          retrospective: { worked: 'Pairing' },
        },
      ],
      retrospective: { learned: 'Fewer KRs' },
    },
    retrospective: {
      worked: 'Weekly check-ins',
      didNotWork: 'Late data',
      learned: 'Measure early',
      change: 'Grade in week 12',
    },
  });
  Object.assign(data.onePager.focusAreas[0]!, { description: 'Parts on the first visit.' });
  Object.assign(data.projects[0]!, { description: 'Sync later.', team: 'Mobile', rationale: 'x' });
  Object.assign(data.objectives[1]!, {
    description: 'Customers see it.',
    team: 'Customer success',
    parentId: data.objectives[0]!.id,
    upstreamWorkshop: 'company-workshop',
    upstreamObjective: 'o-company-1',
    upstreamTitle: 'Win the DACH market',
    focusAreaId: data.onePager.focusAreas[0]!.id,
    kind: 'committed',
  });
  Object.assign(data.objectives[0]!.keyResults[0]!, {
    team: 'Field ops',
    unit: '%',
    grade: { score: 0.7, reason: 'Parts pilot worked' },
  });
  Object.assign(data.objectives[1]!, {
    retrospective: { worked: 'a', didNotWork: 'b', learned: 'c', change: 'd' },
  });
  Object.assign(data.checkIns[0]!, { note: 'On track.', author: 'Ana', confidenceRound: true });
  return data;
}

/** Where each record of `everyField()` is, with its spec. */
function samples(data: WorkshopJson): [string, RecordSpec<Fields>, Record<string, unknown>][] {
  return [
    ['(meta)', metaSpec, data],
    ['(one-pager)', onePagerTextsSpec, data.onePager],
    ['onePager.focusAreas[0]', focusAreaSpec, data.onePager.focusAreas[0]!],
    ['projects[0]', projectSpec, data.projects[0]!],
    ['objectives[1]', objectiveSpec, data.objectives[1]!],
    ['objectives[0].keyResults[0]', keyResultSpec, data.objectives[0]!.keyResults[0]!],
    ['checkIns[0]', checkInSpec, data.checkIns[0]!],
    ['dismissedFindings[0]', dismissalSpec, data.dismissedFindings![0]!],
    ['objectives[0].keyResults[0].grade', gradeSpec, data.objectives[0]!.keyResults[0]!.grade!],
    ['objectives[1].retrospective', retroTextsSpec, data.objectives[1]!.retrospective!],
    ['retrospective', retroTextsSpec, data.retrospective!],
  ];
}

function imported(data: WorkshopJson): Y.Doc {
  const doc = new Y.Doc();
  importWorkshopJson(doc, data);
  return doc;
}

describe('a cycle that ends before it starts: one rule for the reader and the import', () => {
  it('readWorkshop reports meta.cycleEnd and uses no dates; the export then imports again', () => {
    const doc = imported(fixture);
    // Two peers, one setting the start and one the end, can cross them.
    metaMap(doc).set('cycleStart', '2027-04-01');
    metaMap(doc).set('cycleEnd', '2027-03-31');
    const problems: ReadProblem[] = [];
    const w = readWorkshop(doc, (p) => problems.push(p));
    expect([w.meta.cycleStart, w.meta.cycleEnd]).toEqual(['', '']);
    expect(problems).toEqual([
      {
        where: 'meta.cycleEnd',
        message:
          'the cycle ends (2027-03-31) on or before it starts (2027-04-01); the dates are not used',
      },
    ]);
    expect(validateWorkshopJson(JSON.parse(JSON.stringify(docToJson(doc)))).ok).toBe(true);
  });

  it('import rejects it at cycleEnd; an end after the start, or no end, passes', () => {
    const data = { ...structuredClone(fixture), cycleStart: '2027-04-01', cycleEnd: '2027-04-01' };
    expect(validateWorkshopJson(data)).toEqual({
      ok: false,
      problems: [
        {
          path: 'cycleEnd',
          message: 'the cycle ends (2027-04-01) on or before it starts (2027-04-01)',
        },
      ],
    });
    expect(validateWorkshopJson({ ...data, cycleEnd: '2027-04-02' }).ok).toBe(true);
    expect(validateWorkshopJson({ ...data, cycleEnd: undefined }).ok).toBe(true);
  });
});

describe('a check-in dated 2027-13-45: one rule for the reader, the import and the Drumbeat', () => {
  const BAD = '2027-13-45';

  it('readWorkshop reports checkIns.<id>.date and skips the check-in', () => {
    const doc = imported(fixture);
    const peer = new Y.Map<unknown>();
    collection(doc, 'checkIns').set('c-bad', peer);
    peer.set('keyResultId', 'k-ftf-rate');
    peer.set('date', BAD);
    peer.set('value', 80);
    const problems: ReadProblem[] = [];
    const w = readWorkshop(doc, (p) => problems.push(p));
    expect(w.checkIns.map((c) => c.id)).not.toContain('c-bad');
    expect(w.checkIns).toHaveLength(fixture.checkIns.length);
    expect(problems).toEqual([
      {
        where: 'checkIns.c-bad.date',
        message: `expected a date YYYY-MM-DD, found "${BAD}"; skipped`,
      },
    ]);
  });

  it('import rejects it at checkIns[0].date', () => {
    const data = structuredClone(fixture);
    data.checkIns[0]!.date = BAD;
    expect(validateWorkshopJson(data)).toEqual({
      ok: false,
      problems: [{ path: 'checkIns[0].date', message: 'expected a date YYYY-MM-DD' }],
    });
  });

  it('the Drumbeat date function rejects it, and the Drumbeat ignores the check-in', () => {
    expect(dayNumber(BAD)).toBeNull();
    expect(isIsoDate(BAD)).toBe(false);
    const doc = imported(fixture);
    const w = readWorkshop(doc);
    const kr = w.keyResults.find((k) => k.id === 'k-ftf-rate')!;
    const planted = { ...w.checkIns[0]!, id: 'c-bad', date: BAD, value: 999 };
    expect(checkInsOf(kr.id, [...w.checkIns, planted]).map((c) => c.id)).not.toContain('c-bad');
    expect(keyResultProgress(kr, [...w.checkIns, planted])).toEqual(
      keyResultProgress(kr, w.checkIns),
    );
  });

  it('a day that does not exist in its month (2027-02-30) is refused the same three ways', () => {
    const doc = new Y.Doc();
    initWorkshop(doc);
    const kr = createKeyResult(doc, createObjective(doc, { title: 'O' }), { title: 'KR' })!;
    expect(createCheckIn(doc, kr, { date: '2027-02-30', value: 1 })).toBeNull();
    const peer = new Y.Map<unknown>();
    collection(doc, 'checkIns').set('c-feb', peer);
    peer.set('date', '2027-02-30');
    peer.set('value', 1);
    const problems: ReadProblem[] = [];
    expect(readCheckIn('c-feb', peer, (p) => problems.push(p))).toBeNull();
    expect(problems.map((p) => p.where)).toEqual(['checkIns.c-feb.date']);
    const data = structuredClone(fixture);
    data.checkIns[0]!.date = '2027-02-30';
    expect(validateWorkshopJson(data).ok).toBe(false);
    expect(dayNumber('2027-02-30')).toBeNull();
    expect(dayNumber('2028-02-29')).not.toBeNull();
  });
});

describe('every record is read, checked and mapped by its spec', () => {
  it('JSON → doc → snapshot → JSON equals a file that uses every field of every record', () => {
    const data = everyField();
    expect(validateWorkshopJson(data)).toEqual({ ok: true, data });
    for (const [where, spec, json] of samples(data)) {
      // The file really exercises every JSON field of the spec.
      for (const key of jsonFields(spec)) expect(json, `${where}.${key}`).toHaveProperty(key);
    }
    const problems: ReadProblem[] = [];
    readWorkshop(imported(data), (p) => problems.push(p));
    expect(problems).toEqual([]);
    expect(docToJson(imported(data))).toEqual(data);
  });

  it('the import check names the path of a wrong value in any field of any record', () => {
    for (const [where, spec] of samples(everyField())) {
      for (const key of jsonFields(spec)) {
        const data = everyField();
        const record = samples(data).find(([w]) => w === where)![2];
        // An object where a value goes; a text where an object goes (the previous cycle).
        const isObject = typeof record[key] === 'object' && !Array.isArray(record[key]);
        record[key] = isObject && record[key] !== null ? 'wrong' : { wrong: true };
        const result = validateWorkshopJson(data);
        const path = where.startsWith('(')
          ? `${where === '(meta)' ? '' : 'onePager.'}${key}`
          : `${where}.${key}`;
        expect(result.ok, path).toBe(false);
        const structural = result.ok
          ? []
          : result.problems.filter((p) => !/^(no .* with id |duplicate id )/.test(p.message));
        expect(structural.map((p) => p.path)).toEqual([path]);
      }
    }
  });

  it('leaving out a required field is reported as required, an optional one is not', () => {
    for (const [where, spec] of samples(everyField())) {
      for (const [key, field] of Object.entries(spec.fields)) {
        if (field.json === 'none') continue;
        const data = everyField();
        delete samples(data).find(([w]) => w === where)![2][key];
        const result = validateWorkshopJson(data);
        const structural = result.ok
          ? []
          : result.problems.filter((p) => !/^(no .* with id |duplicate id )/.test(p.message));
        expect(
          structural.map((p) => p.message),
          `${where}.${key}`,
        ).toEqual(field.json === 'required' ? ['required'] : []);
      }
    }
  });

  it('a peer record with every field of the wrong type reads as the defaults, one problem per field', () => {
    const wrong = () => new Y.Map<unknown>();
    const doc = new Y.Doc();
    const cases: [
      string,
      RecordSpec<Fields>,
      (m: Y.Map<unknown>, r: (p: ReadProblem) => void) => unknown,
    ][] = [
      ['focusAreas.x', focusAreaSpec, (m, r) => readFocusArea('x', m, r)],
      ['notDoing.x', listItemSpec, (m, r) => readListItem('notDoing', 'x', m, r)],
      ['projects.x', projectSpec, (m, r) => readProject('x', m, null, r)],
      ['objectives.x', objectiveSpec, (m, r) => readObjective('x', m, r)],
      ['keyResults.x', keyResultSpec, (m, r) => readKeyResult('x', m, r)],
    ];
    for (const [where, spec, read] of cases) {
      const map = new Y.Map<unknown>();
      collection(doc, 'focusAreas').set(`${where}-holder`, map); // integrate, so Y types read
      const fields = Object.keys(spec.fields).filter((k) => k !== 'id');
      for (const key of fields) map.set(key, wrong());
      const problems: ReadProblem[] = [];
      const got = read(map, (p) => problems.push(p));
      expect(got, where).toEqual(read(new Y.Map<unknown>(), () => {}));
      expect(problems.map((p) => p.where).sort(), where).toEqual(
        fields.map((k) => `${where}.${k}`).sort(),
      );
    }

    // The workshop's own fields and the one-pager texts, in their maps.
    const metaFields = Object.keys(metaSpec.fields);
    const textFields = Object.keys(onePagerTextsSpec.fields);
    const own = new Y.Doc();
    own.transact(() => {
      for (const key of metaFields) metaMap(own).set(key, wrong());
      for (const key of textFields) onePagerMap(own).set(key, wrong());
    });
    const problems: ReadProblem[] = [];
    expect(readMeta(own, (p) => problems.push(p))).toEqual(readMeta(new Y.Doc()));
    expect(readOnePager(own, (p) => problems.push(p))).toMatchObject({
      purpose: '',
      vision: '',
      customers: '',
    });
    expect(problems.map((p) => p.where).sort()).toEqual(
      [...metaFields.map((k) => `meta.${k}`), ...textFields.map((k) => `onePager.${k}`)].sort(),
    );

    // A check-in needs its date and value; every other field falls back, one problem each.
    const checkIn = new Y.Map<unknown>();
    collection(doc, 'checkIns').set('c', checkIn);
    const optional = Object.keys(checkInSpec.fields).filter(
      (k) => !['id', 'date', 'value'].includes(k),
    );
    checkIn.set('date', '2027-01-08');
    checkIn.set('value', 3);
    for (const key of optional) checkIn.set(key, wrong());
    const checkInProblems: ReadProblem[] = [];
    expect(readCheckIn('c', checkIn, (p) => checkInProblems.push(p))).toEqual({
      id: 'c',
      keyResultId: '',
      date: '2027-01-08',
      value: 3,
      confidence: 5,
      note: '',
    });
    expect(checkInProblems.map((p) => p.where).sort()).toEqual(
      optional.map((k) => `checkIns.c.${k}`).sort(),
    );
  });
});
