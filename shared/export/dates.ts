/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`). Dates are calendar days, not instants:
 * everything is computed in UTC so a check-in day never shifts with the exporter's time zone.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Days since the epoch of an ISO date, or null when it is not a real calendar date. */
export function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Rejects 2027-02-30 and friends, which Date.UTC would silently roll over.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return null;
  return ms / DAY_MS;
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}

/** The local calendar day of an instant: "today" is where the facilitator sits. */
export function localIsoDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** `2027-01-15` → `15 January 2027`; anything unparsable is returned as given. */
export function longDate(iso: string): string {
  const day = dayNumber(iso);
  if (day === null) return iso;
  const d = new Date(day * DAY_MS);
  return `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** The first day on or after `from` (or strictly after, with `strict`) that falls on `weekday`. */
export function nextWeekday(from: number, weekday: number, strict: boolean): number {
  const start = strict ? from + 1 : from;
  return start + ((weekday - weekdayOf(start) + 7) % 7);
}
