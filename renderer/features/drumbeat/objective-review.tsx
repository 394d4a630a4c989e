import { useId } from 'react';
import { formatGrade, keyResultProgress, type ObjectiveGrade } from '../../../shared/drumbeat';
import type { CheckIn, KeyResult, Objective } from '../../../shared/model';
import { percent } from './format';
import { GradeRow } from './grade-row';
import { RetroFields } from './retro-fields';

interface ObjectiveReviewProps {
  readonly label: string;
  readonly objective: Objective;
  readonly keyResults: readonly KeyResult[];
  /** Check-ins dated on or before today. */
  readonly checkIns: readonly CheckIn[];
  readonly grade: ObjectiveGrade;
}

/**
 * One objective at the cycle's end: its score (the mean of its key results' grades) against
 * what is expected of its kind, a grade row per key result, and its retrospective.
 */
export function ObjectiveReview({
  label,
  objective,
  keyResults,
  checkIns,
  grade,
}: ObjectiveReviewProps) {
  const headingId = useId();
  const title = objective.title || 'Untitled objective';
  const suggested = grade.total - grade.graded;
  return (
    <section className="objective-review" aria-labelledby={headingId}>
      <header className="objective-review-header">
        <h4 id={headingId}>
          <span className="objective-review-label">{label}</span> {title}
        </h4>
        <p className="objective-review-score">
          <strong>Score {grade.score === null ? '—' : formatGrade(grade.score)}</strong>
          {' · '}expected {formatGrade(grade.expected)} ({objective.kind})
          {suggested > 0 &&
            grade.total > 0 &&
            ` · ${suggested === grade.total ? 'all' : `${suggested} of ${grade.total}`} suggested, not graded yet`}
        </p>
      </header>
      {keyResults.length === 0 ? (
        <p className="muted">No key results to grade.</p>
      ) : (
        <ul className="grade-list" aria-label={`Grades of ${title}`}>
          {keyResults.map((kr, i) => {
            const p = keyResultProgress(kr, checkIns).progress;
            return (
              <GradeRow
                key={kr.id}
                keyResult={kr}
                grade={grade.keyResults[i]!}
                progress={p === null ? 'progress unknown' : `${percent(p)} progress`}
              />
            );
          })}
        </ul>
      )}
      <RetroFields objectiveId={objective.id} title={`Retrospective of ${label}: ${title}`} />
    </section>
  );
}
