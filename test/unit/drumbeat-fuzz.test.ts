import { describe, expect, it } from 'vitest';
import { DIRECTIONS, type CheckIn } from '../../shared/model';
import {
  checkInDates,
  dueThisWeek,
  keyResultProgress,
  keyResultStatus,
  KR_STATUSES,
  missingWeeks,
} from '../../shared/drumbeat';
import { prng } from '../support/random';
import { kr, meta } from './drumbeat-builders';

describe('drumbeat on arbitrary input', () => {
  it('never throws, keeps progress in 0..1, and the order of check-ins does not matter', () => {
    const rng = prng(7);
    const numbers = [0, 1, -1, 2.5, 100, -50, 1e12, Number.NaN, Infinity, -Infinity, null];
    const num = () => rng.pick(numbers) ?? (rng.next() < 0.5 ? null : rng.next() * 200 - 100);
    const dates = ['2027-01-08', '2027-01-15', '2027-02-30', 'x', '2026-12-31', '2027-03-31'];
    for (let round = 0; round < 500; round++) {
      const k = kr({
        baseline: num(),
        target: num(),
        current: num(),
        confidence: num(),
        direction: rng.pick(DIRECTIONS)!,
      });
      const checkIns: CheckIn[] = Array.from({ length: rng.int(5) }, (_, i) => ({
        id: `c${i}`,
        keyResultId: rng.next() < 0.8 ? 'kr1' : 'other',
        date: rng.pick(dates)!,
        value: num() ?? 0,
        confidence: rng.int(11),
        note: '',
      }));
      const p = keyResultProgress(k, checkIns);
      if (p.progress !== null) {
        expect(p.progress).toBeGreaterThanOrEqual(0);
        expect(p.progress).toBeLessThanOrEqual(1);
      } else {
        expect(p.reason, JSON.stringify({ k, checkIns })).toBeTypeOf('string');
      }
      expect(keyResultProgress(k, [...checkIns].reverse())).toEqual(p);
      const s = keyResultStatus(k, checkIns, meta(), '2027-02-20');
      expect(KR_STATUSES).toContain(s.status);
      if (s.weeks) expect(s.weeks.elapsed).toBe(s.weeks.checkedIn + s.weeks.missed + s.weeks.open);
      expect(() => missingWeeks(k, checkIns, meta(), '2027-02-20')).not.toThrow();
      expect(() => dueThisWeek([k], checkIns, '2027-02-20')).not.toThrow();
    }
  });

  it('every check-in date of random cycles falls on the weekday, 7 days apart, inside the cycle', () => {
    const rng = prng(11);
    for (let round = 0; round < 200; round++) {
      const start = Date.UTC(2026, 0, 1) + rng.int(1000) * 86_400_000;
      const end = start + rng.int(400) * 86_400_000;
      const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
      const weekday = rng.int(7);
      const dates = checkInDates(
        meta({ cycleStart: iso(start), cycleEnd: iso(end), checkInWeekday: weekday }),
      );
      for (const [i, d] of dates.entries()) {
        const ms = Date.parse(`${d}T00:00:00Z`);
        expect(new Date(ms).getUTCDay()).toBe(weekday);
        expect(ms).toBeGreaterThanOrEqual(start);
        expect(ms).toBeLessThanOrEqual(end);
        if (i === 0) expect(ms - start).toBeLessThan(7 * 86_400_000);
        else expect(ms - Date.parse(`${dates[i - 1]}T00:00:00Z`)).toBe(7 * 86_400_000);
      }
      expect(
        end - (dates.length ? Date.parse(`${dates.at(-1)}T00:00:00Z`) : start - 86_400_000),
      ).toBeLessThan(7 * 86_400_000);
    }
  });
});
