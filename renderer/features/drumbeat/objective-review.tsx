import { useId } from 'react';
import { formatGrade, keyResultProgress, type ObjectiveGrade } from '../../../shared/drumbeat';
import type { CheckIn, KeyResult, Objective } from '../../../shared/model';
import { percent } from './format';
import { GradeRow } from './grade-row';
import { RetroFields } from './retro-fields';
import { useLanguage, useT } from '../../ui/i18n';

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
  const t = useT();
  const language = useLanguage();
  const title = objective.title || t('drumbeat.untitledObjective');
  const suggested = grade.total - grade.graded;
  return (
    <section className="objective-review" aria-labelledby={headingId}>
      <header className="objective-review-header">
        <h4 id={headingId}>
          <span className="objective-review-label">{label}</span> {title}
        </h4>
        <p className="objective-review-score">
          <strong>
            {t('drumbeat.score', {
              score: grade.score === null ? '—' : formatGrade(grade.score, language),
            })}
          </strong>
          {t('drumbeat.expectedScore', {
            score: formatGrade(grade.expected, language),
            kind: t(`drumbeat.kind.${objective.kind}`),
          })}
          {suggested > 0 &&
            grade.total > 0 &&
            (suggested === grade.total
              ? t('drumbeatReview.suggestedAll')
              : t('drumbeatReview.suggestedSome', { count: suggested, total: grade.total }))}
        </p>
      </header>
      {keyResults.length === 0 ? (
        <p className="muted">{t('drumbeatReview.noKrs')}</p>
      ) : (
        <ul className="grade-list" aria-label={t('drumbeatReview.gradesOf', { title })}>
          {keyResults.map((kr, i) => {
            const p = keyResultProgress(kr, checkIns).progress;
            return (
              <GradeRow
                key={kr.id}
                keyResult={kr}
                grade={grade.keyResults[i]!}
                progress={
                  p === null
                    ? t('drumbeat.chart.progressUnknown')
                    : t('drumbeat.progressShare', { share: percent(p) })
                }
              />
            );
          })}
        </ul>
      )}
      <RetroFields
        objectiveId={objective.id}
        title={t('drumbeatReview.retroOf', { label, title })}
      />
    </section>
  );
}
