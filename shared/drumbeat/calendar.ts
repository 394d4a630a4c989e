import type { CheckIn, KeyResult, Meta } from '../model/types';
import { dayNumber, isoFromDayNumber, nextWeekday } from '../dates';
import { checkInsOf } from './progress';

/** A calendar longer than this many weeks is cut here: a typo such as year 9999 must not hang the UI. @public */
export const MAX_CHECK_IN_WEEKS = 260;

/** One check-in week of the cycle. @public */
export interface CheckInWeek {
  /** The check-in day (`meta.checkInWeekday`). */
  readonly date: string;
  /** First and last day (inclusive) whose check-ins count for this week. */
  readonly start: string;
  readonly end: string;
}

type CycleMeta = Pick<Meta, 'cycleStart' | 'cycleEnd' | 'checkInWeekday'>;

function weekDays(meta: CycleMeta): { day: number; start: number; end: number }[] {
  const start = dayNumber(meta.cycleStart);
  const end = dayNumber(meta.cycleEnd);
  const weekday = meta.checkInWeekday;
  if (start === null || end === null || end < start) return [];
  if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6) return [];
  const first = nextWeekday(start, weekday, false);
  const weeks: { day: number; start: number; end: number }[] = [];
  for (let day = first; day <= end && weeks.length < MAX_CHECK_IN_WEEKS; day += 7) {
    weeks.push({ day, start: day - 3, end: day + 3 });
  }
  const head = weeks[0];
  const tail = weeks[weeks.length - 1];
  // The first and last weeks stretch to the cycle's edges so every day of the cycle
  // belongs to exactly one week.
  if (head) head.start = Math.min(head.start, start);
  if (tail && weeks.length < MAX_CHECK_IN_WEEKS) tail.end = Math.max(tail.end, end);
  return weeks;
}

/**
 * The check-in weeks of the cycle: one per `meta.checkInWeekday` (0 = Sunday … 6) from
 * `meta.cycleStart` to `meta.cycleEnd`, both inclusive. A cycle starting mid-week gets its
 * first check-in on the first such weekday on or after its start. Each week counts the
 * check-ins dated from three days before its check-in day to three days after, so a team
 * checking in a day early or late still covers that week; the first week also reaches back
 * to the cycle's start and the last forward to its end. Empty when the dates are missing or
 * invalid, or the end is before the start; at most {@link MAX_CHECK_IN_WEEKS} weeks.
 * @public
 */
export function checkInWeeks(meta: CycleMeta): CheckInWeek[] {
  return weekDays(meta).map((w) => ({
    date: isoFromDayNumber(w.day),
    start: isoFromDayNumber(w.start),
    end: isoFromDayNumber(w.end),
  }));
}

/** The check-in dates of the cycle: the `date` of each of {@link checkInWeeks}. @public */
export function checkInDates(meta: CycleMeta): string[] {
  return checkInWeeks(meta).map((w) => w.date);
}

/**
 * A week of one key result: `done` (a check-in falls in it), `missing` (it ended before
 * today with none), `open` (today is inside it and there is none yet), `upcoming`.
 * @public
 */
export type WeekState = 'done' | 'missing' | 'open' | 'upcoming';

/** @public */
export interface KeyResultWeek extends CheckInWeek {
  readonly state: WeekState;
  /** Today is one of the week's days (it is the current week). */
  readonly holdsToday: boolean;
  /** The latest check-in of the key result in this week, if any. */
  readonly checkIn: CheckIn | null;
}

/**
 * Every check-in week of the cycle for one key result, with its state on `today` (see
 * {@link WeekState}). A check-in dated after today does not count (it has not happened).
 * @public
 */
export function keyResultWeeks(
  kr: Pick<KeyResult, 'id'>,
  checkIns: readonly CheckIn[],
  meta: CycleMeta,
  today: string,
): KeyResultWeek[] {
  const now = dayNumber(today);
  if (now === null) return [];
  const dated = checkInsOf(kr.id, checkIns)
    .map((c) => ({ c, day: dayNumber(c.date)! }))
    .filter((x) => x.day <= now);
  return weekDays(meta).map((w) => {
    const inWeek = dated.filter((x) => x.day >= w.start && x.day <= w.end);
    const checkIn = inWeek[inWeek.length - 1]?.c ?? null;
    const state: WeekState = checkIn
      ? 'done'
      : w.end < now
        ? 'missing'
        : w.start <= now
          ? 'open'
          : 'upcoming';
    return {
      date: isoFromDayNumber(w.day),
      start: isoFromDayNumber(w.start),
      end: isoFromDayNumber(w.end),
      state,
      holdsToday: w.start <= now && now <= w.end,
      checkIn,
    };
  });
}

/**
 * The check-in dates of the weeks a key result missed: weeks of the cycle that ended
 * before `today` with no check-in of this key result in them (see {@link keyResultWeeks}).
 * The week containing today is not missing yet: the team can still check in.
 * @public
 */
export function missingWeeks(
  kr: Pick<KeyResult, 'id'>,
  checkIns: readonly CheckIn[],
  meta: CycleMeta,
  today: string,
): string[] {
  return keyResultWeeks(kr, checkIns, meta, today)
    .filter((w) => w.state === 'missing')
    .map((w) => w.date);
}

/** A key result on the "This week" list. @public */
export interface DueKeyResult {
  readonly keyResult: KeyResult;
  /** Date of its latest check-in on or before today; null if it never had one. */
  readonly lastCheckIn: string | null;
  /** Days from that check-in to today; null if it never had one. */
  readonly daysSince: number | null;
}

/** A key result is due when its latest check-in is this many days old or older. @public */
export const DUE_AFTER_DAYS = 7;

/**
 * The "This week" list: key results with no check-in in the last 7 days, i.e. never
 * checked in, or whose latest check-in (dated on or before `today`) is
 * {@link DUE_AFTER_DAYS} or more days before today. A check-in 6 days ago is recent
 * enough; 7 days ago is due. Keeps the order of `krs`. When `meta` is given with valid
 * cycle dates, nothing is due before the cycle starts or after it ends. Empty when `today`
 * is not a date.
 * @public
 */
export function dueThisWeek(
  krs: readonly KeyResult[],
  checkIns: readonly CheckIn[],
  today: string,
  meta?: Pick<Meta, 'cycleStart' | 'cycleEnd'>,
): DueKeyResult[] {
  const now = dayNumber(today);
  if (now === null) return [];
  if (meta) {
    const start = dayNumber(meta.cycleStart);
    const end = dayNumber(meta.cycleEnd);
    if ((start !== null && now < start) || (end !== null && now > end)) return [];
  }
  const due: DueKeyResult[] = [];
  for (const keyResult of krs) {
    const past = checkInsOf(keyResult.id, checkIns).filter((c) => dayNumber(c.date)! <= now);
    const last = past[past.length - 1];
    if (!last) {
      due.push({ keyResult, lastCheckIn: null, daysSince: null });
      continue;
    }
    const daysSince = now - dayNumber(last.date)!;
    if (daysSince >= DUE_AFTER_DAYS) due.push({ keyResult, lastCheckIn: last.date, daysSince });
  }
  return due;
}

/** A point of a sparkline: x and y normalised to 0..1 (y = 0 at the bottom). @public */
export interface SparkPoint {
  readonly x: number;
  readonly y: number;
  /** The value it stands for. */
  readonly value: number;
}

/**
 * Normalised points for a sparkline of `values` in order. x spreads the values evenly
 * from 0 to 1 by position (a single value sits at 0.5); a null or non-finite value is a
 * gap (no point, but it keeps its x slot). y maps `domain` (default: the finite values'
 * min and max) to 0..1, clamped; a flat series sits at 0.5.
 * @public
 */
export function sparkline(
  values: readonly (number | null)[],
  domain?: { readonly min: number; readonly max: number },
): SparkPoint[] {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length === 0) return [];
  const min = domain && Number.isFinite(domain.min) ? domain.min : Math.min(...finite);
  const max = domain && Number.isFinite(domain.max) ? domain.max : Math.max(...finite);
  const points: SparkPoint[] = [];
  values.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) return;
    const x = values.length === 1 ? 0.5 : i / (values.length - 1);
    const y = max > min ? Math.min(1, Math.max(0, (value - min) / (max - min))) : 0.5;
    points.push({ x, y, value });
  });
  return points;
}

/**
 * The two sparklines of a key result's row, over its check-ins oldest first: values, on a
 * scale that also spans its baseline and target (so the line shows how far it is from the
 * target), and confidence on the fixed 0–10 scale.
 * @public
 */
export function keyResultSparklines(
  kr: KeyResult,
  checkIns: readonly CheckIn[],
): { values: SparkPoint[]; confidence: SparkPoint[] } {
  const history = checkInsOf(kr.id, checkIns);
  const values = history.map((c) => c.value);
  const scale = [...values, kr.baseline, kr.target].filter(
    (v): v is number => v !== null && Number.isFinite(v),
  );
  return {
    values: sparkline(values, { min: Math.min(...scale), max: Math.max(...scale) }),
    confidence: sparkline(
      history.map((c) => c.confidence),
      { min: 0, max: 10 },
    ),
  };
}
