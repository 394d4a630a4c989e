import { useEffect, useState } from 'react';
import { formatGrade } from '../../../shared/drumbeat';
import type { PreviousCycle, RetroField } from '../../../shared/model';
import { getWorkshopEntry } from '../../sync/workshop-registry';
import { workshopHref } from '../../ui/routes';
import { useWorkshop } from '../../state/workshop-context';
import './previous-cycle.css';

const QUESTIONS: Readonly<Record<RetroField, string>> = {
  worked: 'What worked',
  didNotWork: 'What did not work',
  learned: 'What we learned',
  change: 'What to change in how we run OKRs',
};

function Retro({ retro }: { retro: Partial<Record<RetroField, string>> | undefined }) {
  const answered = (Object.keys(QUESTIONS) as RetroField[]).filter((f) => retro?.[f]);
  if (answered.length === 0) return null;
  return (
    <dl className="previous-retro">
      {answered.map((f) => (
        <div key={f}>
          <dt>{QUESTIONS[f]}</dt>
          <dd>{retro![f]}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Whether the previous cycle's workshop is on this device, so it can be opened. */
function usePreviousIsLocal(previous: PreviousCycle | null): boolean {
  const [local, setLocal] = useState(false);
  useEffect(() => {
    let live = true;
    if (!previous) return;
    getWorkshopEntry(previous.id)
      .then((entry) => {
        if (live) setLocal(entry !== undefined);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [previous]);
  return local;
}

/**
 * While drafting the next cycle: how the previous one ended — each objective's score
 * against what its kind expects, each key result's grade and reason, the retrospectives —
 * from the summary copied into this workshop when the cycle was started (shared/drumbeat
 * `previousCycleSummary`), with a link to the previous workshop when it is on this device.
 * Objectives kept for this cycle are marked.
 */
export function PreviousCyclePanel() {
  const previous = useWorkshop((s) => s.meta.previousCycle ?? null);
  const objectiveIds = useWorkshop((s) => s.objectiveIds);
  const local = usePreviousIsLocal(previous);
  if (!previous) return null;
  const name = [previous.cycle, previous.title].filter(Boolean).join(' — ');
  return (
    <details className="previous-cycle" open>
      <summary>
        <h3>Previous cycle: {name || 'untitled'}</h3>
      </summary>
      <p className="previous-cycle-lead">
        How it ended, to redraft from. Committed key results were expected at 1.0, aspirational ones
        around 0.7.{' '}
        {local && <a href={workshopHref(previous.id, 'drumbeat')}>Open the previous cycle</a>}
      </p>
      <ul className="previous-objectives" aria-label="Objectives of the previous cycle">
        {previous.objectives.map((o) => (
          <li key={o.id}>
            <p className="previous-objective">
              <strong>{o.title}</strong>{' '}
              <span className="previous-score">
                score {o.score === null ? '—' : formatGrade(o.score)} (expected{' '}
                {o.kind === 'committed' ? '1.0' : '0.7'}, {o.kind})
              </span>
              {objectiveIds.includes(o.id) && <span className="kept-tag">kept</span>}
            </p>
            {o.keyResults.length > 0 && (
              <ul className="previous-krs">
                {o.keyResults.map((k, i) => (
                  <li key={i}>
                    <span className="previous-grade">
                      {k.grade === null ? '—' : formatGrade(k.grade)}
                      {k.suggested && <span className="muted"> (suggested)</span>}
                    </span>{' '}
                    {k.title}
                    {k.reason && <span className="muted"> — {k.reason}</span>}
                  </li>
                ))}
              </ul>
            )}
            <Retro retro={o.retrospective} />
          </li>
        ))}
      </ul>
      {previous.retrospective && (
        <>
          <h4>Retrospective of the cycle</h4>
          <Retro retro={previous.retrospective} />
        </>
      )}
    </details>
  );
}
