import { useEffect, useState } from 'react';
import { formatGrade } from '../../../shared/drumbeat';
import type { PreviousCycle, RetroField } from '../../../shared/model';
import { getWorkshopEntry } from '../../sync/workshop-registry';
import { workshopHref } from '../../ui/routes';
import { useWorkshop } from '../../state/workshop-context';
import { useLanguage, useT } from '../../ui/i18n';
import './previous-cycle.css';

const QUESTIONS: readonly RetroField[] = ['worked', 'didNotWork', 'learned', 'change'];

function Retro({ retro }: { retro: Partial<Record<RetroField, string>> | undefined }) {
  const t = useT();
  const answered = QUESTIONS.filter((f) => retro?.[f]);
  if (answered.length === 0) return null;
  return (
    <dl className="previous-retro">
      {answered.map((f) => (
        <div key={f}>
          <dt>{t(`okrs.previous.questions.${f}`)}</dt>
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
  const t = useT();
  const language = useLanguage();
  if (!previous) return null;
  const name = [previous.cycle, previous.title].filter(Boolean).join(' — ');
  return (
    <details className="previous-cycle" open>
      <summary>
        <h3>{t('okrs.previous.title', { name: name || t('okrs.previous.untitled') })}</h3>
      </summary>
      <p className="previous-cycle-lead">
        {t('okrs.previous.lead')}{' '}
        {local && <a href={workshopHref(previous.id, 'drumbeat')}>{t('okrs.previous.open')}</a>}
      </p>
      <ul className="previous-objectives" aria-label={t('okrs.previous.objectives')}>
        {previous.objectives.map((o) => (
          <li key={o.id}>
            <p className="previous-objective">
              <strong>{o.title}</strong>{' '}
              <span className="previous-score">
                {t('okrs.previous.score', {
                  score: o.score === null ? '—' : formatGrade(o.score, language),
                  expected: o.kind === 'committed' ? '1.0' : '0.7',
                  kind: t(`okrs.previous.kinds.${o.kind}`),
                })}
              </span>
              {objectiveIds.includes(o.id) && (
                <span className="kept-tag">{t('okrs.previous.kept')}</span>
              )}
            </p>
            {o.keyResults.length > 0 && (
              <ul className="previous-krs">
                {o.keyResults.map((k, i) => (
                  <li key={i}>
                    <span className="previous-grade">
                      {k.grade === null ? '—' : formatGrade(k.grade, language)}
                      {k.suggested && (
                        <span className="muted"> {t('okrs.previous.suggested')}</span>
                      )}
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
          <h4>{t('okrs.previous.retrospective')}</h4>
          <Retro retro={previous.retrospective} />
        </>
      )}
    </details>
  );
}
