import type { ReactNode } from 'react';
import { useFollowGuard } from '../features/room/follow-state';
import { STEPS, workshopHref, type StepId } from '../ui/routes';
import { useT } from '../ui/i18n';

/**
 * The agenda of the workshop: its five steps, the current one marked for assistive tech.
 * A sidebar on wide screens; on a phone a compact switcher (five numbered tabs with a short
 * label) — the links keep their full names either way. While this person follows the
 * facilitator, a click on another step is said on screen instead of silently undone.
 * `after` goes under the steps (the run-sheet's toggle; on a phone, the strip's last tab).
 */
export function AgendaNav({
  workshopId,
  current,
  after,
}: {
  workshopId: string;
  current: StepId;
  after?: ReactNode;
}) {
  const guard = useFollowGuard();
  const t = useT();
  return (
    <nav aria-label={t('app.agenda')} className="agenda">
      <div className="agenda-inner">
        <ol className="agenda-list">
          {STEPS.map((step, i) => (
            <li key={step.id}>
              <a
                className="agenda-link"
                href={workshopHref(workshopId, step.id)}
                aria-current={step.id === current ? 'page' : undefined}
                // The name on hover where only the number shows (a phone, a folded agenda).
                title={t(`steps.${step.id}.label`)}
                onClick={(event) => guard(event, step.id)}
              >
                <span className="agenda-number" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="agenda-label">{t(`steps.${step.id}.label`)}</span>
                {/* What a phone's step switcher shows under each number: part of the step's name. */}
                <span className="agenda-short" aria-hidden="true">
                  {t(`steps.${step.id}.short`)}
                </span>
              </a>
            </li>
          ))}
        </ol>
        {after}
      </div>
    </nav>
  );
}
