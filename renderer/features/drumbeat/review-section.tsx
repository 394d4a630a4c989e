import { useMemo, useState } from 'react';
import { cycleGrades, formatGrade } from '../../../shared/drumbeat';
import { isIsoDate } from '../../../shared/dates';
import { selectWorkshop } from '../../state/select-workshop';
import { useWorkshop } from '../../state/workshop-context';
import { CycleHistory } from './cycle-history';
import { formatDate } from './format';
import { NextCycleDialog } from './next-cycle-dialog';
import { ObjectiveReview } from './objective-review';
import { RetroFields } from './retro-fields';
import { useLanguage, useT } from '../../ui/i18n';
import { withNodes } from '../../ui/with-nodes';
import './review.css';

/**
 * The end-of-cycle review, a section of the Drumbeat: grade each key result (suggested from
 * progress, set by the team, with a reason), read each objective's score, write the
 * retrospectives together, then start the next cycle. It grades key results and
 * objectives — never the people who own them.
 */
export function ReviewSection({ today }: { today: string }) {
  const w = useWorkshop(selectWorkshop);
  const [starting, setStarting] = useState(false);
  const t = useT();
  const language = useLanguage();
  const { objectives, keyResults, checkIns, grades } = w;
  const past = useMemo(() => checkIns.filter((c) => c.date <= today), [checkIns, today]);
  const scores = useMemo(
    () => cycleGrades({ objectives, keyResults, checkIns: past, grades }, today),
    [objectives, keyResults, past, grades, today],
  );
  const cycleEnd = w.meta.cycleEnd;
  const ended = isIsoDate(cycleEnd) && today >= cycleEnd;

  return (
    <section className="review" aria-labelledby="review-heading">
      <h3 id="review-heading">{t('drumbeat.review')}</h3>
      <p className="review-lead">{t('drumbeatReview.lead')}</p>
      <aside className="grading-note" aria-label={t('drumbeatReview.gradingLabel')}>
        <p>
          <strong>{t('drumbeatReview.conventionTitle')}</strong>{' '}
          {withNodes(t('drumbeatReview.convention'), {
            committed: <em>{t('drumbeatReview.committed')}</em>,
            aspirational: <em>{t('drumbeatReview.aspirational')}</em>,
            one: <strong>{formatGrade(1, language)}</strong>,
            seven: <strong>{formatGrade(0.7, language)}</strong>,
          })}
        </p>
      </aside>
      {!ended && isIsoDate(cycleEnd) && (
        <p className="review-early">{t('drumbeatReview.early', { date: formatDate(cycleEnd) })}</p>
      )}
      {objectives.length === 0 ? (
        <p className="muted">{t('drumbeatReview.noObjectives')}</p>
      ) : (
        objectives.map((o, i) => (
          <ObjectiveReview
            key={o.id}
            label={`O${i + 1}`}
            objective={o}
            keyResults={keyResults.filter((k) => k.objectiveId === o.id)}
            checkIns={past}
            grade={scores[i]!}
          />
        ))
      )}
      <RetroFields objectiveId={null} title={t('okrs.previous.retrospective')} />
      <section className="next-cycle-card" aria-labelledby="next-cycle-heading">
        <h4 id="next-cycle-heading">{t('drumbeatReview.nextTitle')}</h4>
        <p>{t('drumbeatReview.nextText')}</p>
        <button type="button" className="button primary" onClick={() => setStarting(true)}>
          {t('drumbeatReview.startNext')}
        </button>
        <CycleHistory />
      </section>
      {starting && <NextCycleDialog today={today} onClose={() => setStarting(false)} />}
    </section>
  );
}
