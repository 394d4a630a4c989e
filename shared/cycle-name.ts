/**
 * A cycle's name says its dates: "2027-Q1", "Q3 2027", "2027 Q3", "2027-H2", "FY2027",
 * "2027". Reading it saves the facilitator from picking two dates the name already gives.
 * Periods are calendar ones: a quarter is three calendar months, a half six, a year January
 * to December. "FY2027" is read as the calendar year 2027 too: Offsite has no fiscal-year
 * setting, and guessing one (April? July? October?) would be wrong for most teams, so the
 * Drumbeat says so beside the dates. Anything else ("Q5 2027", "2027-13", "next quarter",
 * "Spring push") gives no dates: the name is a free label first.
 * @public
 */
import { dayNumber, isoFromDayNumber } from './dates';

/** What a cycle name was read as. @public */
export type CyclePeriodKind = 'quarter' | 'half' | 'year' | 'fiscal-year';

/** The dates a cycle name gives, both inclusive, and how it was read. @public */
export interface CycleNameDates {
  readonly start: string;
  readonly end: string;
  readonly kind: CyclePeriodKind;
}

/** A plausible year for a plan: a typo such as "20277" or "0027" gives no dates. */
const YEAR = '((?:19|20|21)\\d\\d)';
const SEP = '[\\s\\-/_.]*';
const FORMS: readonly {
  readonly pattern: RegExp;
  readonly read: (m: RegExpExecArray) => Period;
}[] = [
  // 2027-Q1, 2027 Q1, 2027Q1, 2027/Q1
  { pattern: new RegExp(`^${YEAR}${SEP}q([1-4])$`), read: (m) => quarter(m[1], m[2]) },
  // Q1 2027, Q1-2027
  { pattern: new RegExp(`^q([1-4])${SEP}${YEAR}$`), read: (m) => quarter(m[2], m[1]) },
  // 2027-H2, 2027 H2
  { pattern: new RegExp(`^${YEAR}${SEP}h([12])$`), read: (m) => half(m[1], m[2]) },
  // H2 2027
  { pattern: new RegExp(`^h([12])${SEP}${YEAR}$`), read: (m) => half(m[2], m[1]) },
  // FY2027, FY 2027, FY-2027, FY27
  {
    pattern: new RegExp(`^fy${SEP}(?:${YEAR}|(\\d\\d))$`),
    read: (m) => ({ ...year(m[1] ?? `20${m[2]}`), kind: 'fiscal-year' }),
  },
  // 2027
  { pattern: new RegExp(`^${YEAR}$`), read: (m) => year(m[1]) },
];

interface Period {
  readonly year: number;
  /** First and last calendar month, 1–12. */
  readonly from: number;
  readonly to: number;
  readonly kind: CyclePeriodKind;
}

function quarter(y: string | undefined, q: string | undefined): Period {
  const n = Number(q);
  return { year: Number(y), from: n * 3 - 2, to: n * 3, kind: 'quarter' };
}

function half(y: string | undefined, h: string | undefined): Period {
  const n = Number(h);
  return { year: Number(y), from: n * 6 - 5, to: n * 6, kind: 'half' };
}

function year(y: string | undefined): Period {
  return { year: Number(y), from: 1, to: 12, kind: 'year' };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The start and end dates a cycle name gives (see the module's comment), or null when the
 * name is not one of the forms read. Case and surrounding spaces do not matter.
 * @public
 */
export function cycleDatesFromName(name: string): CycleNameDates | null {
  const text = name.trim().toLowerCase();
  for (const form of FORMS) {
    const m = form.pattern.exec(text);
    if (!m) continue;
    const p = form.read(m);
    const start = `${p.year}-${pad(p.from)}-01`;
    // The day before the first of the next month: month lengths and leap years for free.
    const next = p.to === 12 ? `${p.year + 1}-01-01` : `${p.year}-${pad(p.to + 1)}-01`;
    const nextDay = dayNumber(next);
    if (dayNumber(start) === null || nextDay === null) return null;
    return { start, end: isoFromDayNumber(nextDay - 1), kind: p.kind };
  }
  return null;
}

/** The cycle fields a rename reads and writes. @public */
export interface CycleFields {
  readonly cycle: string;
  /** '' when not set. */
  readonly cycleStart: string;
  readonly cycleEnd: string;
}

/**
 * True when the stored dates are the ones the cycle's name gives: they were set from the
 * name (or happen to match it), so a new name may replace them.
 * @public
 */
export function datesFollowName(meta: CycleFields): boolean {
  const from = cycleDatesFromName(meta.cycle);
  return from !== null && from.start === meta.cycleStart && from.end === meta.cycleEnd;
}

/**
 * What to write when the cycle is renamed to `name`: the name, and the dates when they may
 * follow it — both empty, or still the ones the previous name gave. Dates someone typed are
 * never overwritten. Dates that came from the previous name are cleared when the new one
 * gives none, so typing "2027" on the way to "2027-Q2" does not leave the whole year behind
 * (and "2027-Q" in between cannot pin it there). With `datesLocked` (the Drumbeat, which
 * owns the dates, is locked for this user while the name's step is not) only the name is
 * written: the hub would refuse the whole edit for the dates in it.
 * @public
 */
export function renameCycle(
  meta: CycleFields,
  name: string,
  { datesLocked = false }: { readonly datesLocked?: boolean } = {},
): { cycle: string; cycleStart?: string; cycleEnd?: string } {
  if (datesLocked) return { cycle: name };
  const empty = meta.cycleStart === '' && meta.cycleEnd === '';
  if (!empty && !datesFollowName(meta)) return { cycle: name };
  const next = cycleDatesFromName(name);
  if (next) return { cycle: name, cycleStart: next.start, cycleEnd: next.end };
  return empty ? { cycle: name } : { cycle: name, cycleStart: '', cycleEnd: '' };
}
