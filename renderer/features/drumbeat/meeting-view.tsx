import { useEffect, useId, useState } from 'react';
import { meetingWeek, shiftWeek } from '../../../shared/drumbeat';
import type { MeetingRef } from '../../../shared/model';
import { useWorkshop } from '../../state/workshop-context';
import { ConfidenceRound } from './confidence-round';
import { ConfidenceSquare } from './confidence-square';
import { useTeams } from './drumbeat-selectors';
import { COMPANY_TEAM, teamLabel } from './teams';
import { formatDate } from './format';
import { HealthSquare } from './health-square';
import { MeetingList } from './meeting-list';
import { usePublishMeeting } from './meeting-stage';
import { useLinkedMeeting } from '../../ui/meeting-route';
import { TitledSquare } from '../../ui/titled-square';
import './meeting.css';
import { useT } from '../../ui/i18n';

/** The team a meeting is for when no key result names one (a record's key: shown translated). */
const COMPANY = COMPANY_TEAM;

/**
 * The weekly Drumbeat meeting of one team (the four-square of Wodtke's *Radical Focus*):
 * this week's priorities (P1 must happen, P2 should), the key results' confidence with its
 * trend and the private confidence round, the next four weeks, and the one-pager's health
 * metrics rated green/yellow/red; then the wins of the week. Everything is a record of the
 * workshop, so the whole room edits the same meeting; a meeting is named by its team and
 * its week (the week's check-in day), so last week's stays readable.
 */
export function MeetingView({ today }: { today: string }) {
  const t = useT();
  const teams = useTeams();
  const cycleStart = useWorkshop((s) => s.meta.cycleStart);
  const cycleEnd = useWorkshop((s) => s.meta.cycleEnd);
  const checkInWeekday = useWorkshop((s) => s.meta.checkInWeekday);
  const thisWeek = meetingWeek({ cycleStart, cycleEnd, checkInWeekday }, today) ?? today;
  // A link naming a team and week (a follower sent to the facilitator's meeting) opens it.
  const linked = useLinkedMeeting();
  const linkedWeek = linked?.week ?? thisWeek;
  const [week, setWeek] = useState(linkedWeek);
  useEffect(() => setWeek(linkedWeek), [linkedWeek]);
  const options = teams.length > 0 ? teams : [COMPANY];
  const [chosen, setChosen] = useState(linked?.team ?? options[0]!);
  const linkedTeam = linked?.team;
  useEffect(() => {
    if (linkedTeam) setChosen(linkedTeam);
  }, [linkedTeam]);
  const team = options.includes(chosen) ? chosen : options[0]!;
  const teamId = useId();
  const meeting: MeetingRef = { team, week };
  usePublishMeeting(meeting);

  return (
    <section className="meeting" aria-labelledby="meeting-heading">
      <div className="meeting-bar">
        <h3 id="meeting-heading" className="meeting-title">
          {t('meeting.title', {
            team: teamLabel(t, team),
            date: formatDate(week),
          })}
        </h3>
        <div className="field meeting-team" data-native-undo>
          <label htmlFor={teamId}>{t('drumbeat.team')}</label>
          <select id={teamId} value={team} onChange={(e) => setChosen(e.target.value)}>
            {options.map((name) => (
              <option key={name} value={name}>
                {teamLabel(t, name)}
              </option>
            ))}
          </select>
        </div>
        <div className="meeting-weeks" role="group" aria-label={t('meeting.week')}>
          <button
            type="button"
            className="button quiet small"
            onClick={() => setWeek(shiftWeek(week, -1))}
          >
            {t('meeting.previous')}
          </button>
          <button
            type="button"
            className="button quiet small"
            disabled={week === thisWeek}
            onClick={() => setWeek(thisWeek)}
          >
            {t('meeting.thisWeek')}
          </button>
          <button
            type="button"
            className="button quiet small"
            onClick={() => setWeek(shiftWeek(week, 1))}
          >
            {t('meeting.next')}
          </button>
        </div>
      </div>

      <div className="meeting-grid">
        <TitledSquare title={t('meeting.priorities')} className="meeting-square square-priorities">
          <MeetingList
            meeting={meeting}
            list="p1"
            label={t('meeting.p1')}
            empty={t('meeting.p1Empty')}
          />
          <MeetingList
            meeting={meeting}
            list="p2"
            label={t('meeting.p2')}
            empty={t('meeting.p2Empty')}
          />
        </TitledSquare>
        <TitledSquare title={t('meeting.confidence')} className="meeting-square square-confidence">
          <ConfidenceSquare team={team} today={today} />
          <ConfidenceRound meeting={meeting} today={today} />
        </TitledSquare>
        <TitledSquare title={t('meeting.nextFour')} className="meeting-square square-next">
          <MeetingList
            meeting={meeting}
            list="next"
            label={t('meeting.nextLabel')}
            quietHeading
            empty={t('meeting.nextEmpty')}
          />
        </TitledSquare>
        <TitledSquare title={t('meeting.health')} className="meeting-square square-health">
          <HealthSquare meeting={meeting} />
        </TitledSquare>
      </div>
      <TitledSquare title={t('meeting.wins')} className="meeting-square square-wins">
        <MeetingList
          meeting={meeting}
          list="wins"
          label={t('meeting.wins')}
          quietHeading
          empty={t('meeting.winsEmpty')}
        />
      </TitledSquare>
    </section>
  );
}
