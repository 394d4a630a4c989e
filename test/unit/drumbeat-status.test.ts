import { describe, expect, it } from 'vitest';
import {
  BEHIND_GAP,
  expectedProgress,
  keyResultStatus,
  keyResultStatuses,
  keyResultWeeks,
  STATUS_LABELS,
  weekTallyText,
  type KrStatusResult,
} from '../../shared/drumbeat';
import { checkIn, kr, meta } from './drumbeat-builders';

// The default cycle runs 100 days, Friday 2027-01-01 … Sunday 2027-04-11, check-ins on
// Fridays: 2027-02-20 (a Saturday) is half way, in the week of Friday 2027-02-19.
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

/** Status half way through the cycle with one check-in this week at `value` (= progress %). */
const at = (value: number, confidence = 5) =>
  keyResultStatus(kr(), [checkIn('2027-02-19', value, { confidence })], cycle, HALF);

describe('the four cases, named the same everywhere', () => {
  it('on pace: recent data, progress keeps up with the time gone', () => {
    expect(at(50)).toMatchObject({ status: 'on-pace', reasons: [] });
    expect(STATUS_LABELS['on-pace']).toBe('On pace');
  });

  it('behind: progress more than 10 points behind the time gone', () => {
    const s = at(30);
    expect(s.status).toBe('behind');
    expect(s.gap).toBeCloseTo(20, 10);
    expect(s.reasons).toEqual(['30 % done, 50 % expected by now']);
    expect(STATUS_LABELS.behind).toBe('Behind');
  });

  it('no data: never checked in, whatever `current` says', () => {
    const s = keyResultStatus(kr({ current: 90, confidence: 9 }), [], cycle, HALF);
    expect(s).toMatchObject({ status: 'no-data', reasons: ['no check-in yet'], lastCheckIn: null });
    expect(STATUS_LABELS['no-data']).toBe('No data');
  });

  it('past target: the latest value reached the target', () => {
    const s = keyResultStatus(kr(), [checkIn('2027-01-29', 104)], cycle, HALF);
    expect(s.status).toBe('past-target');
    expect(s.reasons).toEqual(['target reached (2027-01-29)']);
    expect(STATUS_LABELS['past-target']).toBe('Past target');
  });

  it('the issue’s key results: 50 % against 65 % after missed weeks is not green, nor is 25 %', () => {
    // Ten weeks in (Sunday 2027-03-07, 65 % of the time gone), three check-ins in weeks 1–3.
    const today = '2027-03-07';
    const early = [checkIn('2027-01-01', 10), checkIn('2027-01-08', 30), checkIn('2027-01-15', 50)];
    const silent = keyResultStatus(kr(), early, cycle, today);
    expect(silent.status).toBe('no-data');
    expect(silent.reasons).toEqual(['no check-in in the week of 2027-02-26']);
    expect(silent.weeks).toEqual({
      total: 15,
      elapsed: 10,
      checkedIn: 3,
      missed: 6,
      open: 1,
      upcoming: 5,
      current: 10,
    });
    // The same numbers with a check-in this week: behind, not on track.
    const recent = keyResultStatus(kr(), [...early, checkIn('2027-03-05', 50)], cycle, today);
    expect(recent.status).toBe('behind');
    const lower = keyResultStatus(kr(), [...early, checkIn('2027-03-05', 25)], cycle, today);
    expect(lower.status).toBe('behind');
  });
});

describe('the gap to the schedule', () => {
  it('exactly 10 points is on pace, a hair more is behind', () => {
    expect(BEHIND_GAP).toBe(10);
    expect(at(40).status).toBe('on-pace');
    expect(at(39.9).status).toBe('behind');
    expect(at(39.9).gap).toBeCloseTo(10.1, 10);
  });

  it('a decreasing metric behind schedule is behind', () => {
    const k = kr({ baseline: 19, target: 7, direction: 'decrease' });
    expect(keyResultStatus(k, [checkIn('2027-02-19', 17)], cycle, HALF).status).toBe('behind');
    expect(keyResultStatus(k, [checkIn('2027-02-19', 13)], cycle, HALF).status).toBe('on-pace');
    expect(keyResultStatus(k, [checkIn('2027-02-19', 6)], cycle, HALF).status).toBe('past-target');
  });

  it('a maintain key result that holds is on pace, never past target', () => {
    const k = kr({ baseline: 2.4, target: 2, direction: 'maintain' });
    expect(keyResultStatus(k, [checkIn('2027-02-19', 1.9)], cycle, HALF).status).toBe('on-pace');
    expect(keyResultStatus(k, [checkIn('2027-02-19', 2.4)], cycle, HALF).status).toBe('behind');
  });

  it('a milestone is done, or behind when the cycle ends without it', () => {
    const m = kr({ target: null, direction: 'milestone' });
    const weekly = (until: string) =>
      keyResultWeeks(m, [], cycle, until)
        .filter((w) => w.date <= until)
        .map((w) => checkIn(w.date, 0));
    expect(keyResultStatus(m, weekly('2027-04-10'), cycle, '2027-04-10').status).toBe('on-pace');
    const end = keyResultStatus(m, weekly('2027-04-11'), cycle, '2027-04-11');
    expect(end.status).toBe('behind');
    expect(end.reasons[0]).toMatch(/milestone not done/);
    expect(keyResultStatus(m, [checkIn('2027-04-09', 1)], cycle, '2027-04-11').status).toBe(
      'past-target',
    );
  });

  it('a past target stays past target through silent weeks, until a check-in says otherwise', () => {
    const done = [checkIn('2027-01-15', 100)];
    expect(keyResultStatus(kr(), done, cycle, '2027-04-01').status).toBe('past-target');
    const slipped = [...done, checkIn('2027-03-26', 70)];
    expect(keyResultStatus(kr(), slipped, cycle, '2027-04-01').status).toBe('behind');
  });

  it('ignores check-ins dated after today', () => {
    expect(keyResultStatus(kr(), [checkIn('2027-03-01', 90)], cycle, HALF).status).toBe('no-data');
  });

  it('cannot compare without cycle dates or known progress: no data, unless confidence is low', () => {
    const noDates = keyResultStatus(kr(), [checkIn('2027-02-19', 0)], meta({ cycleEnd: '' }), HALF);
    expect(noDates).toMatchObject({ status: 'no-data', expected: null, gap: null, weeks: null });
    expect(noDates.reasons).toEqual(['no cycle dates to compare progress with the time gone']);
    const noTarget = keyResultStatus(
      kr({ target: null }),
      [checkIn('2027-02-19', 0, { confidence: 2 })],
      cycle,
      HALF,
    );
    expect(noTarget.status).toBe('at-risk');
    expect(noTarget.reasons).toEqual(['confidence 2 of 10', 'progress unknown: no target']);
  });
});

describe('confidence', () => {
  it('4 leaves an on-pace key result on pace; 3 or lower makes it at risk', () => {
    expect(at(50, 4).status).toBe('on-pace');
    expect(at(50, 3)).toMatchObject({ status: 'at-risk', reasons: ['confidence 3 of 10'] });
    expect(at(50, 0).status).toBe('at-risk');
  });

  it('behind stays behind, and says the confidence is low too', () => {
    expect(at(10, 2)).toMatchObject({
      status: 'behind',
      reasons: ['10 % done, 50 % expected by now', 'confidence 2 of 10'],
    });
  });

  it('is the latest check-in’s, not the key result’s', () => {
    const s = keyResultStatus(
      kr({ confidence: 1 }),
      [checkIn('2027-02-12', 50, { confidence: 1 }), checkIn('2027-02-19', 50, { confidence: 8 })],
      cycle,
      HALF,
    );
    expect(s.status).toBe('on-pace');
  });
});

describe('silence is no data', () => {
  const weekly = (dates: string[], value = 50) => dates.map((d) => checkIn(d, value));

  it('the current week open: last week’s check-in still counts', () => {
    // The week of Friday 02-19 runs 02-16 … 02-22: Wednesday 02-24 is in the next one.
    const s = keyResultStatus(kr(), weekly(['2027-02-19']), cycle, '2027-02-24');
    expect(s.weeks).toMatchObject({ current: 9, open: 1 });
    expect(s.status).toBe('on-pace');
  });

  it('a missed week before the open one: no data', () => {
    const s = keyResultStatus(kr(), weekly(['2027-02-12']), cycle, '2027-02-24');
    expect(s.status).toBe('no-data');
    expect(s.reasons).toEqual(['no check-in in the week of 2027-02-19']);
  });

  it('a missed week earlier does not matter once the team checks in again', () => {
    const s = keyResultStatus(kr(), weekly(['2027-02-05', '2027-02-19']), cycle, HALF);
    expect(s.status).toBe('on-pace');
    expect(s.weeks).toMatchObject({ checkedIn: 2, missed: 6, open: 0, current: 8 });
  });

  it('in the first week nothing was due yet; before the cycle, nothing elapsed', () => {
    expect(keyResultStatus(kr(), weekly(['2027-01-01'], 1), cycle, '2027-01-03').status).toBe(
      'on-pace',
    );
    const before = keyResultStatus(kr(), weekly(['2026-12-20'], 0), cycle, '2026-12-27');
    expect(before.status).toBe('on-pace');
    expect(before.weeks).toMatchObject({ elapsed: 0, current: 0 });
  });

  it('after the cycle, its last week decides', () => {
    const last = keyResultStatus(kr(), weekly(['2027-04-09'], 100), cycle, '2027-05-01');
    expect(last.status).toBe('past-target');
    const silent = keyResultStatus(kr(), weekly(['2027-03-26'], 95), cycle, '2027-05-01');
    expect(silent.status).toBe('no-data');
    expect(silent.reasons).toEqual(['no check-in in the week of 2027-04-09']);
  });

  it('without cycle dates: a check-in of the last 13 days is recent, one of 14 is not', () => {
    const noDates = meta({ cycleStart: '', cycleEnd: '' });
    const c = [checkIn('2027-02-01', 50, { confidence: 2 })];
    expect(keyResultStatus(kr(), c, noDates, '2027-02-14').status).toBe('at-risk');
    const stale = keyResultStatus(kr(), c, noDates, '2027-02-15');
    expect(stale.status).toBe('no-data');
    expect(stale.reasons).toEqual(['last check-in 14 days ago (2027-02-01)']);
  });
});

/** Every invariant of the week arithmetic (see WeekTally). */
function expectTallyAddsUp(s: KrStatusResult): void {
  const t = s.weeks!;
  expect(t.elapsed).toBe(t.checkedIn + t.missed + t.open);
  expect(t.total).toBe(t.elapsed + t.upcoming);
  expect(t.open).toBeLessThanOrEqual(1);
  if (t.current >= 1 && t.current <= t.total) expect(t.elapsed).toBe(t.current);
  if (t.current === 0) expect(t.elapsed).toBe(0);
  if (t.current === t.total + 1) expect(t.elapsed).toBe(t.total);
}

describe('the week arithmetic adds up', () => {
  it('a cycle starting mid-week (Wednesday) with Monday check-ins and a missed week', () => {
    // Wednesday 2027-01-06 … Wednesday 2027-03-31; Mondays from 01-11: 12 weeks.
    const q1 = meta({ cycleStart: '2027-01-06', cycleEnd: '2027-03-31', checkInWeekday: 1 });
    const c = ['2027-01-11', '2027-01-18', '2027-02-01', '2027-02-08'].map((d, i) =>
      checkIn(d, 10 + i * 5),
    );
    const s = keyResultStatus(kr(), c, q1, '2027-02-10');
    expect(s.weeks).toEqual({
      total: 12,
      elapsed: 5,
      checkedIn: 4,
      missed: 1, // the week of 01-25
      open: 0,
      upcoming: 7,
      current: 5,
    });
    expectTallyAddsUp(s);
    expect(weekTallyText(s.weeks!)).toBe('Week 5 of 12: 4 checked in, 1 missed');
    // The first week reaches back to the cycle's start: a check-in on its first day counts.
    expect(keyResultWeeks(kr(), [checkIn('2027-01-06', 1)], q1, '2027-01-06')[0]).toMatchObject({
      start: '2027-01-06',
      state: 'done',
      holdsToday: true,
    });
  });

  it('a cycle across a year end (2026-11-16 … 2027-02-14, Fridays), today in the open week', () => {
    const winter = meta({ cycleStart: '2026-11-16', cycleEnd: '2027-02-14', checkInWeekday: 5 });
    const c = ['2026-11-20', '2026-11-27', '2026-12-18', '2027-01-01', '2027-01-08'].map((d) =>
      checkIn(d, 40),
    );
    // Tuesday 2027-01-12: the week of Friday 01-15 (01-12 … 01-18) is open.
    const s = keyResultStatus(kr(), c, winter, '2027-01-12');
    expect(s.weeks).toEqual({
      total: 13,
      elapsed: 9,
      checkedIn: 5,
      missed: 3, // 12-04, 12-11, 12-25
      open: 1,
      upcoming: 4,
      current: 9,
    });
    expectTallyAddsUp(s);
    expect(weekTallyText(s.weeks!)).toBe('Week 9 of 13: 5 checked in, 3 missed, this week open');
    // 57 of 90 days gone: 63 % expected, 40 % done.
    expect(s.status).toBe('behind');
    const weeks = keyResultWeeks(kr(), c, winter, '2027-01-12');
    expect(weeks.map((w) => w.date).slice(5, 9)).toEqual([
      '2026-12-25',
      '2027-01-01',
      '2027-01-08',
      '2027-01-15',
    ]);
  });

  it('holds on every day of a cycle, with check-ins on random weeks', () => {
    const q = meta({ cycleStart: '2026-12-09', cycleEnd: '2027-03-10', checkInWeekday: 3 });
    const all = keyResultWeeks(kr(), [], q, '2027-03-10').map((w) => w.date);
    const c = all.filter((_, i) => i % 3 !== 1).map((d) => checkIn(d, 30));
    for (let day = 0; day < 100; day++) {
      const today = new Date(Date.UTC(2026, 11, 5 + day)).toISOString().slice(0, 10);
      const s = keyResultStatus(kr(), c, q, today);
      expectTallyAddsUp(s);
      expect(s.weeks!.total).toBe(all.length);
    }
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
    expect(map.get('a')!.status).toBe('on-pace');
    expect(map.get('b')!.status).toBe('no-data');
  });
});
