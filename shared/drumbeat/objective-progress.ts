import type { CheckIn, KeyResult, Objective, ObjectiveKind } from '../model/types';
import { keyResultProgress } from './progress';

/**
 * The score that counts as success at the cycle's end: 0.7 for an aspirational objective
 * (a stretch: reaching 70 % is a success) and 1.0 for a committed one (it must be met).
 * @public
 */
export function successLine(kind: ObjectiveKind): number {
  return kind === 'committed' ? 1 : 0.7;
}

/**
 * The mean of the known values, ignoring null (unknown) ones; null if none is known.
 * @public
 */
export function meanProgress(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return known.length === 0 ? null : known.reduce((sum, v) => sum + v, 0) / known.length;
}

/** Progress of one objective: the mean of its key results' progress. @public */
export interface ObjectiveProgress {
  readonly objectiveId: string;
  /** 0..1, or null when no key result's progress is known. */
  readonly progress: number | null;
  /** How many of its key results have a known progress, and how many it has. */
  readonly known: number;
  readonly total: number;
}

/**
 * Progress of an objective: the mean of the progress of its key results (those with
 * `objectiveId` = the objective), each from {@link keyResultProgress}. Key results whose
 * progress is unknown are left out of the mean; null when none is known (or it has none).
 * @public
 */
export function objectiveProgress(
  objectiveId: string,
  keyResults: readonly KeyResult[],
  checkIns: readonly CheckIn[],
): ObjectiveProgress {
  const own = keyResults.filter((kr) => kr.objectiveId === objectiveId);
  const values = own.map((kr) => keyResultProgress(kr, checkIns).progress);
  return {
    objectiveId,
    progress: meanProgress(values),
    known: values.filter((v) => v !== null).length,
    total: own.length,
  };
}

/** The end-of-cycle score of one key result. @public */
export interface KrScore {
  readonly keyResultId: string;
  /** 0.0–1.0 (the key result's progress), null when unknown. */
  readonly score: number | null;
  /** score ≥ the objective's success line; null when the score is unknown. */
  readonly met: boolean | null;
}

/** The end-of-cycle score of one objective and its key results. @public */
export interface ObjectiveScore {
  readonly objectiveId: string;
  readonly kind: ObjectiveKind;
  /** 0.0–1.0: the mean of its known key-result scores; null when none is known. */
  readonly score: number | null;
  /** {@link successLine} of the objective's kind. */
  readonly successLine: number;
  readonly met: boolean | null;
  readonly keyResults: readonly KrScore[];
}

// Scores are compared unrounded, so 0.69 misses a 0.7 line; the epsilon only absorbs float
// noise such as (0.7 * 3) / 3.
const meets = (score: number, line: number) => score >= line - 1e-9;

/**
 * Scores every objective at the cycle's end, in the order given. A key result's score is
 * its progress (0.0–1.0, see {@link keyResultProgress}); an objective's score is the mean of
 * its key results' known scores. Each is compared with the objective's
 * {@link successLine}: `met` is true when score ≥ line (no rounding first), null when the
 * score is unknown. Key results inherit the line of their objective.
 * @public
 */
export function cycleScore(
  objectives: readonly Objective[],
  keyResults: readonly KeyResult[],
  checkIns: readonly CheckIn[],
): ObjectiveScore[] {
  return objectives.map((objective) => {
    const line = successLine(objective.kind);
    const krs: KrScore[] = keyResults
      .filter((kr) => kr.objectiveId === objective.id)
      .map((kr) => {
        const score = keyResultProgress(kr, checkIns).progress;
        return { keyResultId: kr.id, score, met: score === null ? null : meets(score, line) };
      });
    const score = meanProgress(krs.map((k) => k.score));
    return {
      objectiveId: objective.id,
      kind: objective.kind,
      score,
      successLine: line,
      met: score === null ? null : meets(score, line),
      keyResults: krs,
    };
  });
}
