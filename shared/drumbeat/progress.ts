import type { CheckIn, KeyResult } from '../model/types';
import { isIsoDate } from '../dates';
import { fixedT } from '../i18n';

/**
 * How close a "maintain" key result with no side to hold must stay to its target: within
 * ±5 % of |target|. Used only when the baseline does not say which side is good (see
 * {@link keyResultProgress}).
 * @public
 */
export const MAINTAIN_TOLERANCE = 0.05;

/** The value progress is computed from. @public */
export interface LatestValue {
  readonly value: number;
  /** The check-in's date; null when the value is the key result's `current` field. */
  readonly date: string | null;
  /** 0–10; null when unknown. */
  readonly confidence: number | null;
}

/** Movement over the last two check-ins: `up` = towards the target, `down` = away from it. @public */
export type Trend = 'up' | 'down' | 'flat';

/** Progress of one key result. @public */
export interface KrProgress {
  /** 0..1, or null when it cannot be known (see `reason`). */
  readonly progress: number | null;
  readonly latest: LatestValue | null;
  readonly trend: Trend | null;
  /** The value went past the target (progress is clamped to 1). */
  readonly overshoot: boolean;
  /** Why progress is null, or the assumption it rests on (e.g. a baseline taken from a check-in). */
  readonly reason?: string;
  /** The same as data, for the app to say in the workshop's language (`drumbeat.progressReason.*`). */
  readonly why?: ProgressReason;
}

/** Why a key result's progress cannot be known, or what it assumes. @public */
export interface ProgressReason {
  readonly id:
    | 'noTarget'
    | 'noBaseline'
    | 'targetBelowBaseline'
    | 'targetAboveBaseline'
    | 'outsideBand'
    | 'noValue'
    | 'baselineFromCheckIn';
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A reason as the two fields of KrProgress: the English text and the data. */
function because(
  id: ProgressReason['id'],
  params?: ProgressReason['params'],
): { reason: string; why: ProgressReason } {
  // The catalogue's English words (drumbeat.progressReason), the one copy of them.
  const reason = fixedT('en')(
    `drumbeat.progressReason.${id}` as 'drumbeat.progressReason.noTarget',
    params,
  );
  return { reason, why: params ? { id, params } : { id } };
}

const isNum = (n: number | null | undefined): n is number =>
  typeof n === 'number' && Number.isFinite(n);

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

/**
 * The check-ins of one key result that can be used: a real calendar date and a finite
 * value, oldest first (ties by id, so every peer sees the same "latest").
 * @public
 */
export function checkInsOf(keyResultId: string, checkIns: readonly CheckIn[]): CheckIn[] {
  return checkIns
    .filter((c) => c.keyResultId === keyResultId && isNum(c.value) && isIsoDate(c.date))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * The value a milestone check-in records for "done": the target when it is a positive
 * number, else 1. A milestone is done when its value reaches this.
 * @public
 */
export function milestoneDoneValue(kr: Pick<KeyResult, 'target'>): number {
  return isNum(kr.target) && kr.target > 0 ? kr.target : 1;
}

type Side = 'ceiling' | 'floor' | 'band';

/**
 * Which side of the target a maintain key result holds: it started above the target, so
 * it must stay at or below it (a ceiling: "keep churn ≤ 2 %", baseline 2.4, target 2);
 * it started below, so it must stay at or above (a floor); started at the target or
 * unknown: it must stay within the tolerance band around it.
 */
function maintainSide(baseline: number | null, target: number): Side {
  if (baseline === null || baseline === target) return 'band';
  return baseline > target ? 'ceiling' : 'floor';
}

/** How far a value is outside the region a maintain key result must hold (0 = holding). */
function maintainMiss(value: number, target: number, side: Side): number {
  if (side === 'ceiling') return Math.max(0, value - target);
  if (side === 'floor') return Math.max(0, target - value);
  return Math.max(0, Math.abs(value - target) - MAINTAIN_TOLERANCE * Math.abs(target));
}

/** The key result's baseline, else the first check-in's value. */
function resolveBaseline(kr: KeyResult, history: readonly CheckIn[]) {
  if (isNum(kr.baseline)) return { baseline: kr.baseline, note: undefined };
  const first = history[0];
  if (first) {
    return { baseline: first.value, note: because('baselineFromCheckIn', { date: first.date }) };
  }
  return { baseline: null, note: undefined };
}

/** Tolerant equality, so float noise such as 0.1 + 0.2 does not read as movement. */
const same = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function compare(better: number, worse: number): Trend {
  // `better` should be larger when the key result moved towards its target.
  return same(better, worse) ? 'flat' : better > worse ? 'up' : 'down';
}

function trendOf(
  kr: KeyResult,
  history: readonly CheckIn[],
  baseline: number | null,
): Trend | null {
  if (history.length < 2) return null;
  const prev = history[history.length - 2]!.value;
  const last = history[history.length - 1]!.value;
  switch (kr.direction) {
    case 'increase':
      return compare(last, prev);
    case 'decrease':
      return compare(prev, last);
    case 'milestone': {
      const done = milestoneDoneValue(kr);
      return compare(last >= done ? 1 : 0, prev >= done ? 1 : 0);
    }
    case 'maintain': {
      if (!isNum(kr.target)) return null;
      const side = maintainSide(baseline, kr.target);
      return compare(maintainMiss(prev, kr.target, side), maintainMiss(last, kr.target, side));
    }
  }
}

function linear(
  kr: KeyResult,
  value: number,
  baseline: number | null,
): Pick<KrProgress, 'progress' | 'overshoot' | 'reason' | 'why'> {
  const target = kr.target;
  if (!isNum(target)) return { progress: null, overshoot: false, ...because('noTarget') };
  if (baseline === null) {
    return { progress: null, overshoot: false, ...because('noBaseline') };
  }
  const sign = kr.direction === 'increase' ? 1 : -1;
  const span = sign * (target - baseline);
  const gained = sign * (value - baseline);
  if (span < 0) {
    return {
      progress: null,
      overshoot: false,
      ...because(kr.direction === 'increase' ? 'targetBelowBaseline' : 'targetAboveBaseline', {
        target,
        baseline,
      }),
    };
  }
  if (span === 0) {
    // Nothing to move: the key result is met when the value is on the right side of the target.
    return { progress: gained >= 0 ? 1 : 0, overshoot: gained > 0 };
  }
  const raw = gained / span;
  return { progress: clamp01(raw), overshoot: raw > 1 };
}

function maintain(
  kr: KeyResult,
  value: number,
  baseline: number | null,
): Pick<KrProgress, 'progress' | 'overshoot' | 'reason' | 'why'> {
  const target = kr.target;
  if (!isNum(target)) return { progress: null, overshoot: false, ...because('noTarget') };
  const side = maintainSide(baseline, target);
  if (maintainMiss(value, target, side) === 0) return { progress: 1, overshoot: false };
  if (side === 'band' || baseline === null) {
    return {
      progress: 0,
      overshoot: false,
      ...because('outsideBand', { percent: MAINTAIN_TOLERANCE * 100 }),
    };
  }
  // Not holding yet: the share of the way from the baseline to the target covered so far.
  return { progress: clamp01((baseline - value) / (baseline - target)), overshoot: false };
}

/**
 * Progress of one key result towards its target.
 *
 * The value is the latest usable check-in of this key result (latest by date, ties by id;
 * check-ins with an invalid date or a non-finite value are ignored), else `kr.current`,
 * else there is none and progress is null. The baseline is `kr.baseline`, else the first
 * check-in's value (noted in `reason`), else unknown. Non-finite numbers count as missing.
 *
 * By direction:
 * - **increase**: `(value − baseline) / (target − baseline)`. **decrease**: `(baseline −
 *   value) / (baseline − target)`. Clamped to 0..1; above 1 sets `overshoot`. A target on
 *   the wrong side of the baseline gives null with a reason. baseline = target: 1 when the
 *   value is on the right side of the target (or on it), else 0.
 * - **maintain**: the target is a limit to hold. A baseline above the target makes it a
 *   ceiling (holds while value ≤ target), below it a floor (holds while value ≥ target);
 *   a baseline equal to the target, or none, makes it a band (holds while |value − target|
 *   ≤ {@link MAINTAIN_TOLERANCE} × |target|). Holding → 1. Not holding → the share of the
 *   way from the baseline to the target covered so far (0 for a band). Never overshoots.
 * - **milestone**: done (1) when the value reaches {@link milestoneDoneValue} (the target if
 *   positive, else 1), else 0.
 *
 * `trend` compares the last two check-ins (null with fewer): `up` when the later one is
 * closer to the target (higher for increase, lower for decrease, nearer the held region
 * for maintain, newly done for a milestone), `down` when further, else `flat`.
 *
 * @example
 * keyResultProgress({ ...kr, baseline: 22, target: 12, direction: 'decrease' }, [
 *   { id: 'c1', keyResultId: kr.id, date: '2027-01-08', value: 17, confidence: 6, note: '' },
 * ]).progress; // 0.5
 * @public
 */
export function keyResultProgress(kr: KeyResult, checkIns: readonly CheckIn[]): KrProgress {
  const history = checkInsOf(kr.id, checkIns);
  const { baseline, note } = resolveBaseline(kr, history);
  const trend = trendOf(kr, history, baseline);
  const last = history[history.length - 1];
  const latest: LatestValue | null = last
    ? {
        value: last.value,
        date: last.date,
        confidence: isNum(last.confidence) ? last.confidence : null,
      }
    : isNum(kr.current)
      ? { value: kr.current, date: null, confidence: isNum(kr.confidence) ? kr.confidence : null }
      : null;
  if (latest === null) {
    return {
      progress: null,
      latest,
      trend,
      overshoot: false,
      ...because('noValue'),
    };
  }
  const result =
    kr.direction === 'milestone'
      ? { progress: latest.value >= milestoneDoneValue(kr) ? 1 : 0, overshoot: false }
      : kr.direction === 'maintain'
        ? maintain(kr, latest.value, baseline)
        : linear(kr, latest.value, baseline);
  const why = 'why' in result && result.why ? { reason: result.reason!, why: result.why } : note;
  return { ...result, latest, trend, ...(why ?? {}) };
}
