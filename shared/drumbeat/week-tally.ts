import type { KeyResultWeek } from './calendar';

/**
 * How the check-in weeks of a cycle add up for one key result on one day. Every week of
 * the cycle is exactly one of: checked in, missed, open or upcoming, so
 *
 *   elapsed = checkedIn + missed + open          total = elapsed + upcoming
 *
 * - a week has **elapsed** once its first day is on or before today (the weeks are those of
 *   {@link keyResultWeeks}: one per check-in day, each counting check-ins from three days
 *   before to three days after it, the first reaching back to the cycle's start and the
 *   last forward to its end, so every day of the cycle is in exactly one week);
 * - **checked in**: an elapsed week with a check-in of the key result dated in it (and on or
 *   before today);
 * - **missed**: a week that ended before today without one;
 * - **open**: the week holding today, without a check-in yet. It is not missed: the team
 *   can still check in. At most one week is open;
 * - **upcoming**: a week that starts after today.
 *
 * `current` is the number (1-based) of the week holding today; 0 before the cycle's first
 * week and `total + 1` after its last.
 * @public
 */
export interface WeekTally {
  readonly total: number;
  readonly elapsed: number;
  readonly checkedIn: number;
  readonly missed: number;
  /** 1 while the week holding today has no check-in yet, else 0. */
  readonly open: number;
  readonly upcoming: number;
  readonly current: number;
}

/**
 * Counts the weeks of {@link keyResultWeeks} (see {@link WeekTally} for what each count is).
 * @example
 * // 13 weeks, today in week 9, three check-ins, week 9 not checked in yet:
 * // { total: 13, elapsed: 9, checkedIn: 3, missed: 5, open: 1, upcoming: 4, current: 9 }
 * @public
 */
export function weekTally(weeks: readonly KeyResultWeek[]): WeekTally {
  let checkedIn = 0;
  let missed = 0;
  let open = 0;
  for (const week of weeks) {
    if (week.state === 'done') checkedIn++;
    else if (week.state === 'missing') missed++;
    else if (week.state === 'open') open++;
  }
  const elapsed = checkedIn + missed + open;
  const total = weeks.length;
  const now = weeks.findIndex((week) => week.holdsToday);
  // The weeks cover the cycle without gaps: no week holds today only before the first
  // (nothing elapsed) or after the last (everything elapsed).
  const current = now >= 0 ? now + 1 : elapsed === 0 ? 0 : total + 1;
  return { total, elapsed, checkedIn, missed, open, upcoming: total - elapsed, current };
}

/**
 * The tally in words, e.g. "Week 9 of 13: 3 checked in, 5 missed, this week open" or,
 * after the cycle, "13 weeks: 12 checked in, 1 missed". Empty without weeks.
 * @public
 */
export function weekTallyText(t: WeekTally): string {
  if (t.total === 0) return '';
  const parts = [`${t.checkedIn} checked in`];
  if (t.missed > 0) parts.push(`${t.missed} missed`);
  if (t.open > 0) parts.push('this week open');
  if (t.current === 0) return `${t.total} weeks: the cycle has not started`;
  const head =
    t.current > t.total
      ? `${t.total} ${t.total === 1 ? 'week' : 'weeks'}`
      : `Week ${t.current} of ${t.total}`;
  return `${head}: ${parts.join(', ')}`;
}
