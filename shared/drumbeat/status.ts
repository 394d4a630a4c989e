import type { CheckIn, KeyResult, Meta, Workshop } from '../model/types';
import { dayNumber } from '../dates';
import { drumbeat } from '../i18n/resources/drumbeat';
import { keyResultWeeks, type KeyResultWeek } from './calendar';
import { checkInsOf, keyResultProgress, milestoneDoneValue, type KrProgress } from './progress';
import { weekTally, type WeekTally } from './week-tally';

/**
 * The status of a key result, one rule for every place that shows one (the Drumbeat view,
 * the Markdown, CSV, JSON and PDF exports, the presentation view):
 * - `past-target`: its latest check-in reached the target (done);
 * - `on-pace`: recent data, progress keeps up with the time gone, confidence is not low;
 * - `at-risk`: on pace, but the team's confidence is low;
 * - `behind`: progress lags the time gone (or a milestone is not done when the cycle ends);
 * - `no-data`: nothing recent to judge it by — never checked in, no check-in in the current
 *   or the last due week, or no way to compare (no cycle dates, no target). Never green.
 * @public
 */
export type KrStatus = 'past-target' | 'on-pace' | 'at-risk' | 'behind' | 'no-data';

/** Every status, best first. @public */
export const KR_STATUSES: readonly KrStatus[] = [
  'past-target',
  'on-pace',
  'at-risk',
  'behind',
  'no-data',
];

/** What every surface calls each status. @public */
export const STATUS_LABELS: Readonly<Record<KrStatus, string>> = {
  'past-target': 'Past target',
  'on-pace': 'On pace',
  'at-risk': 'At risk',
  behind: 'Behind',
  'no-data': 'No data',
};

/** Why a key result has its status: one of the catalogue's drumbeat.reason messages. @public */
export type StatusReasonId = keyof typeof drumbeat.en.reason;

/** One reason as data: the app says it in the workshop's language, `reasons` in English. @public */
export interface StatusReason {
  readonly id: StatusReasonId;
  readonly params: Readonly<Record<string, string | number>>;
}

const because = (
  id: StatusReasonId,
  params: Readonly<Record<string, string | number>> = {},
): StatusReason => ({ id, params });

/** A reason in English (the exports' words), from the same catalogue the app reads. */
function english(reason: StatusReason): string {
  return drumbeat.en.reason[reason.id].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in reason.params ? String(reason.params[key]) : whole,
  );
}

/**
 * Expected minus actual progress, in percentage points, above which a key result is
 * behind: 10 points of slack, so a week's noise early in the cycle is not a verdict.
 * @public
 */
export const BEHIND_GAP = 10;
/** A latest confidence at or below this (0–10) makes an on-pace key result at risk. @public */
export const AT_RISK_CONFIDENCE = 3;
/**
 * Without cycle weeks (no dates), a check-in older than this many days is no longer recent:
 * two weeks, the same slack the weekly rule gives (this week or the last).
 * @public
 */
export const STALE_AFTER_DAYS = 14;

/** The status of one key result and what it was decided from. @public */
export interface KrStatusResult {
  readonly status: KrStatus;
  /** Where progress should be today (0..1), null without usable cycle dates. */
  readonly expected: number | null;
  /** Progress from the check-ins dated on or before today. */
  readonly progress: KrProgress;
  /** (expected − actual) × 100, in points; null when either is unknown or for a milestone. */
  readonly gap: number | null;
  /** Why it has this status, in English, shortest first; empty for a plain "on pace". */
  readonly reasons: readonly string[];
  /** The same reasons as data, for the app to say in the workshop's language. */
  readonly why: readonly StatusReason[];
  /** How the cycle's weeks add up for it today; null without cycle weeks. */
  readonly weeks: WeekTally | null;
  /** The latest check-in counted (dated on or before today), if any. */
  readonly lastCheckIn: CheckIn | null;
}

type CycleMeta = Pick<Meta, 'cycleStart' | 'cycleEnd' | 'checkInWeekday'>;

/**
 * Where progress should be on `today` if it moved in a straight line from 0 on
 * `meta.cycleStart` to 1 on `meta.cycleEnd`: `(today − start) / (end − start)` in days,
 * clamped to 0..1 (0 before the cycle, 1 from its last day on). Null when a date is missing
 * or invalid, or the end is not after the start.
 * @public
 */
export function expectedProgress(
  meta: Pick<Meta, 'cycleStart' | 'cycleEnd'>,
  today: string,
): number | null {
  const start = dayNumber(meta.cycleStart);
  const end = dayNumber(meta.cycleEnd);
  const now = dayNumber(today);
  if (start === null || end === null || now === null || end <= start) return null;
  return Math.min(1, Math.max(0, (now - start) / (end - start)));
}

// Points are compared with a little slack so float noise at exactly 10 stays on pace.
const exceeds = (gap: number, limit: number) => gap > limit + 1e-9;
const pct = (n: number) => `${Math.round(n * 100)} %`;

/**
 * Whether the data is recent enough to judge, and if not, why. With cycle weeks: there is a
 * check-in in the week holding today, or — while that week is still open — in the week
 * before it (the last one that was due). Before the cycle's first week nothing is due;
 * after its last, the last week must have one. Without weeks: the latest check-in is less
 * than {@link STALE_AFTER_DAYS} days old.
 */
function recency(
  weeks: readonly KeyResultWeek[],
  last: CheckIn,
  today: string,
): { recent: true } | { recent: false; why: StatusReason } {
  if (weeks.length === 0) {
    const age = dayNumber(today)! - dayNumber(last.date)!;
    return age < STALE_AFTER_DAYS
      ? { recent: true }
      : { recent: false, why: because('stale', { days: age, date: last.date }) };
  }
  const now = weeks.findIndex((w) => w.holdsToday);
  const elapsed = weeks.filter((w) => w.state !== 'upcoming');
  if (elapsed.length === 0) return { recent: true };
  // The week holding today if it is checked in, else the last week that was due.
  const current = now >= 0 ? weeks[now]! : undefined;
  if (current?.state === 'done') return { recent: true };
  const due = current ? weeks[now - 1] : elapsed[elapsed.length - 1];
  if (due === undefined || due.state === 'done') return { recent: true };
  return { recent: false, why: because('missedWeek', { date: due.date }) };
}

/**
 * The status of one key result on `today` (`YYYY-MM-DD`; a parameter, never the clock).
 * Only check-ins dated on or before today count. In order, the first that applies:
 *
 * 1. **no-data** — no check-in yet.
 * 2. **past-target** — the latest value reached the target: progress 1 for an increase or a
 *    decrease, done for a milestone (a "maintain" key result that holds is on pace, not
 *    done: it must keep holding). Stays so until a later check-in says otherwise.
 * 3. **no-data** — no recent check-in: none in the week holding today nor, while that week
 *    is open, in the week before (see {@link WeekTally}); silence never reads as fine.
 * 4. **no-data** — progress cannot be compared with the time gone: no cycle dates, or no
 *    progress (no target, no baseline); unless confidence is low (→ at-risk).
 * 5. **behind** — gap = ({@link expectedProgress} − progress) × 100 > {@link BEHIND_GAP}
 *    points (exactly 10 is on pace). A milestone has no partial progress: it is behind when
 *    it is not done on or after the cycle's last day.
 * 6. **at-risk** — the latest confidence is {@link AT_RISK_CONFIDENCE} (3) or lower.
 * 7. **on-pace** — otherwise.
 *
 * `reasons` says why, including a low confidence behind a "behind" and a past target's date.
 * @public
 */
export function keyResultStatus(
  kr: KeyResult,
  checkIns: readonly CheckIn[],
  meta: CycleMeta,
  today: string,
): KrStatusResult {
  const past = checkIns.filter((c) => c.keyResultId === kr.id && c.date <= today);
  const progress = keyResultProgress(kr, past);
  const expected = expectedProgress(meta, today);
  const weeks = dayNumber(today) === null ? [] : keyResultWeeks(kr, past, meta, today);
  const tally = weeks.length > 0 ? weekTally(weeks) : null;
  const history = checkInsOf(kr.id, past);
  const last = history[history.length - 1] ?? null;
  const result = (status: KrStatus, why: StatusReason[], gap: number | null = null) => ({
    status,
    expected,
    progress,
    gap,
    reasons: why.map(english),
    why,
    weeks: tally,
    lastCheckIn: last,
  });

  if (dayNumber(today) === null) return result('no-data', [because('notADate', { today })]);
  if (last === null) return result('no-data', [because('noCheckIn')]);
  const actual = progress.progress;
  const done =
    actual !== null &&
    kr.direction !== 'maintain' &&
    actual >= 1 - 1e-9 &&
    progress.latest !== null;
  if (done) {
    const how = kr.direction === 'milestone' ? 'done' : 'targetReached';
    return result('past-target', [because(how, { date: last.date })]);
  }

  const recent = recency(weeks, last, today);
  if (!recent.recent) return result('no-data', [recent.why]);

  const confidence = progress.latest?.confidence ?? null;
  const lowConfidence = confidence !== null && confidence <= AT_RISK_CONFIDENCE;
  const confidenceReason = because('confidence', { value: String(confidence) });

  if (actual === null || expected === null) {
    const why =
      actual === null
        ? because('progressUnknown', { reason: progress.reason ?? english(because('noValue')) })
        : because('noDates');
    return lowConfidence ? result('at-risk', [confidenceReason, why]) : result('no-data', [why]);
  }

  if (kr.direction === 'milestone') {
    const end = dayNumber(meta.cycleEnd);
    const now = dayNumber(today);
    if (end !== null && now !== null && now >= end) {
      return result('behind', [because('milestoneNotDone', { needs: milestoneDoneValue(kr) })]);
    }
  } else {
    const gap = (expected - actual) * 100;
    if (exceeds(gap, BEHIND_GAP)) {
      const why = [because('behind', { done: pct(actual), expected: pct(expected) })];
      if (lowConfidence) why.push(confidenceReason);
      return result('behind', why, gap);
    }
    if (lowConfidence) return result('at-risk', [confidenceReason], gap);
    return result('on-pace', [], gap);
  }
  return lowConfidence ? result('at-risk', [confidenceReason]) : result('on-pace', []);
}

/**
 * {@link keyResultStatus} of every key result of a workshop, keyed by key-result id, with
 * the workshop's cycle dates and check-in day. For the Drumbeat view and the exports.
 * @public
 */
export function keyResultStatuses(
  workshop: Pick<Workshop, 'meta' | 'keyResults' | 'checkIns'>,
  today: string,
): Map<string, KrStatusResult> {
  return new Map(
    workshop.keyResults.map((kr) => [
      kr.id,
      keyResultStatus(kr, workshop.checkIns, workshop.meta, today),
    ]),
  );
}
