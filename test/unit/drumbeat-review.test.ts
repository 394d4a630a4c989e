import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  chartGeometry,
  cycleGrades,
  keyResultChart,
  nextCycleJson,
  objectiveChart,
  previousCycleSummary,
  suggestedGrade,
  suggestNextCycleName,
  UnknownObjectiveError,
} from '../../shared/drumbeat';
import {
  clearGrade,
  createCheckIn,
  createUndoManager,
  deleteKeyResult,
  deleteObjective,
  editRetroText,
  importWorkshopJson,
  readWorkshop,
  setGrade,
  updateMeta,
  validateWorkshopJson,
  workshopToJson,
  type Workshop,
} from '../../shared/model';
import { sampleJson } from '../support/export-workshops';
import { checkIn, kr, meta } from './drumbeat-builders';

function sampleDoc(): Y.Doc {
  const doc = new Y.Doc();
  const data = sampleJson();
  importWorkshopJson(doc, {
    ...data,
    cycleStart: '2027-01-04',
    cycleEnd: '2027-04-02',
    checkInWeekday: 1,
  });
  return doc;
}

describe('grades', () => {
  it('suggests progress rounded to one decimal; the team’s grade wins; the objective is the mean', () => {
    const doc = sampleDoc();
    const w0 = readWorkshop(doc);
    const ftf = w0.keyResults.find((k) => k.id === 'k-ftf-rate')!;
    // 71 → 85, latest 73: 2/14 = 0.14 → 0.1.
    expect(suggestedGrade(ftf, w0.checkIns, '2027-04-02')).toBe(0.1);
    expect(suggestedGrade(ftf, w0.checkIns, '2027-01-01')).toBe(0.1); // current 73 before any check-in
    expect(setGrade(doc, 'k-ftf-rate', { score: 0.7, reason: 'Parts pilot worked' })).toBe(true);
    const o1 = cycleGrades(readWorkshop(doc), '2027-04-02')[0]!;
    expect(o1).toMatchObject({ objectiveId: 'o-ftf', expected: 0.7, graded: 1, total: 3 });
    expect(o1.keyResults[0]).toMatchObject({
      score: 0.7,
      graded: true,
      reason: 'Parts pilot worked',
    });
    expect(o1.keyResults[1]).toMatchObject({ graded: false, score: 0.1, suggested: 0.1 });
    expect(o1.score).toBeCloseTo((0.7 + 0.1 + 0.2) / 3, 10);
    expect(cycleGrades(readWorkshop(doc), '2027-04-02')[2]!.expected).toBe(1); // committed
  });

  it('clamps, needs a score for a new grade, and is one undo step each', () => {
    const doc = sampleDoc();
    const undo = createUndoManager(doc, 0);
    expect(setGrade(doc, 'k-repeat', { reason: 'no score' })).toBe(false);
    expect(setGrade(doc, 'k-repeat', { score: 7 })).toBe(true);
    expect(readWorkshop(doc).grades).toEqual([{ keyResultId: 'k-repeat', score: 1, reason: '' }]);
    expect(setGrade(doc, 'k-repeat', { reason: 'Held all cycle' })).toBe(true);
    expect(readWorkshop(doc).grades![0]).toMatchObject({ score: 1, reason: 'Held all cycle' });
    undo.undo();
    expect(readWorkshop(doc).grades![0]!.reason).toBe('');
    expect(clearGrade(doc, 'k-repeat')).toBe(true);
    expect(readWorkshop(doc).grades).toEqual([]);
    expect(setGrade(doc, 'no-such-kr', { score: 0.5 })).toBe(false);
  });

  it('goes with its key result, and a retrospective with its objective', () => {
    const doc = sampleDoc();
    setGrade(doc, 'k-ttv', { score: 0.5 });
    editRetroText(doc, 'o-cs-onb', 'worked', 0, 0, 'Onboarding calls');
    editRetroText(doc, null, 'learned', 0, 0, 'Fewer KRs');
    expect(readWorkshop(doc).retrospectives).toHaveLength(1);
    deleteKeyResult(doc, 'k-ttv');
    expect(readWorkshop(doc).grades).toEqual([]);
    deleteObjective(doc, 'o-cs-onb');
    expect(readWorkshop(doc).retrospectives).toEqual([]);
    expect(readWorkshop(doc).cycleRetro!.learned).toBe('Fewer KRs');
  });

  it('retrospective texts merge character by character between two people', () => {
    const a = sampleDoc();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    editRetroText(a, null, 'worked', 0, 0, 'Mondays');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    editRetroText(a, null, 'worked', 7, 0, ' check-ins');
    editRetroText(b, null, 'worked', 0, 0, 'Short ');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readWorkshop(a).cycleRetro!.worked).toBe('Short Mondays check-ins');
    expect(readWorkshop(b).cycleRetro).toEqual(readWorkshop(a).cycleRetro);
  });
});

describe('charts', () => {
  const cycle = meta({ cycleStart: '2027-01-04', cycleEnd: '2027-02-28', checkInWeekday: 1 });
  const history = [
    checkIn('2027-01-04', 10, { confidence: 7 }),
    checkIn('2027-01-11', 20, { confidence: 6 }),
    checkIn('2027-01-25', 40, { confidence: 4 }),
  ];

  it('a key result: a point per checked-in week, gaps and crosses for missed weeks', () => {
    const chart = keyResultChart(kr(), history, cycle, '2027-02-03');
    expect(chart).toMatchObject({ unit: 'week', weeks: 8, missed: [3], today: 5, expected: true });
    expect(chart.points).toEqual([
      { week: 1, progress: 0.1, confidence: 7 },
      { week: 2, progress: 0.2, confidence: 6 },
      { week: 4, progress: 0.4, confidence: 4 },
    ]);
    expect(chart.summary).toBe(
      'Key result: progress from 10 % in week 1 to 40 % in week 4 (55 % expected by now); confidence from 7 in week 1 to 4 in week 4; 1 week missed.',
    );
    const g = chartGeometry(chart, {
      width: 100,
      height: 60,
      left: 0,
      right: 0,
      top: 0,
      bottom: 0,
    });
    // The missed week breaks the line in two.
    expect(g.progress).toHaveLength(2);
    expect(g.missed).toEqual([round((2 / 7) * 100)]);
    expect(g.expected).toEqual({ x1: 0, y1: 60, x2: 100, y2: 0 });
  });

  it('an objective: the mean of what its key results knew by each week’s end', () => {
    const other = kr({ id: 'kr2', target: 10 });
    const chart = objectiveChart(
      [kr(), other],
      [...history, checkIn('2027-01-12', 5, { keyResultId: 'kr2', confidence: 2 })],
      cycle,
      '2027-02-03',
    );
    expect(chart.points.map((p) => [p.week, round(p.progress!), p.confidence])).toEqual([
      [1, 0.1, 7],
      [2, round((0.2 + 0.5) / 2), 4],
      [3, round((0.2 + 0.5) / 2), 4],
      [4, round((0.4 + 0.5) / 2), 3],
      [5, round((0.4 + 0.5) / 2), 3],
    ]);
  });

  it('without cycle dates: a point per check-in, counted as check-ins', () => {
    const chart = keyResultChart(
      kr(),
      history,
      meta({ cycleStart: '', cycleEnd: '' }),
      '2027-02-03',
    );
    expect(chart).toMatchObject({ unit: 'check-in', weeks: 3, expected: false, today: null });
    expect(chart.summary).toContain('from 10 % at check-in 1 to 40 % at check-in 3');
  });
});

const round = (n: number) => Math.round(n * 10) / 10;

describe('the next cycle', () => {
  function finished(): Workshop {
    const doc = sampleDoc();
    createCheckIn(doc, 'k-dach-logos', { date: '2027-03-29', value: 30, confidence: 6 });
    setGrade(doc, 'k-dach-logos', { score: 0.6, reason: '30 of 40' });
    editRetroText(doc, 'o-dach', 'learned', 0, 0, 'Partners sell for us');
    editRetroText(doc, null, 'change', 0, 0, 'Grade in week 12');
    return readWorkshop(doc);
  }

  it('is a new workshop linked to the old one, carrying what the issue lists and nothing else', () => {
    const prev = finished();
    let n = 0;
    const json = nextCycleJson(prev, {
      cycle: '2027-Q2',
      keep: ['o-dach'],
      today: '2027-04-02',
      makeId: () => `new-${++n}`,
    });
    expect(validateWorkshopJson(json).ok).toBe(true);
    expect(json).toMatchObject({
      id: 'new-3',
      title: prev.meta.title,
      cycle: '2027-Q2',
      // From the day after, as long (88 days) as the finished cycle.
      cycleStart: '2027-04-03',
      cycleEnd: '2027-06-30',
      checkIns: [],
    });
    expect(json.agreed).toBeUndefined();
    expect(json.retrospective).toBeUndefined();
    expect(json.onePager).toEqual(workshopToJson(prev).onePager);
    expect(json.projects.map((p) => [p.id, p.column])).toEqual(
      prev.projects.filter((p) => p.column === 'keep').map((p) => [p.id, 'keep']),
    );
    // The kept objective, its key results as drafts: new ids, where the cycle left them.
    expect(json.objectives.map((o) => o.id)).toEqual(['o-dach']);
    const [logos, pipe] = json.objectives[0]!.keyResults;
    expect(logos).toMatchObject({
      id: 'new-1',
      title: prev.keyResults[3]!.title,
      baseline: 30,
      target: 40,
    });
    expect(logos!.grade).toBeUndefined();
    expect(logos!.current).toBeUndefined();
    expect(logos!.confidence).toBeUndefined();
    // Never checked in: it starts from its last known value, the drafted `current`.
    expect(pipe).toMatchObject({ id: 'new-2', baseline: 0.9 });
    expect(json.objectives[0]!.retrospective).toBeUndefined();
    // The previous cycle: its id, and how it ended.
    expect(json.previousCycle).toMatchObject({ id: prev.meta.id, cycle: '2027-Q1' });
    const dach = json.previousCycle!.objectives.find((o) => o.id === 'o-dach')!;
    expect(dach.keyResults[0]).toEqual({
      title: prev.keyResults[3]!.title,
      grade: 0.6,
      reason: '30 of 40',
    });
    expect(dach.keyResults[1]).toMatchObject({ grade: 0.1, suggested: true });
    expect(dach.retrospective).toEqual({ learned: 'Partners sell for us' });
    expect(json.previousCycle!.retrospective).toEqual({ change: 'Grade in week 12' });
  });

  it('keeps no objective by default, refuses an unknown one, and imports into a doc', () => {
    const prev = finished();
    expect(nextCycleJson(prev, { cycle: 'Q2', today: '2027-04-02' }).objectives).toEqual([]);
    expect(() => nextCycleJson(prev, { cycle: 'Q2', keep: ['nope'], today: '2027-04-02' })).toThrow(
      UnknownObjectiveError,
    );
    const doc = new Y.Doc();
    importWorkshopJson(
      doc,
      nextCycleJson(prev, { cycle: 'Q2', keep: ['o-ftf'], today: '2027-04-02' }),
    );
    const next = readWorkshop(doc);
    expect(next.meta.id).not.toBe(prev.meta.id);
    expect(next.meta.previousCycle).toEqual(previousCycleSummary(prev, '2027-04-02'));
    expect(next.checkIns).toEqual([]);
    expect(next.grades).toEqual([]);
    expect(next.keyResults).toHaveLength(3);
  });

  it('takes the dates its name gives when the finished cycle’s were its name’s, or none', () => {
    const withDates = (cycle: string, cycleStart: string, cycleEnd: string): Workshop => {
      const doc = sampleDoc();
      updateMeta(doc, { cycle, cycleStart, cycleEnd });
      return readWorkshop(doc);
    };
    const dates = (json: ReturnType<typeof nextCycleJson>) => [json.cycleStart, json.cycleEnd];
    const next = (prev: Workshop, cycle: string) =>
      dates(nextCycleJson(prev, { cycle, today: '2027-04-02' }));
    // Q1's own dates → Q2's own: to 30 June, not "as long" (90 days, to 29 June).
    const q1 = withDates('2027-Q1', '2027-01-01', '2027-03-31');
    expect(next(q1, '2027-Q2')).toEqual(['2027-04-01', '2027-06-30']);
    expect(next(q1, '2027-H2')).toEqual(['2027-07-01', '2027-12-31']);
    // A name that gives no dates: the follow-on rule.
    expect(next(q1, 'Spring push')).toEqual(['2027-04-01', '2027-06-29']);
    // No dates before: the name's, or none.
    const none = withDates('2027-Q1', '', '');
    expect(next(none, '2027-Q2')).toEqual(['2027-04-01', '2027-06-30']);
    expect(next(none, 'Spring push')).toEqual([undefined, undefined]);
    // Dates someone chose (4 January to 2 April) are followed on, whatever the new name.
    expect(next(finished(), '2027-Q2')).toEqual(['2027-04-03', '2027-06-30']);
    expect(next(withDates('2027-Q1', '2027-01-04', '2027-03-26'), '2027-Q2')).toEqual([
      '2027-03-27',
      '2027-06-16',
    ]);
  });

  it('names the next cycle after the pattern of this one', () => {
    expect(suggestNextCycleName('2027-Q1')).toBe('2027-Q2');
    expect(suggestNextCycleName('2027-Q4')).toBe('2028-Q1');
    expect(suggestNextCycleName('Q4 2027')).toBe('Q1 2028');
    expect(suggestNextCycleName('2027 q2')).toBe('2027 Q3');
    expect(suggestNextCycleName('2027-H2')).toBe('2028-H1');
    expect(suggestNextCycleName('2027')).toBe('2028');
    expect(suggestNextCycleName('Spring')).toBe('');
  });
});
