import { useState } from 'react';
import { expectedProgress } from '../../../shared/drumbeat';
import { isIsoDate } from '../../../shared/dates';
import { workshopHref } from '../../ui/routes';
import { useOpenWorkshop, useWorkshop } from '../../state/workshop-context';
import { CycleSettings } from './cycle-settings';
import { useDrumbeatKeyResultIds, useTeams } from './drumbeat-selectors';
import { DrumbeatToast } from './drumbeat-toast';
import { useToday } from './local-date';
import { ObjectiveGroup } from './objective-group';
import { TeamFilter } from './team-filter';
import { ALL_TEAMS } from './teams';
import { ThisWeekList } from './this-week-list';
import './drumbeat.css';
import { StepWhy } from '../../ui/step-why';

/**
 * Drumbeat — the weeks after the workshop: the cycle's dates, then per objective one row per
 * key result with its latest check-in, progress, trend, weeks and status, and a "This week"
 * list of key results waiting for a check-in. Today is the local calendar day, passed to
 * the pure functions of shared/drumbeat. Works the same with or without a room: check-ins
 * are records of the workshop's doc.
 */
export function DrumbeatPage() {
  const { id: workshopId } = useOpenWorkshop();
  const today = useToday();
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
      <h2 id="step-heading">Drumbeat</h2>
      <p className="step-lead">
        Check in weekly on each key result — value, confidence and a note — to see progress and spot
        risks early.
      </p>
      <StepWhy step="drumbeat" />

      <CycleSettings today={today} expected={expected} />

      {keyResultIds.length === 0 ? (
        <div className="drumbeat-empty">
          <h3>No key results yet</h3>
          <p>
            The drumbeat follows key results. Draft objectives with 2–5 measurable key results
            first, then come back here to check in on them each week.
          </p>
          <a className="button primary" href={workshopHref(workshopId, 'okrs')}>
            Go to OKR drafting
          </a>
        </div>
      ) : (
        <>
          <div className="drumbeat-toolbar">
            <TeamFilter teams={teams} value={teamFilter} onChange={setTeamFilter} />
            <p className="drumbeat-today">
              Today: <strong>{today}</strong>
              {cycleEnded && ' · the cycle has ended: progress reads as the final score'}
            </p>
          </div>
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
