import { describe, expect, it } from 'vitest';
import { cycleScore, meanProgress, objectiveProgress, successLine } from '../../shared/drumbeat';
import type { Objective } from '../../shared/model';
import { checkIn, kr } from './drumbeat-builders';

function objective(id: string, kind: Objective['kind']): Objective {
  return {
    id,
    order: 'a0',
    title: id,
    description: '',
    team: null,
    parentId: null,
    focusAreaId: null,
    kind,
  };
}

describe('objective progress', () => {
  it('is the mean of its key results, ignoring unknown ones and other objectives', () => {
    const krs = [
      kr({ id: 'a', baseline: 0, target: 10 }),
      kr({ id: 'b', baseline: 0, target: 10 }),
      kr({ id: 'c', baseline: null, target: null }),
      kr({ id: 'd', objectiveId: 'o2', baseline: 0, target: 10 }),
    ];
    const checkIns = [
      checkIn('2027-01-08', 2, { keyResultId: 'a' }),
      checkIn('2027-01-08', 6, { keyResultId: 'b' }),
      checkIn('2027-01-08', 5, { keyResultId: 'c' }),
      checkIn('2027-01-08', 10, { keyResultId: 'd' }),
    ];
    const p = objectiveProgress('o1', krs, checkIns);
    expect(p.progress).toBeCloseTo(0.4, 10);
    expect(p.known).toBe(2);
    expect(p.total).toBe(3);
  });

  it('is null when no key result is known, or there are none', () => {
    expect(objectiveProgress('o1', [kr({ current: null })], []).progress).toBeNull();
    expect(objectiveProgress('empty', [kr()], [])).toEqual({
      objectiveId: 'empty',
      progress: null,
      known: 0,
      total: 0,
    });
  });

  it('meanProgress skips null and non-finite values', () => {
    expect(meanProgress([0.2, null, 0.4, Number.NaN])).toBeCloseTo(0.3, 10);
    expect(meanProgress([null])).toBeNull();
    expect(meanProgress([])).toBeNull();
  });
});

describe('cycle score', () => {
  it('draws the success line at 0.7 for aspirational and 1.0 for committed objectives', () => {
    expect(successLine('aspirational')).toBe(0.7);
    expect(successLine('committed')).toBe(1);
  });

  it('scores key results and objectives against their line', () => {
    const objectives = [objective('asp', 'aspirational'), objective('com', 'committed')];
    const krs = [
      kr({ id: 'a1', objectiveId: 'asp', baseline: 0, target: 10 }),
      kr({ id: 'a2', objectiveId: 'asp', baseline: 0, target: 10 }),
      kr({ id: 'c1', objectiveId: 'com', baseline: 0, target: 10 }),
      kr({ id: 'c2', objectiveId: 'com', baseline: 0, target: 10 }),
    ];
    const checkIns = [
      checkIn('2027-03-26', 7, { keyResultId: 'a1' }),
      checkIn('2027-03-26', 6.9, { keyResultId: 'a2' }),
      checkIn('2027-03-26', 10, { keyResultId: 'c1' }),
      checkIn('2027-03-26', 12, { keyResultId: 'c2' }),
    ];
    const [asp, com] = cycleScore(objectives, krs, checkIns);
    expect(asp).toMatchObject({ objectiveId: 'asp', kind: 'aspirational', successLine: 0.7 });
    expect(asp!.keyResults.map((k) => k.met)).toEqual([true, false]);
    expect(asp!.score).toBeCloseTo(0.695, 10);
    // Not rounded before comparing: 0.695 misses 0.7.
    expect(asp!.met).toBe(false);
    expect(com).toMatchObject({ score: 1, successLine: 1, met: true });
    expect(com!.keyResults).toEqual([
      { keyResultId: 'c1', score: 1, met: true },
      { keyResultId: 'c2', score: 1, met: true },
    ]);
  });

  it('a committed objective at 0.9 misses its line that an aspirational one would meet', () => {
    const krs = [kr({ id: 'k', objectiveId: 'x', baseline: 0, target: 10 })];
    const checkIns = [checkIn('2027-03-26', 9, { keyResultId: 'k' })];
    expect(cycleScore([objective('x', 'committed')], krs, checkIns)[0]!.met).toBe(false);
    expect(cycleScore([objective('x', 'aspirational')], krs, checkIns)[0]!.met).toBe(true);
  });

  it('unknown scores have met = null', () => {
    const [s] = cycleScore([objective('o1', 'aspirational')], [kr({ target: null })], []);
    expect(s).toMatchObject({ score: null, met: null });
    expect(s!.keyResults[0]).toEqual({ keyResultId: 'kr1', score: null, met: null });
  });
});
