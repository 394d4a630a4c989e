import { useMemo, useState } from 'react';
import { cycleGrades } from '../../../shared/drumbeat';
import { isIsoDate } from '../../../shared/dates';
import { selectWorkshop } from '../../state/select-workshop';
import { useWorkshop } from '../../state/workshop-context';
import { CycleHistory } from './cycle-history';
import { formatDate } from './format';
import { NextCycleDialog } from './next-cycle-dialog';
import { ObjectiveReview } from './objective-review';
import { RetroFields } from './retro-fields';
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
      <h3 id="review-heading">Review the cycle</h3>
      <p className="review-lead">
        Grade each key result from 0.0 to 1.0, say why, and look back on how the cycle went. The
        grade starts as a suggestion from progress; the team decides.
      </p>
      <aside className="grading-note" aria-label="How OKRs are graded">
        <p>
          <strong>Google’s convention:</strong> a <em>committed</em> key result is expected to reach{' '}
          <strong>1.0</strong>; an <em>aspirational</em> one around <strong>0.7</strong> — 0.6 to
          0.7 on a stretch goal is a success, and always reaching 1.0 means the goal was not
          ambitious. An objective’s score is the mean of its key results’ grades. Grades are about
          key results, never about the people who own them.
        </p>
      </aside>
      {!ended && isIsoDate(cycleEnd) && (
        <p className="review-early">
          The cycle ends on {formatDate(cycleEnd)}: until then the suggestions follow progress as it
          is today.
        </p>
      )}
      {objectives.length === 0 ? (
        <p className="muted">No objectives to grade.</p>
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
      <RetroFields objectiveId={null} title="Retrospective of the cycle" />
      <section className="next-cycle-card" aria-labelledby="next-cycle-heading">
        <h4 id="next-cycle-heading">The next cycle</h4>
        <p>
          Start the next cycle from this one: a new workshop that carries the one-pager, the focus
          areas, the not-doing list, the health metrics, the projects still running and the
          objectives you keep for the year — with their key results as drafts to rewrite. This
          cycle’s grades and retrospective stay visible while you draft.
        </p>
        <button type="button" className="button primary" onClick={() => setStarting(true)}>
          Start next cycle…
        </button>
        <CycleHistory />
      </section>
      {starting && <NextCycleDialog today={today} onClose={() => setStarting(false)} />}
    </section>
  );
}
