import type { CheckIn, KeyResult, Meta, Workshop } from '../model/types';
import { dayNumber } from '../dates';
import { keyResultProgress, milestoneDoneValue, type KrProgress } from './progress';

/** @public */
export type KrStatus = 'on-track' | 'at-risk' | 'off-track' | 'not-started';

/** Expected minus actual progress, in percentage points, above which a key result is at risk. @public */
export const AT_RISK_GAP = 25;
/** Expected minus actual progress, in percentage points, above which it is off track. @public */
export const OFF_TRACK_GAP = 50;
/** A latest confidence at or below this (0–10) makes a key result at least at risk. @public */
export const AT_RISK_CONFIDENCE = 3;
/** A latest confidence at or below this (0–10) makes a key result off track. @public */
export const OFF_TRACK_CONFIDENCE = 1;

/** The status of one key result and what it was decided from. @public */
export interface KrStatusResult {
  readonly status: KrStatus;
  /** Where progress should be today (0..1), null without usable cycle dates. */
  readonly expected: number | null;
  /** Progress from the check-ins dated on or before today. */
  readonly progress: KrProgress;
  /** (expected − actual) × 100, in points; null when either is unknown or for a milestone. */
  readonly gap: number | null;
  /** Human-readable grounds for a status other than on-track / not-started, in English. */
  readonly reasons: readonly string[];
}

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

const RANK: Record<KrStatus, number> = {
  'not-started': 0,
  'on-track': 1,
  'at-risk': 2,
  'off-track': 3,
};
const worst = (a: KrStatus, b: KrStatus): KrStatus => (RANK[b] > RANK[a] ? b : a);

// Points are compared with a little slack so float noise at exactly 25 stays on track.
const exceeds = (gap: number, limit: number) => gap > limit + 1e-9;

const pct = (n: number) => `${Math.round(n * 1000) / 10} %`;

/**
 * The status of one key result on `today` (`YYYY-MM-DD`; a parameter, never the clock).
 *
 * Only check-ins dated on or before `today` count. Rules, the worst one wins:
 * - **not-started**: no such check-in yet (whatever `kr.current` says: the drumbeat starts
 *   with the first check-in).
 * - **schedule**: gap = ({@link expectedProgress} − actual progress) × 100 points.
 *   gap > {@link OFF_TRACK_GAP} (50) → off-track; gap > {@link AT_RISK_GAP} (25) → at-risk;
 *   exactly 25 is still on track. A milestone has no partial progress, so instead: done →
 *   on-track; not done on or after the cycle's last day → off-track; else no verdict.
 *   Skipped when the cycle dates or the progress are unknown (`reasons` says so).
 * - **confidence** of the latest check-in: ≤ {@link OFF_TRACK_CONFIDENCE} (1) → off-track;
 *   ≤ {@link AT_RISK_CONFIDENCE} (3) → at-risk.
 * - otherwise on-track.
 * @public
 */
export function keyResultStatus(
  kr: KeyResult,
  checkIns: readonly CheckIn[],
  meta: Pick<Meta, 'cycleStart' | 'cycleEnd'>,
  today: string,
): KrStatusResult {
  const past = checkIns.filter((c) => c.keyResultId === kr.id && c.date <= today);
  const progress = keyResultProgress(kr, past);
  const expected = expectedProgress(meta, today);
  const hasCheckIn = progress.latest !== null && progress.latest.date !== null;
  if (!hasCheckIn) return { status: 'not-started', expected, progress, gap: null, reasons: [] };

  let status: KrStatus = 'on-track';
  const reasons: string[] = [];
  const actual = progress.progress;
  let gap: number | null = null;
  if (actual === null) {
    reasons.push(`progress unknown (${progress.reason ?? 'no value'}): judged on confidence only`);
  } else if (expected === null) {
    reasons.push('no cycle dates: judged on confidence only');
  } else if (kr.direction === 'milestone') {
    const end = dayNumber(meta.cycleEnd);
    const now = dayNumber(today);
    if (actual < 1 && end !== null && now !== null && now >= end) {
      status = 'off-track';
      reasons.push(`milestone not done (needs ${milestoneDoneValue(kr)}) at the end of the cycle`);
    }
  } else {
    gap = (expected - actual) * 100;
    const verdict = exceeds(gap, OFF_TRACK_GAP)
      ? 'off-track'
      : exceeds(gap, AT_RISK_GAP)
        ? 'at-risk'
        : 'on-track';
    if (verdict !== 'on-track') {
      reasons.push(`expected ${pct(expected)}, actual ${pct(actual)}`);
      status = worst(status, verdict);
    }
  }

  const confidence = progress.latest?.confidence ?? null;
  if (confidence !== null && confidence <= OFF_TRACK_CONFIDENCE) {
    status = worst(status, 'off-track');
    reasons.push(`confidence ${confidence} of 10`);
  } else if (confidence !== null && confidence <= AT_RISK_CONFIDENCE) {
    status = worst(status, 'at-risk');
    reasons.push(`confidence ${confidence} of 10`);
  }
  return { status, expected, progress, gap, reasons };
}

/**
 * {@link keyResultStatus} of every key result of a workshop, keyed by key-result id, with
 * the workshop's cycle dates. For the Drumbeat view and the exports.
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
