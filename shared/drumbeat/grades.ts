import type { CheckIn, Grade, KeyResult, Objective, ObjectiveKind, Workshop } from '../model/types';
import { meanProgress, successLine } from './objective-progress';
import { keyResultProgress } from './progress';
import { withDecimalMark } from '../i18n/numbers';

/**
 * End-of-cycle grades, Google's way: each key result is graded 0.0–1.0; a committed key
 * result is expected to reach 1.0, an aspirational one around 0.7 (a stretch: 0.6–0.7 is
 * a success, a regular 1.0 means it was not ambitious). The grade is the team's call: the
 * app suggests one from progress, the team sets it with a reason. Grades are about key
 * results and objectives, never about the people who own them.
 */

/** The grade a key result of this kind is expected to reach: 1.0 committed, 0.7 aspirational. @public */
export function expectedGrade(kind: ObjectiveKind): number {
  return successLine(kind);
}

/**
 * Grades are read out with one decimal, as OKR scores are: 0.64 → "0.6" in English, "0,6"
 * in German and Italian (`language`, a BCP 47 tag; absent: English). The JSON and the CSV
 * keep the number itself, with its dot.
 * @public
 */
export function formatGrade(score: number, language?: string | null): string {
  return withDecimalMark((Math.round(score * 10) / 10).toFixed(1), language);
}

/**
 * The grade suggested from a key result's progress by the cycle's end: the progress
 * (0..1, see keyResultProgress) rounded to one decimal; null when progress is unknown.
 * Only check-ins dated on or before `today` count.
 * @public
 */
export function suggestedGrade(
  kr: KeyResult,
  checkIns: readonly CheckIn[],
  today: string,
): number | null {
  const past = checkIns.filter((c) => c.keyResultId === kr.id && c.date <= today);
  const progress = keyResultProgress(kr, past).progress;
  return progress === null ? null : Math.round(progress * 10) / 10;
}

/** A key result's grade as the review shows it. @public */
export interface KrGrade {
  readonly keyResultId: string;
  /** The team's grade, else the suggestion; null when neither is known. */
  readonly score: number | null;
  /** Whether the team set it (false: `score` is the suggestion). */
  readonly graded: boolean;
  readonly suggested: number | null;
  readonly reason: string;
  /** 1.0 for a key result of a committed objective, 0.7 for an aspirational one. */
  readonly expected: number;
}

/** An objective's score: the mean of its key results' grades. @public */
export interface ObjectiveGrade {
  readonly objectiveId: string;
  readonly kind: ObjectiveKind;
  /** Mean of the known grades (set, else suggested) of its key results; null if none. */
  readonly score: number | null;
  readonly expected: number;
  /** How many of its key results the team has graded, of how many. */
  readonly graded: number;
  readonly total: number;
  readonly keyResults: readonly KrGrade[];
}

/**
 * The grade of every key result and the score of every objective, in display order: a key
 * result's grade is the team's (`grades`), else the one suggested from progress on `today`;
 * an objective's score is the mean of its key results' grades (unknown ones left out), with
 * how many are the team's own so a score resting on suggestions can say so.
 * @public
 */
export function cycleGrades(
  w: Pick<Workshop, 'objectives' | 'keyResults' | 'checkIns' | 'grades'>,
  today: string,
): ObjectiveGrade[] {
  const set = new Map((w.grades ?? []).map((g): [string, Grade] => [g.keyResultId, g]));
  return w.objectives.map((o: Objective) => {
    const expected = expectedGrade(o.kind);
    const keyResults = w.keyResults
      .filter((kr) => kr.objectiveId === o.id)
      .map((kr): KrGrade => {
        const grade = set.get(kr.id);
        const suggested = suggestedGrade(kr, w.checkIns, today);
        return {
          keyResultId: kr.id,
          score: grade ? grade.score : suggested,
          graded: grade !== undefined,
          suggested,
          reason: grade?.reason ?? '',
          expected,
        };
      });
    return {
      objectiveId: o.id,
      kind: o.kind,
      score: meanProgress(keyResults.map((k) => k.score)),
      expected,
      graded: keyResults.filter((k) => k.graded).length,
      total: keyResults.length,
      keyResults,
    };
  });
}
