import { describe, expect, it } from 'vitest';
import {
  checkInsOf,
  keyResultProgress,
  MAINTAIN_TOLERANCE,
  milestoneDoneValue,
} from '../../shared/drumbeat';
import { checkIn, kr } from './drumbeat-builders';

describe('keyResultProgress: increase', () => {
  it('measures the share of the way from baseline to target', () => {
    const p = keyResultProgress(kr({ baseline: 71, target: 85 }), [checkIn('2027-01-08', 78)]);
    expect(p.progress).toBeCloseTo(0.5, 10);
    expect(p.overshoot).toBe(false);
    expect(p.latest).toEqual({ value: 78, date: '2027-01-08', confidence: 5 });
    expect(p.reason).toBeUndefined();
  });

  it('clamps a value past the target to 1 and reports the overshoot', () => {
    const p = keyResultProgress(kr({ baseline: 10, target: 20 }), [checkIn('2027-01-08', 25)]);
    expect(p.progress).toBe(1);
    expect(p.overshoot).toBe(true);
  });

  it('reaching the target exactly is 1 without overshoot', () => {
    const p = keyResultProgress(kr({ baseline: 0.8, target: 2.5 }), [checkIn('2027-01-08', 2.5)]);
    expect(p.progress).toBe(1);
    expect(p.overshoot).toBe(false);
  });

  it('clamps a value below the baseline to 0', () => {
    const p = keyResultProgress(kr({ baseline: 10, target: 20 }), [checkIn('2027-01-08', 5)]);
    expect(p.progress).toBe(0);
    expect(p.overshoot).toBe(false);
  });

  it('refuses a target below the baseline with a reason', () => {
    const p = keyResultProgress(kr({ baseline: 20, target: 10 }), [checkIn('2027-01-08', 15)]);
    expect(p.progress).toBeNull();
    expect(p.reason).toMatch(/target 10 is below the baseline 20/);
  });
});

describe('keyResultProgress: decrease', () => {
  const repeat = kr({ baseline: 22, target: 12, direction: 'decrease' });

  it('counts falling values as progress', () => {
    expect(keyResultProgress(repeat, [checkIn('2027-01-08', 17)]).progress).toBeCloseTo(0.5, 10);
    expect(keyResultProgress(repeat, [checkIn('2027-01-08', 22)]).progress).toBe(0);
  });

  it('a rising value is clamped to 0, not negative', () => {
    expect(keyResultProgress(repeat, [checkIn('2027-01-08', 30)]).progress).toBe(0);
  });

  it('below the target is 1 with overshoot', () => {
    const p = keyResultProgress(repeat, [checkIn('2027-01-08', 8)]);
    expect(p.progress).toBe(1);
    expect(p.overshoot).toBe(true);
  });

  it('refuses a target above the baseline with a reason', () => {
    const p = keyResultProgress(kr({ baseline: 12, target: 22, direction: 'decrease' }), [
      checkIn('2027-01-08', 15),
    ]);
    expect(p.progress).toBeNull();
    expect(p.reason).toMatch(/above the baseline/);
  });
});

describe('keyResultProgress: baseline = target', () => {
  it('increase: 1 at or above the target, 0 below', () => {
    const k = kr({ baseline: 50, target: 50 });
    expect(keyResultProgress(k, [checkIn('2027-01-08', 50)])).toMatchObject({
      progress: 1,
      overshoot: false,
    });
    expect(keyResultProgress(k, [checkIn('2027-01-08', 51)])).toMatchObject({
      progress: 1,
      overshoot: true,
    });
    expect(keyResultProgress(k, [checkIn('2027-01-08', 49)])).toMatchObject({
      progress: 0,
      overshoot: false,
    });
  });

  it('decrease: 1 at or below the target, 0 above', () => {
    const k = kr({ baseline: 5, target: 5, direction: 'decrease' });
    expect(keyResultProgress(k, [checkIn('2027-01-08', 4)])).toMatchObject({
      progress: 1,
      overshoot: true,
    });
    expect(keyResultProgress(k, [checkIn('2027-01-08', 6)]).progress).toBe(0);
  });
});

describe('keyResultProgress: maintain', () => {
  // "Keep 90-day logo churn at or below 2 %", starting from 2.4: a ceiling.
  const churn = kr({ baseline: 2.4, target: 2, direction: 'maintain' });

  it('holds (1) at or under a ceiling the baseline started above', () => {
    expect(keyResultProgress(churn, [checkIn('2027-01-08', 2)]).progress).toBe(1);
    expect(keyResultProgress(churn, [checkIn('2027-01-08', 1.5)])).toMatchObject({
      progress: 1,
      overshoot: false,
    });
  });

  it('outside the ceiling: the share of the way from the baseline covered', () => {
    expect(keyResultProgress(churn, [checkIn('2027-01-08', 2.3)]).progress).toBeCloseTo(0.25, 10);
    expect(keyResultProgress(churn, [checkIn('2027-01-08', 3)]).progress).toBe(0);
  });

  it('a baseline below the target makes a floor', () => {
    const uptime = kr({ baseline: 99, target: 99.9, direction: 'maintain' });
    expect(keyResultProgress(uptime, [checkIn('2027-01-08', 99.95)]).progress).toBe(1);
    expect(keyResultProgress(uptime, [checkIn('2027-01-08', 99.45)]).progress).toBeCloseTo(0.5, 6);
  });

  it('baseline = target: holds inside the ±5 % band, 0 outside', () => {
    const nps = kr({ baseline: 50, target: 50, direction: 'maintain' });
    expect(MAINTAIN_TOLERANCE).toBe(0.05);
    expect(keyResultProgress(nps, [checkIn('2027-01-08', 52.5)]).progress).toBe(1);
    expect(keyResultProgress(nps, [checkIn('2027-01-08', 47.5)]).progress).toBe(1);
    const out = keyResultProgress(nps, [checkIn('2027-01-08', 53)]);
    expect(out.progress).toBe(0);
    expect(out.reason).toMatch(/outside ±5 %/);
    expect(keyResultProgress(nps, [checkIn('2027-01-08', 47)]).progress).toBe(0);
  });

  it('no target: unknown', () => {
    const p = keyResultProgress(kr({ target: null, direction: 'maintain' }), [
      checkIn('2027-01-08', 1),
    ]);
    expect(p).toMatchObject({ progress: null, reason: 'no target' });
  });
});

describe('keyResultProgress: milestone', () => {
  it('with no target, done at 1', () => {
    const k = kr({ baseline: null, target: null, direction: 'milestone' });
    expect(milestoneDoneValue(k)).toBe(1);
    expect(keyResultProgress(k, [checkIn('2027-01-08', 0)]).progress).toBe(0);
    expect(keyResultProgress(k, [checkIn('2027-01-08', 1)]).progress).toBe(1);
  });

  it('with a positive target, done when the value reaches it', () => {
    const k = kr({ baseline: 0, target: 3, direction: 'milestone' });
    expect(milestoneDoneValue(k)).toBe(3);
    expect(keyResultProgress(k, [checkIn('2027-01-08', 2)]).progress).toBe(0);
    expect(keyResultProgress(k, [checkIn('2027-01-08', 3)])).toMatchObject({
      progress: 1,
      overshoot: false,
    });
    expect(keyResultProgress(k, [checkIn('2027-01-08', 5)])).toMatchObject({
      progress: 1,
      overshoot: false,
    });
  });

  it('a zero or negative target falls back to done at 1', () => {
    expect(milestoneDoneValue(kr({ target: 0 }))).toBe(1);
    expect(milestoneDoneValue(kr({ target: -2 }))).toBe(1);
  });
});

describe('keyResultProgress: missing data', () => {
  it('no check-in yet: from `current`, with no date', () => {
    const p = keyResultProgress(kr({ baseline: 71, target: 85, current: 73, confidence: 5 }), []);
    expect(p.progress).toBeCloseTo(2 / 14, 10);
    expect(p.latest).toEqual({ value: 73, date: null, confidence: 5 });
    expect(p.trend).toBeNull();
  });

  it('no check-in and no current: progress null with a reason', () => {
    const p = keyResultProgress(kr({ current: null }), []);
    expect(p).toMatchObject({ progress: null, latest: null, trend: null, overshoot: false });
    expect(p.reason).toMatch(/no check-in/);
  });

  it('missing baseline: the first check-in stands in, and says so', () => {
    const k = kr({ baseline: null, target: 40 });
    const p = keyResultProgress(k, [checkIn('2027-01-15', 25), checkIn('2027-01-08', 10)]);
    expect(p.progress).toBeCloseTo(0.5, 10);
    expect(p.reason).toMatch(/first check-in \(2027-01-08\)/);
  });

  it('missing baseline with only `current`: unknown', () => {
    const p = keyResultProgress(kr({ baseline: null, target: 40, current: 20 }), []);
    expect(p.progress).toBeNull();
    expect(p.reason).toMatch(/no baseline/);
  });

  it('missing target: unknown', () => {
    expect(keyResultProgress(kr({ target: null }), [checkIn('2027-01-08', 1)]).progress).toBeNull();
  });

  it('non-finite numbers count as missing', () => {
    const k = kr({
      baseline: Number.NaN,
      target: Infinity,
      current: Number.NaN,
      confidence: Number.NaN,
    });
    const p = keyResultProgress(k, [checkIn('2027-01-08', Number.NaN)]);
    expect(p.progress).toBeNull();
    expect(p.latest).toBeNull();
    const withValue = keyResultProgress(kr({ current: 30, confidence: Number.NaN }), []);
    expect(withValue.latest).toEqual({ value: 30, date: null, confidence: null });
  });

  it('ignores check-ins of other key results and with impossible dates', () => {
    const p = keyResultProgress(kr({ baseline: 0, target: 100 }), [
      checkIn('2027-01-08', 10),
      checkIn('2027-02-30', 90),
      checkIn('2027-03-01', 80, { keyResultId: 'other' }),
    ]);
    expect(p.latest?.value).toBe(10);
  });
});

describe('keyResultProgress: latest and trend', () => {
  it('latest is by date, not by array order; ties break by id', () => {
    const a = checkIn('2027-01-15', 40, { id: 'b' });
    const b = checkIn('2027-01-15', 45, { id: 'a' });
    const c = checkIn('2027-01-08', 90);
    expect(keyResultProgress(kr(), [a, c, b]).latest?.value).toBe(40);
    expect(checkInsOf('kr1', [a, c, b]).map((x) => x.value)).toEqual([90, 45, 40]);
  });

  it('increase: up when rising, down when falling, flat when equal', () => {
    const k = kr();
    const t = (a: number, b: number) =>
      keyResultProgress(k, [checkIn('2027-01-08', a), checkIn('2027-01-15', b)]).trend;
    expect(t(10, 20)).toBe('up');
    expect(t(20, 10)).toBe('down');
    expect(t(0.1 + 0.2, 0.3)).toBe('flat');
  });

  it('decrease: falling is up (towards the target)', () => {
    const k = kr({ baseline: 22, target: 12, direction: 'decrease' });
    const t = (a: number, b: number) =>
      keyResultProgress(k, [checkIn('2027-01-08', a), checkIn('2027-01-15', b)]).trend;
    expect(t(20, 18)).toBe('up');
    expect(t(18, 20)).toBe('down');
  });

  it('only the last two check-ins count', () => {
    const p = keyResultProgress(kr(), [
      checkIn('2027-01-01', 0),
      checkIn('2027-01-08', 50),
      checkIn('2027-01-15', 40),
    ]);
    expect(p.trend).toBe('down');
  });

  it('maintain: nearer the held region is up; both holding is flat', () => {
    const churn = kr({ baseline: 2.4, target: 2, direction: 'maintain' });
    const t = (a: number, b: number) =>
      keyResultProgress(churn, [checkIn('2027-01-08', a), checkIn('2027-01-15', b)]).trend;
    expect(t(2.3, 2.2)).toBe('up');
    expect(t(2.2, 2.3)).toBe('down');
    expect(t(1.9, 1.7)).toBe('flat');
    expect(t(1.9, 2.1)).toBe('down');
  });

  it('milestone: becoming done is up', () => {
    const k = kr({ target: null, direction: 'milestone' });
    const t = (a: number, b: number) =>
      keyResultProgress(k, [checkIn('2027-01-08', a), checkIn('2027-01-15', b)]).trend;
    expect(t(0, 1)).toBe('up');
    expect(t(1, 0)).toBe('down');
    expect(t(0, 0)).toBe('flat');
  });

  it('one check-in has no trend', () => {
    expect(keyResultProgress(kr(), [checkIn('2027-01-08', 1)]).trend).toBeNull();
  });
});
