import { addDays, dayNumber, isoFromDayNumber, nextWeekday } from '../dates';
import type { WorkshopJson } from '../model/interchange/json-types';

/**
 * How far into its cycle the sample workshop is opened: three weekly check-ins behind it,
 * the fourth week's due now — a Drumbeat with a trend to read and one check-in to make.
 * @public
 */
export const SAMPLE_WEEKS_IN = 3;

/**
 * The sample workshop moved in time so that it is always {@link SAMPLE_WEEKS_IN} weeks into
 * its cycle on `today` (an ISO date), whenever someone opens it: the shipped file is dated
 * 2027, and a sample whose check-ins lie in the future (or years in the past) shows an
 * empty or all-missed Drumbeat. Every date — cycle start and end, each check-in — moves by
 * the same whole number of weeks, so weekdays and the spacing of check-ins stay as written;
 * the cycle's label becomes the quarter holding most of the moved cycle.
 *
 * The cycle's first check-in day lands {@link SAMPLE_WEEKS_IN} weeks before the check-in
 * day nearest `today`, so today falls in the check-in week that is due (weeks run from
 * three days before a check-in day to three days after). A file without cycle dates, or a
 * `today` that is no date, comes back unchanged.
 * @public
 */
export function rebaseSampleDates(data: WorkshopJson, today: string): WorkshopJson {
  const start = data.cycleStart ? dayNumber(data.cycleStart) : null;
  const end = data.cycleEnd ? dayNumber(data.cycleEnd) : null;
  const now = dayNumber(today);
  const weekday = data.checkInWeekday ?? 1;
  if (start === null || end === null || now === null) return data;
  const firstCheckIn = nextWeekday(start, weekday, false);
  const due = nextWeekday(now - 3, weekday, false);
  const shift = due - 7 * SAMPLE_WEEKS_IN - firstCheckIn;
  const move = (iso: string) => addDays(iso, shift) ?? iso;
  const mid = isoFromDayNumber(Math.floor((start + end) / 2) + shift);
  return {
    ...data,
    cycle: quarterOf(mid),
    cycleStart: isoFromDayNumber(start + shift),
    cycleEnd: isoFromDayNumber(end + shift),
    checkIns: data.checkIns.map((c) => ({ ...c, date: move(c.date) })),
  };
}

/** `2027-02-14` → `2027-Q1`. */
function quarterOf(iso: string): string {
  const month = Number(iso.slice(5, 7));
  return `${iso.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}
