import { describe, expect, it } from 'vitest';
import {
  checkInDates,
  checkInWeeks,
  dueThisWeek,
  keyResultSparklines,
  keyResultWeeks,
  MAX_CHECK_IN_WEEKS,
  missingWeeks,
  sparkline,
} from '../../shared/drumbeat';
import { dayNumber, weekdayOf } from '../../shared/dates';
import { checkIn, kr, meta } from './drumbeat-builders';

describe('check-in calendar', () => {
  it('lists every check-in weekday of a cycle starting and ending mid-week', () => {
    // Wednesday 6 January to Wednesday 31 March 2027, check-ins on Fridays.
    const q1 = meta({ cycleStart: '2027-01-06', cycleEnd: '2027-03-31', checkInWeekday: 5 });
    const dates = checkInDates(q1);
    expect(dates).toEqual([
      '2027-01-08',
      '2027-01-15',
      '2027-01-22',
      '2027-01-29',
      '2027-02-05',
      '2027-02-12',
      '2027-02-19',
      '2027-02-26',
      '2027-03-05',
      '2027-03-12',
      '2027-03-19',
      '2027-03-26',
    ]);
    for (const d of dates) expect(new Date(`${d}T00:00:00Z`).getUTCDay()).toBe(5);
  });

  it('each week spans three days either side; the edges reach the cycle bounds', () => {
    const weeks = checkInWeeks(
      meta({ cycleStart: '2027-01-02', cycleEnd: '2027-02-04', checkInWeekday: 5 }),
    );
    expect(weeks).toEqual([
      { date: '2027-01-08', start: '2027-01-02', end: '2027-01-11' },
      { date: '2027-01-15', start: '2027-01-12', end: '2027-01-18' },
      { date: '2027-01-22', start: '2027-01-19', end: '2027-01-25' },
      { date: '2027-01-29', start: '2027-01-26', end: '2027-02-04' },
    ]);
  });

  it('a cycle starting on the check-in weekday checks in on its first day', () => {
    // 2027-01-01 is a Friday.
    expect(checkInDates(meta({ cycleStart: '2027-01-01', cycleEnd: '2027-01-15' }))).toEqual([
      '2027-01-01',
      '2027-01-08',
      '2027-01-15',
    ]);
    expect(
      checkInDates(meta({ cycleStart: '2027-01-01', cycleEnd: '2027-01-15', checkInWeekday: 0 })),
    ).toEqual(['2027-01-03', '2027-01-10']);
  });

  it('crosses month, year and leap-day boundaries on plain dates', () => {
    const dates = checkInDates(
      meta({ cycleStart: '2027-12-20', cycleEnd: '2028-03-06', checkInWeekday: 1 }),
    );
    expect(dates[0]).toBe('2027-12-20');
    expect(dates).toContain('2028-01-03');
    expect(dates).toContain('2028-02-28');
    expect(dates).toContain('2028-03-06');
    expect(dates).toHaveLength(12);
  });

  it('is empty for missing, invalid or reversed dates and a bad weekday', () => {
    expect(checkInDates(meta({ cycleStart: '' }))).toEqual([]);
    expect(checkInDates(meta({ cycleEnd: '2027-13-01' }))).toEqual([]);
    expect(checkInDates(meta({ cycleStart: '2027-04-01', cycleEnd: '2027-01-01' }))).toEqual([]);
    expect(checkInDates(meta({ checkInWeekday: 7 }))).toEqual([]);
    expect(checkInDates(meta({ checkInWeekday: 2.5 }))).toEqual([]);
  });

  it('caps an absurdly long cycle', () => {
    expect(checkInDates(meta({ cycleEnd: '9999-12-31' }))).toHaveLength(MAX_CHECK_IN_WEEKS);
  });

  it('date helpers agree with Date', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2028-02-29')).not.toBeNull();
    expect(dayNumber('2027-02-29')).toBeNull();
    expect(weekdayOf(dayNumber('2027-01-01')!)).toBe(5);
  });
});

describe('missing weeks', () => {
  const q1 = meta({ cycleStart: '2027-01-06', cycleEnd: '2027-03-31', checkInWeekday: 5 });
  const log = [
    checkIn('2027-01-08', 1),
    checkIn('2027-01-23', 2), // a day late for the 22nd: still counts for that week
    checkIn('2027-01-15', 9, { keyResultId: 'other' }),
  ];

  it('lists past weeks without a check-in of that key result', () => {
    expect(missingWeeks(kr(), log, q1, '2027-02-03')).toEqual(['2027-01-15', '2027-01-29']);
  });

  it('a week is not missing until it is over', () => {
    // The week of 29 January runs to Monday 1 February.
    expect(missingWeeks(kr(), log, q1, '2027-02-01')).toEqual(['2027-01-15']);
    expect(missingWeeks(kr(), log, q1, '2027-02-02')).toEqual(['2027-01-15', '2027-01-29']);
  });

  it('gives every week a state', () => {
    const weeks = keyResultWeeks(kr(), log, q1, '2027-02-03');
    expect(weeks.slice(0, 6).map((w) => w.state)).toEqual([
      'done',
      'missing',
      'done',
      'missing',
      'open',
      'upcoming',
    ]);
    expect(weeks[2]!.checkIn?.date).toBe('2027-01-23');
  });

  it('a check-in dated in the future fills no week', () => {
    const future = [checkIn('2027-01-15', 1)];
    expect(missingWeeks(kr(), future, q1, '2027-01-11')).toEqual([]);
    const weeks = keyResultWeeks(kr(), future, q1, '2027-01-12');
    expect(weeks.slice(0, 2).map((w) => [w.state, w.checkIn])).toEqual([
      ['missing', null],
      ['open', null],
    ]);
  });

  it('nothing is missing before the cycle, and every week after it without check-ins is', () => {
    expect(missingWeeks(kr(), [], q1, '2026-12-01')).toEqual([]);
    expect(missingWeeks(kr(), [], q1, '2027-05-01')).toHaveLength(12);
  });
});

describe('the "This week" list', () => {
  const krs = [kr({ id: 'a' }), kr({ id: 'b' }), kr({ id: 'c' }), kr({ id: 'd' })];
  const log = [
    checkIn('2027-01-15', 1, { keyResultId: 'a' }),
    checkIn('2027-01-08', 1, { keyResultId: 'b' }),
    checkIn('2027-01-16', 1, { keyResultId: 'b' }),
    checkIn('2027-01-25', 1, { keyResultId: 'd' }),
  ];

  it('holds key results whose latest check-in is 7 or more days old, or that have none', () => {
    const due = dueThisWeek(krs, log, '2027-01-22');
    expect(due.map((d) => [d.keyResult.id, d.lastCheckIn, d.daysSince])).toEqual([
      ['a', '2027-01-15', 7],
      ['c', null, null],
      ['d', null, null],
    ]);
  });

  it('is empty outside the cycle when the cycle is given, and for a bad date', () => {
    const q1 = meta({ cycleStart: '2027-01-06', cycleEnd: '2027-03-31' });
    expect(dueThisWeek(krs, log, '2027-01-05', q1)).toEqual([]);
    expect(dueThisWeek(krs, log, '2027-04-01', q1)).toEqual([]);
    expect(dueThisWeek(krs, log, '2027-01-22', q1)).toHaveLength(3);
    expect(dueThisWeek(krs, log, 'not a date')).toEqual([]);
  });
});

describe('sparklines', () => {
  it('normalises values to 0..1 on both axes', () => {
    expect(sparkline([10, 20, 15])).toEqual([
      { x: 0, y: 0, value: 10 },
      { x: 0.5, y: 1, value: 20 },
      { x: 1, y: 0.5, value: 15 },
    ]);
  });

  it('handles one value, a flat series, gaps and an empty series', () => {
    expect(sparkline([7])).toEqual([{ x: 0.5, y: 0.5, value: 7 }]);
    expect(sparkline([3, 3]).map((p) => p.y)).toEqual([0.5, 0.5]);
    expect(sparkline([1, null, Number.NaN, 4]).map((p) => p.x)).toEqual([0, 1]);
    expect(sparkline([])).toEqual([]);
    expect(sparkline([null])).toEqual([]);
  });

  it('uses a fixed domain when given and clamps to it', () => {
    expect(sparkline([0, 5, 10, 12], { min: 0, max: 10 }).map((p) => p.y)).toEqual([0, 0.5, 1, 1]);
  });

  it('a key result’s values span baseline and target; confidence spans 0–10', () => {
    const lines = keyResultSparklines(kr({ baseline: 71, target: 85 }), [
      checkIn('2027-01-15', 78, { confidence: 5 }),
      checkIn('2027-01-08', 71, { confidence: 10 }),
    ]);
    expect(lines.values.map((p) => p.y)).toEqual([0, 0.5]);
    expect(lines.confidence.map((p) => p.y)).toEqual([1, 0.5]);
  });
});
