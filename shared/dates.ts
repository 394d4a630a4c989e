/**
 * Calendar days, the one place that says what a date is. Workshop dates (cycle start and
 * end, check-in dates) are plain calendar days written `YYYY-MM-DD`, not instants: all
 * arithmetic is done on day numbers in UTC, so a result never depends on the machine's
 * time zone or on daylight saving time. The read layer, the import validator, the JSON
 * Schema and the Drumbeat all accept exactly the dates `dayNumber` accepts: 2027-02-30
 * and 2027-13-45 are not dates anywhere.
 * @public
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The shape of an ISO date with a plausible month and day, for the JSON Schema (which
 * cannot say "a real day of that month": its `format: "date"` can, where supported).
 */
export const ISO_DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

/**
 * Days since 1970-01-01 of an ISO date, or null when it is not a real calendar date
 * (wrong shape, or a day such as 2027-02-30 that `Date.UTC` would silently roll over).
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

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && dayNumber(value) !== null;
}

/** The ISO date of a day number (the inverse of {@link dayNumber}). */
export function isoFromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The date `days` days after `iso` (before, when negative); null when `iso` is not a date. */
export function addDays(iso: string, days: number): string | null {
  const day = dayNumber(iso);
  return day === null ? null : isoFromDayNumber(day + Math.trunc(days));
}

/** 0 = Sunday … 6 = Saturday, like `Date.prototype.getUTCDay`. */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}

/** The first day on or after `from` (or strictly after, with `strict`) that falls on `weekday`. */
export function nextWeekday(from: number, weekday: number, strict: boolean): number {
  const start = strict ? from + 1 : from;
  return start + ((weekday - weekdayOf(start) + 7) % 7);
}

/** The local calendar day of an instant: "today" is where the facilitator sits. */
export function localIsoDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

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

/**
 * `2027-01-15` → `15 January 2027` (how exports write a date), in `language` through
 * `Intl` (`15 gennaio 2027`, `15. Januar 2027`); anything else is returned as given.
 */
export function longDate(iso: string, language = 'en'): string {
  const day = dayNumber(iso);
  if (day === null) return iso;
  const d = new Date(day * DAY_MS);
  if (language === 'en')
    return `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** 0 = Sunday … 6 = Saturday → "Monday", "lunedì", "Montag". */
export function weekdayName(weekday: number, language = 'en'): string {
  if (language === 'en') return WEEKDAY_NAMES[weekday] ?? 'Monday';
  // 2023-01-01 was a Sunday.
  const d = new Date(Date.UTC(2023, 0, 1 + (((weekday % 7) + 7) % 7)));
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(d);
}
