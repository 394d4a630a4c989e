import { describe, expect, it } from 'vitest';
import { expectedProgress, keyResultStatus, keyResultStatuses } from '../../shared/drumbeat';
import { checkIn, kr, meta } from './drumbeat-builders';

// The default cycle runs 100 days, 2027-01-01 … 2027-04-11: 2027-02-20 is half way.
const HALF = '2027-02-20';
const cycle = meta();

describe('expectedProgress', () => {
  it('is linear from the cycle start to its end, in days', () => {
    expect(expectedProgress(cycle, '2027-01-01')).toBe(0);
    expect(expectedProgress(cycle, '2027-01-11')).toBeCloseTo(0.1, 10);
    expect(expectedProgress(cycle, HALF)).toBe(0.5);
    expect(expectedProgress(cycle, '2027-04-11')).toBe(1);
  });

  it('is clamped before and after the cycle', () => {
    expect(expectedProgress(cycle, '2026-12-01')).toBe(0);
    expect(expectedProgress(cycle, '2027-06-01')).toBe(1);
  });

  it('is null without usable dates', () => {
    expect(expectedProgress(meta({ cycleStart: '' }), HALF)).toBeNull();
    expect(expectedProgress(meta({ cycleEnd: '2027-02-31' }), HALF)).toBeNull();
    expect(expectedProgress(meta({ cycleEnd: '2027-01-01' }), HALF)).toBeNull();
    expect(expectedProgress(cycle, 'today')).toBeNull();
  });
});

/** Status half way through the cycle with one check-in at `value` (0..100 = progress %). */
const at = (value: number, confidence = 5) =>
  keyResultStatus(kr(), [checkIn('2027-02-19', value, { confidence })], cycle, HALF);

describe('status from the schedule', () => {
  it('is on track up to a 25-point gap and at risk past it', () => {
    expect(at(50).status).toBe('on-track');
    expect(at(25.1)).toMatchObject({ status: 'on-track' });
    expect(at(25.1).gap).toBeCloseTo(24.9, 10);
    expect(at(25).status).toBe('on-track');
    expect(at(24.9).status).toBe('at-risk');
    expect(at(24.9).gap).toBeCloseTo(25.1, 10);
  });

  it('is off track past a 50-point gap', () => {
    expect(at(0.1).status).toBe('at-risk');
    expect(at(0).status).toBe('at-risk');
    const late = keyResultStatus(kr(), [checkIn('2027-02-19', 24.9)], cycle, '2027-04-11');
    expect(late.gap).toBeCloseTo(75.1, 10);
    expect(late.status).toBe('off-track');
    expect(late.reasons).toEqual(['expected 100 %, actual 24.9 %']);
    const edge = keyResultStatus(kr(), [checkIn('2027-02-19', 50)], cycle, '2027-04-11');
    expect(edge.status).toBe('at-risk');
  });

  it('is not started before the first check-in, whatever `current` says', () => {
    const s = keyResultStatus(kr({ current: 0, confidence: 1 }), [], cycle, '2027-04-01');
    expect(s.status).toBe('not-started');
    expect(s.progress.progress).toBe(0);
  });

  it('ignores check-ins dated after today', () => {
    const s = keyResultStatus(kr(), [checkIn('2027-03-01', 90)], cycle, HALF);
    expect(s.status).toBe('not-started');
  });

  it('without cycle dates or known progress, only confidence decides', () => {
    const noDates = keyResultStatus(kr(), [checkIn('2027-02-19', 0)], meta({ cycleEnd: '' }), HALF);
    expect(noDates).toMatchObject({ status: 'on-track', expected: null, gap: null });
    expect(noDates.reasons[0]).toMatch(/no cycle dates/);
    const noTarget = keyResultStatus(
      kr({ target: null }),
      [checkIn('2027-02-19', 0, { confidence: 2 })],
      cycle,
      HALF,
    );
    expect(noTarget.status).toBe('at-risk');
    expect(noTarget.reasons[0]).toMatch(/progress unknown \(no target\)/);
  });

  it('a decreasing metric behind schedule is at risk', () => {
    const k = kr({ baseline: 19, target: 7, direction: 'decrease' });
    expect(keyResultStatus(k, [checkIn('2027-02-19', 17)], cycle, HALF).status).toBe('at-risk');
    expect(keyResultStatus(k, [checkIn('2027-02-19', 13)], cycle, HALF).status).toBe('on-track');
  });

  it('a milestone is judged done or not at the end, not by a partial gap', () => {
    const m = kr({ target: null, direction: 'milestone' });
    const notDone = [checkIn('2027-01-08', 0)];
    expect(keyResultStatus(m, notDone, cycle, '2027-04-10').status).toBe('on-track');
    const end = keyResultStatus(m, notDone, cycle, '2027-04-11');
    expect(end.status).toBe('off-track');
    expect(end.reasons[0]).toMatch(/milestone not done/);
    expect(keyResultStatus(m, [checkIn('2027-04-01', 1)], cycle, '2027-04-20').status).toBe(
      'on-track',
    );
  });
});

describe('status from confidence', () => {
  it('confidence 4 leaves an on-track key result on track', () => {
    expect(at(50, 4).status).toBe('on-track');
  });

  it('confidence 3 or lower is at least at risk', () => {
    expect(at(50, 3)).toMatchObject({ status: 'at-risk', reasons: ['confidence 3 of 10'] });
    expect(at(50, 2).status).toBe('at-risk');
  });

  it('confidence 1 or lower is off track', () => {
    expect(at(50, 1).status).toBe('off-track');
    expect(at(50, 0).status).toBe('off-track');
  });

  it('the worse of schedule and confidence wins', () => {
    const s = at(10, 3);
    expect(s.status).toBe('at-risk');
    expect(s.reasons).toHaveLength(2);
    expect(
      keyResultStatus(kr(), [checkIn('2027-02-19', 10, { confidence: 9 })], cycle, '2027-04-11')
        .status,
    ).toBe('off-track');
  });

  it('uses the latest check-in’s confidence, not the key result’s', () => {
    const s = keyResultStatus(
      kr({ confidence: 1 }),
      [checkIn('2027-02-12', 50, { confidence: 1 }), checkIn('2027-02-19', 50, { confidence: 8 })],
      cycle,
      HALF,
    );
    expect(s.status).toBe('on-track');
  });
});

describe('keyResultStatuses', () => {
  it('maps every key result of a workshop by id', () => {
    const krs = [kr({ id: 'a' }), kr({ id: 'b' })];
    const map = keyResultStatuses(
      { meta: cycle, keyResults: krs, checkIns: [checkIn('2027-02-19', 50, { keyResultId: 'a' })] },
      HALF,
    );
    expect([...map.keys()]).toEqual(['a', 'b']);
    expect(map.get('a')!.status).toBe('on-track');
    expect(map.get('b')!.status).toBe('not-started');
  });
});
