import { dayNumber } from '../drumbeat/dates';

/**
 * How exports write dates. The arithmetic on ISO dates (`YYYY-MM-DD`, calendar days in UTC)
 * is shared with the Drumbeat view: shared/drumbeat/dates.ts.
 */

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

/** The local calendar day of an instant: "today" is where the facilitator sits. */
export function localIsoDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** `2027-01-15` → `15 January 2027`; anything unparsable is returned as given. */
export function longDate(iso: string): string {
  if (dayNumber(iso) === null) return iso;
  const d = new Date(`${iso}T00:00:00Z`);
  return `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
