import { useMemo } from 'react';
import { DUE_AFTER_DAYS, dueThisWeek } from '../../../shared/drumbeat';
import { isIsoDate } from '../../../shared/dates';
import type { KeyResult } from '../../../shared/model';
import { resolvedObjectives } from '../../state/selectors';
import { useWorkshop } from '../../state/workshop-context';
import { pastCheckIns, useDrumbeatKeyResultIds } from './drumbeat-selectors';
import { formatDate } from './format';
import { matchesTeam, teamOf } from './teams';
import { useT } from '../../ui/i18n';

/** The DOM id of a key result's "Check in" button, so the list can jump to it. */
export function checkInButtonId(keyResultId: string): string {
  return `check-in-${keyResultId}`;
}

function focusRow(keyResultId: string): void {
  const button = document.getElementById(checkInButtonId(keyResultId));
  if (!button) return;
  button.scrollIntoView({ block: 'center' });
  button.focus();
}

/**
 * "This week": the key results (of the filtered team) with no check-in for 7 days or more,
 * or none at all; each entry moves focus to the key result's "Check in" button.
 */
export function ThisWeekList({ today, teamFilter }: { today: string; teamFilter: string }) {
  const t = useT();
  const ids = useDrumbeatKeyResultIds();
  const keyResults = useWorkshop((s) => s.keyResults);
  const checkIns = useWorkshop((s) => s.checkIns);
  const objectives = useWorkshop(resolvedObjectives);
  const cycleStart = useWorkshop((s) => s.meta.cycleStart);
  const cycleEnd = useWorkshop((s) => s.meta.cycleEnd);

  const due = useMemo(() => {
    const krs = ids
      .map((id) => keyResults[id])
      .filter(
        (kr): kr is KeyResult =>
          kr !== undefined && matchesTeam(teamOf(kr, objectives[kr.objectiveId]), teamFilter),
      );
    return dueThisWeek(krs, pastCheckIns(Object.values(checkIns), today), today, {
      cycleStart,
      cycleEnd,
    });
  }, [ids, keyResults, checkIns, objectives, teamFilter, today, cycleStart, cycleEnd]);

  const notStarted = isIsoDate(cycleStart) && today < cycleStart;
  const ended = isIsoDate(cycleEnd) && today > cycleEnd;

  return (
    <section className="this-week" aria-labelledby="this-week-heading">
      <h3 id="this-week-heading">{t('drumbeat.thisWeek')}</h3>
      {notStarted ? (
        <p className="muted">{t('drumbeat.notStarted', { date: formatDate(cycleStart) })}</p>
      ) : ended ? (
        <p className="muted">{t('drumbeat.ended', { date: formatDate(cycleEnd) })}</p>
      ) : due.length === 0 ? (
        <p className="this-week-done">{t('drumbeat.allDone', { days: DUE_AFTER_DAYS })}</p>
      ) : (
        <>
          <p className="muted this-week-lead">
            {t('drumbeat.due', { count: due.length, days: DUE_AFTER_DAYS })}
          </p>
          <ul className="this-week-list" aria-label={t('drumbeat.thisWeek')}>
            {due.map(({ keyResult, lastCheckIn, daysSince }) => (
              <li key={keyResult.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => focusRow(keyResult.id)}
                >
                  {keyResult.title || t('drumbeat.untitledKr')}
                </button>
                <span className="muted">
                  {' '}
                  {lastCheckIn === null
                    ? t('drumbeat.neverCheckedIn')
                    : t('drumbeat.lastCheckInAgo', {
                        days: daysSince ?? 0,
                        date: formatDate(lastCheckIn),
                      })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
