import { useState } from 'react';
import { expectedProgress } from '../../../shared/drumbeat';
import { isIsoDate } from '../../../shared/dates';
import { useHash, workshopHref } from '../../ui/routes';
import { useOpenWorkshop, useWorkshop } from '../../state/workshop-context';
import { CycleSettings } from './cycle-settings';
import { useDrumbeatKeyResultIds, useTeams } from './drumbeat-selectors';
import { DrumbeatToast } from './drumbeat-toast';
import { useToday } from './local-date';
import { MeetingView } from './meeting-view';
import { useNoMeetingOpen } from './meeting-stage';
import { ObjectiveGroup } from './objective-group';
import { ChartLegend } from './progress-chart';
import { ReviewSection } from './review-section';
import { TeamFilter } from './team-filter';
import { ALL_TEAMS } from './teams';
import { ThisWeekList } from './this-week-list';
import './drumbeat.css';
import { StepWhy } from '../../ui/step-why';
import { useT } from '../../ui/i18n';
import { formatDate } from './format';

/**
 * The Drumbeat's views: the weekly check-ins, the weekly meeting, and the review at the
 * cycle's end.
 */
type View = 'check-ins' | 'meeting' | 'review';

/** `#/w/<id>/drumbeat?view=review` (or `meeting`) opens that view; anything else the check-ins. */
function viewOf(hash: string): View {
  const query = hash.split('?', 2)[1] ?? '';
  const view = new URLSearchParams(query).get('view');
  return view === 'review' || view === 'meeting' ? view : 'check-ins';
}

/**
 * Drumbeat — the weeks after the workshop: the cycle's dates, then per objective its
 * progress and confidence chart and one row per key result with its latest check-in,
 * progress, chart, weeks and status, and a "This week" list of key results waiting for a
 * check-in; and, as a second view, the review of the cycle (grades, retrospectives, the
 * next cycle). Today is the local calendar day, passed to the pure functions of
 * shared/drumbeat. Works the same with or without a room: check-ins are records of the
 * workshop's doc.
 */
export function DrumbeatPage() {
  const t = useT();
  const { id: workshopId } = useOpenWorkshop();
  const today = useToday();
  const view = viewOf(useHash());
  useNoMeetingOpen(view !== 'meeting');
  const href = workshopHref(workshopId, 'drumbeat');
  const [teamFilter, setTeamFilter] = useState(ALL_TEAMS);
  const objectiveIds = useWorkshop((s) => s.objectiveIds);
  const keyResultIds = useDrumbeatKeyResultIds();
  const teams = useTeams();
  const cycleStart = useWorkshop((s) => s.meta.cycleStart);
  const cycleEnd = useWorkshop((s) => s.meta.cycleEnd);
  const expected = expectedProgress({ cycleStart, cycleEnd }, today);
  const cycleEnded = isIsoDate(cycleEnd) && expected !== null && today >= cycleEnd;

  return (
    <section className="step-page drumbeat" aria-labelledby="step-heading">
      <h2 id="step-heading">{t('steps.drumbeat.label')}</h2>
      <p className="step-lead">{t('drumbeat.lead')}</p>
      <StepWhy step="drumbeat" />

      <CycleSettings today={today} expected={expected} />

      <nav aria-label={t('drumbeat.views')}>
        <ul className="drumbeat-views">
          <li>
            <a href={href} aria-current={view === 'check-ins' ? 'page' : undefined}>
              {t('drumbeat.checkIns')}
            </a>
          </li>
          <li>
            <a href={`${href}?view=meeting`} aria-current={view === 'meeting' ? 'page' : undefined}>
              {t('drumbeat.meeting')}
            </a>
          </li>
          <li>
            <a href={`${href}?view=review`} aria-current={view === 'review' ? 'page' : undefined}>
              {t('drumbeat.review')}
            </a>
          </li>
        </ul>
      </nav>

      {view === 'review' ? (
        <ReviewSection today={today} />
      ) : view === 'meeting' ? (
        <MeetingView today={today} />
      ) : keyResultIds.length === 0 ? (
        <div className="drumbeat-empty">
          <h3>{t('drumbeat.emptyTitle')}</h3>
          <p>{t('drumbeat.emptyText')}</p>
          <a className="button primary" href={workshopHref(workshopId, 'okrs')}>
            {t('drumbeat.goToOkrs')}
          </a>
        </div>
      ) : (
        <>
          <div className="drumbeat-toolbar">
            <TeamFilter teams={teams} value={teamFilter} onChange={setTeamFilter} />
            <p className="drumbeat-today">
              {t('drumbeat.today')} <strong>{formatDate(today)}</strong>
              {cycleEnded && t('drumbeat.cycleEnded')}
            </p>
          </div>
          <ChartLegend />
          <div className="drumbeat-layout">
            <ThisWeekList today={today} teamFilter={teamFilter} />
            <div className="drumbeat-objectives">
              {objectiveIds.map((id) => (
                <ObjectiveGroup
                  key={id}
                  id={id}
                  today={today}
                  cycleEnded={cycleEnded}
                  expected={expected}
                  teamFilter={teamFilter}
                />
              ))}
            </div>
          </div>
        </>
      )}
      <DrumbeatToast />
    </section>
  );
}
