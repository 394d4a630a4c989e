import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cycleDatesFromName, renameCycle, type CycleFields } from '../../shared/cycle-name';
import { dayNumber, weekdayOf } from '../../shared/dates';
import { checkInDates } from '../../shared/drumbeat';
import { initWorkshop, readWorkshop, updateMeta } from '../../shared/model';

const dates = (name: string) => {
  const d = cycleDatesFromName(name);
  return d && [d.start, d.end, d.kind];
};

describe('cycleDatesFromName: a cycle name gives calendar dates', () => {
  it('reads quarters in every usual spelling', () => {
    expect(dates('2027-Q1')).toEqual(['2027-01-01', '2027-03-31', 'quarter']);
    expect(dates('2027-Q2')).toEqual(['2027-04-01', '2027-06-30', 'quarter']);
    expect(dates('Q3 2027')).toEqual(['2027-07-01', '2027-09-30', 'quarter']);
    expect(dates('2027 Q3')).toEqual(['2027-07-01', '2027-09-30', 'quarter']);
    expect(dates('  2027q4 ')).toEqual(['2027-10-01', '2027-12-31', 'quarter']);
    expect(dates('q1-2028')).toEqual(['2028-01-01', '2028-03-31', 'quarter']);
  });

  it('reads halves, years and fiscal years (a fiscal year is the calendar year)', () => {
    expect(dates('2027-H1')).toEqual(['2027-01-01', '2027-06-30', 'half']);
    expect(dates('2027-H2')).toEqual(['2027-07-01', '2027-12-31', 'half']);
    expect(dates('H2 2027')).toEqual(['2027-07-01', '2027-12-31', 'half']);
    expect(dates('2027')).toEqual(['2027-01-01', '2027-12-31', 'year']);
    expect(dates('FY2027')).toEqual(['2027-01-01', '2027-12-31', 'fiscal-year']);
    expect(dates('FY 2027')).toEqual(['2027-01-01', '2027-12-31', 'fiscal-year']);
    expect(dates('fy27')).toEqual(['2027-01-01', '2027-12-31', 'fiscal-year']);
  });

  it('ends a quarter on its real last day, leap years included', () => {
    expect(dates('2028-Q1')?.[1]).toBe('2028-03-31');
    expect(dates('2028-H1')).toEqual(['2028-01-01', '2028-06-30', 'half']);
    // Every quarter of a leap year covers 366 days together, with no gap and no overlap.
    const days = [1, 2, 3, 4].map((q) => {
      const d = cycleDatesFromName(`2028-Q${q}`)!;
      return [dayNumber(d.start)!, dayNumber(d.end)!] as const;
    });
    for (let i = 1; i < days.length; i++) expect(days[i]![0]).toBe(days[i - 1]![1] + 1);
    expect(days[3]![1] - days[0]![0] + 1).toBe(366);
  });

  it('gives no dates for names that are not a period', () => {
    for (const name of [
      'Q5 2027',
      'Q0 2027',
      '2027-13',
      '2027-03',
      '2027-H3',
      'next quarter',
      'Spring push',
      '',
      '   ',
      '20277',
      '0027',
      'FY',
      'Q3',
      '2027-Q1 and Q2',
      'FY2027-Q1',
    ]) {
      expect(cycleDatesFromName(name), name).toBeNull();
    }
  });

  it('puts every check-in of a named cycle on a weekday inside the cycle', () => {
    for (const name of ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4', '2027-H2', 'FY2027']) {
      const d = cycleDatesFromName(name)!;
      for (const weekday of [1, 2, 3, 4, 5]) {
        const checkIns = checkInDates({
          cycleStart: d.start,
          cycleEnd: d.end,
          checkInWeekday: weekday,
        });
        expect(checkIns.length, name).toBeGreaterThan(0);
        for (const c of checkIns) {
          expect(c >= d.start && c <= d.end, `${name}: ${c}`).toBe(true);
          expect(weekdayOf(dayNumber(c)!)).toBe(weekday);
        }
      }
    }
    // 2027-Q1 starts on a Friday: its first Monday check-in is the 4th, not 28 December.
    expect(
      checkInDates({ cycleStart: '2027-01-01', cycleEnd: '2027-03-31', checkInWeekday: 1 })[0],
    ).toBe('2027-01-04');
  });
});

describe('renameCycle: dates follow the name, never over dates someone typed', () => {
  const meta = (cycle: string, cycleStart = '', cycleEnd = ''): CycleFields => ({
    cycle,
    cycleStart,
    cycleEnd,
  });

  it('sets empty dates from the new name', () => {
    expect(renameCycle(meta(''), '2027-Q2')).toEqual({
      cycle: '2027-Q2',
      cycleStart: '2027-04-01',
      cycleEnd: '2027-06-30',
    });
    expect(renameCycle(meta(''), 'Spring push')).toEqual({ cycle: 'Spring push' });
  });

  it('replaces dates the previous name gave', () => {
    expect(renameCycle(meta('2027-Q1', '2027-01-01', '2027-03-31'), '2027-Q2')).toEqual({
      cycle: '2027-Q2',
      cycleStart: '2027-04-01',
      cycleEnd: '2027-06-30',
    });
  });

  it('never overwrites dates someone typed', () => {
    // Dates that are not the name's (a cycle starting on the 6th), and one date alone.
    expect(renameCycle(meta('2027-Q1', '2027-01-06', '2027-03-31'), '2027-Q2')).toEqual({
      cycle: '2027-Q2',
    });
    expect(renameCycle(meta('', '2027-01-06', ''), '2027-Q2')).toEqual({ cycle: '2027-Q2' });
    expect(renameCycle(meta('Spring', '2027-04-01', '2027-06-30'), '2027-Q3')).toEqual({
      cycle: '2027-Q3',
    });
  });

  it('names only the cycle while the Drumbeat, which owns the dates, is locked for this user', () => {
    // The hub refuses a participant's write to a locked step's keys, and the whole edit with it.
    expect(renameCycle(meta(''), '2027-Q2', { datesLocked: true })).toEqual({ cycle: '2027-Q2' });
    expect(
      renameCycle(meta('2027-Q1', '2027-01-01', '2027-03-31'), 'Spring', { datesLocked: true }),
    ).toEqual({ cycle: 'Spring' });
  });

  it('follows typing key by key: "2027" on the way to "2027-Q2" does not stick', () => {
    let m = meta('');
    for (const name of ['2', '20', '202', '2027', '2027-', '2027-Q', '2027-Q2']) {
      const patch = renameCycle(m, name);
      m = {
        cycle: patch.cycle,
        cycleStart: patch.cycleStart ?? m.cycleStart,
        cycleEnd: patch.cycleEnd ?? m.cycleEnd,
      };
      if (name === '2027') expect(m).toEqual(meta('2027', '2027-01-01', '2027-12-31'));
      if (name === '2027-') expect(m).toEqual(meta('2027-'));
    }
    expect(m).toEqual(meta('2027-Q2', '2027-04-01', '2027-06-30'));
  });

  it('writes through updateMeta as one change of the doc', () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: 'Acme' });
    let updates = 0;
    doc.on('update', () => updates++);
    updateMeta(doc, renameCycle(readWorkshop(doc).meta, 'H1 2027'));
    expect(updates).toBe(1);
    const { cycle, cycleStart, cycleEnd } = readWorkshop(doc).meta;
    expect({ cycle, cycleStart, cycleEnd }).toEqual(meta('H1 2027', '2027-01-01', '2027-06-30'));
  });
});
