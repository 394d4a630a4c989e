/**
 * Plain calendar days (`YYYY-MM-DD`) as integers. A check-in date is a calendar day, not an
 * instant: all arithmetic is done in UTC so the result never depends on the machine's time
 * zone or on daylight saving time.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 of an ISO date, or null when it is not a real calendar date
 * (wrong shape, or a day such as 2027-02-30 that `Date.UTC` would silently roll over).
 * @public
 */
export function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return null;
  }
  return ms / DAY_MS;
}

/** The ISO date of a day number (the inverse of {@link dayNumber}). @public */
export function isoFromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** True for a real calendar date written `YYYY-MM-DD`. @public */
export function isIsoDate(value: string): boolean {
  return dayNumber(value) !== null;
}

/** 0 = Sunday … 6 = Saturday, like `Date.prototype.getUTCDay`. @public */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}

/** The first day on or after `from` (or strictly after, with `strict`) that falls on `weekday`. @public */
export function nextWeekday(from: number, weekday: number, strict: boolean): number {
  const start = strict ? from + 1 : from;
  return start + ((weekday - weekdayOf(start) + 7) % 7);
}
