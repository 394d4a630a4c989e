import { memo, useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useShallow } from 'zustand/react/shallow';
import {
  confidenceHistory,
  meetingOf,
  roundSummary,
  type ConfidenceHistory,
} from '../../../shared/drumbeat';
import { addDays, longDate } from '../../../shared/dates';
import { COMPANY_TEAM } from '../../../shared/drumbeat/team';
import type {
  HealthRating,
  HealthRatingRecord,
  KeyResult,
  WeeklyItem,
  WeeklyList,
} from '../../../shared/model';
import type { ConfidenceRoundState } from '../../../shared/protocol/confidence';
import type { MeetingStageState } from '../../../shared/protocol/room';
import { useConfidenceRound } from '../../state/room-state';
import { useCheckInsOf, useTeamKeyResults } from '../../state/team-key-results';
import { useWorkshop } from '../../state/workshop-context';
import { useRoomState } from '../../sync/room-hooks';
import { useLanguage, useT } from '../../ui/i18n';
import { useToday } from '../../ui/use-today';
import { confidenceTrendText } from '../../ui/confidence-trend';
import { TitledSquare } from '../../ui/titled-square';
import { PresentDrumbeat } from './present-drumbeat';
import './present-meeting.css';

/**
 * The Drumbeat on the projector: the weekly meeting the facilitator has open (its team and
 * week, from the room map), else every key result's progress.
 */
export function PresentDrumbeatStage() {
  const meeting = useRoomState().meeting;
  return meeting ? <PresentMeeting meeting={meeting} /> : <PresentDrumbeat />;
}

/** The lines of one list of the meeting, in order, or a quiet word when there are none. */
function Lines({
  items,
  label,
  empty,
}: {
  items: readonly WeeklyItem[];
  label: string;
  empty: string;
}) {
  if (items.length === 0) return <p className="present-empty">{empty}</p>;
  return (
    <ul className="present-lines" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>{item.text.trim() || '…'}</li>
      ))}
    </ul>
  );
}

/** A team as shown: the company's in the room's language, a team's own name as it is. */
function teamName(t: TFunction, team: string): string {
  return team === COMPANY_TEAM ? t('drumbeat.company') : team;
}

/** The confidence over the weeks as a line from 0 to 10: decoration beside its text. */
function Sparkline({ history }: { history: ConfidenceHistory }) {
  const { points } = history;
  if (points.length < 2) return null;
  const w = 120;
  const h = 32;
  const step = w / (points.length - 1);
  const y = (c: number) => h - 3 - (c / 10) * (h - 6);
  const d = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${(i * step).toFixed(1)},${y(p.confidence).toFixed(1)}`)
    .join(' ');
  return (
    <svg className="present-spark" viewBox={`-3 0 ${w + 6} ${h}`} aria-hidden="true">
      <line x1="0" x2={w} y1={y(5)} y2={y(5)} className="present-spark-mid" />
      <path d={d} className="present-spark-line" />
      {points.map((p, i) => (
        <circle key={p.date} cx={i * step} cy={y(p.confidence)} r={p.round ? 4 : 3} />
      ))}
    </svg>
  );
}

/** One key result's recorded confidence: the latest, its move, and the weeks as a line. */
const ConfidenceLine = memo(function ConfidenceLine({ kr, upTo }: { kr: KeyResult; upTo: string }) {
  const checkIns = useCheckInsOf(kr.id);
  const history = useMemo(() => confidenceHistory(kr.id, checkIns, upTo), [kr.id, checkIns, upTo]);
  const t = useT();
  return (
    <li className="present-confidence" data-record-type="keyResults" data-record-id={kr.id}>
      <span className="present-confidence-title">
        {kr.title.trim() || t('drumbeat.untitledKr')}
      </span>
      {history.latest === null ? (
        <span className="present-confidence-figures present-empty">
          {t('drumbeat.noCheckInYet')}
        </span>
      ) : (
        <span className="present-confidence-figures">
          <strong className="present-confidence-value">{history.latest}/10</strong>
          <span className={`present-trend present-trend-${history.trend ?? 'none'}`}>
            {confidenceTrendText(t, history)}
          </span>
          <Sparkline history={history} />
        </span>
      )}
    </li>
  );
});

/** While a round is open: who has entered how many, never a value (nobody anchors). */
function RoundOpen({ round }: { round: ConfidenceRoundState }) {
  const n = round.ballots;
  const t = useT();
  return (
    <div className="present-round" role="status">
      <span className="present-round-number">{n}</span>
      <span className="present-round-text">{t('presentMeeting.entered', { count: n })}</span>
    </div>
  );
}

/** After the reveal: every value entered per key result, lowest first, and the median. */
function RoundRevealed({
  round,
  keyResults,
}: {
  round: ConfidenceRoundState;
  keyResults: readonly KeyResult[];
}) {
  const titles = new Map(keyResults.map((kr) => [kr.id, kr.title.trim()]));
  const t = useT();
  return (
    <>
      <p className="present-round-lead" role="status">
        {t('meeting.round.revealed', { count: round.ballots })}
      </p>
      <ul className="present-confidence-list" aria-label={t('meeting.round.everyone')}>
        {round.items.map((id) => {
          const summary = roundSummary(round.spread[id] ?? []);
          return (
            <li key={id} className="present-confidence">
              <span className="present-confidence-title">
                {titles.get(id) || t('meeting.round.removedKr')}
              </span>
              {summary ? (
                <span className="present-confidence-figures">
                  <span className="present-round-values">
                    {summary.values.map((v, i) => (
                      <span key={i} className="present-round-value">
                        {v}
                      </span>
                    ))}
                  </span>
                  <strong className="present-round-median">
                    {t('meeting.round.median', { median: summary.median })}
                  </strong>
                  {summary.split && (
                    <span className="present-round-split">
                      {t('presentMeeting.split', { low: summary.low, high: summary.high })}
                    </span>
                  )}
                </span>
              ) : (
                <span className="present-confidence-figures present-empty">
                  {t('meeting.round.nobody')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The confidence square: the recorded confidence, or the private round when one runs here. */
function ConfidenceSquare({ meeting, upTo }: { meeting: MeetingStageState; upTo: string }) {
  const keyResults = useTeamKeyResults(meeting.team);
  const round = useConfidenceRound();
  const t = useT();
  const here = round !== null && round.team === meeting.team && round.week === meeting.week;
  if (here && round.revealed) return <RoundRevealed round={round} keyResults={keyResults} />;
  if (here) {
    // The recorded values are hidden while the room enters its own: no anchoring.
    return (
      <>
        <RoundOpen round={round} />
        <ul className="present-confidence-list" aria-label={t('presentMeeting.inRound')}>
          {round.items.map((id) => {
            const kr = keyResults.find((k) => k.id === id);
            return (
              <li key={id} className="present-confidence">
                <span className="present-confidence-title">
                  {kr?.title.trim() || t('meeting.round.removedKr')}
                </span>
              </li>
            );
          })}
        </ul>
      </>
    );
  }
  if (keyResults.length === 0)
    return (
      <p className="present-empty">{t('meeting.ownsNone', { team: teamName(t, meeting.team) })}</p>
    );
  return (
    <ul
      className="present-confidence-list"
      aria-label={t('meeting.confidenceIn', { team: teamName(t, meeting.team) })}
    >
      {keyResults.map((kr) => (
        <ConfidenceLine key={kr.id} kr={kr} upTo={upTo} />
      ))}
    </ul>
  );
}

/** The one-pager's health metrics, each with its rating for the week, in words. */
function HealthSquare({ ratings }: { ratings: ReadonlyMap<string, HealthRating> }) {
  const t = useT();
  const metrics = useWorkshop(
    useShallow((s) => s.metricIds.map((id) => s.metrics[id]).filter((m) => m !== undefined)),
  );
  if (metrics.length === 0) return <p className="present-empty">{t('meeting.noMetrics')}</p>;
  return (
    <ul className="present-health" aria-label={t('presentMeeting.healthThisWeek')}>
      {metrics.map((m) => {
        const rating = ratings.get(m.id) ?? 'none';
        return (
          <li key={m.id} className={`present-health-metric present-health-${rating}`}>
            <span className="present-health-text">
              {m.text.trim() || t('meeting.untitledMetric')}
            </span>
            <span className="present-health-rating">
              <span className="present-health-mark" aria-hidden="true" />
              {t(`meeting.rating.${rating}`)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * One team's weekly meeting of one week, large: the four-square of *Radical Focus* (this
 * week's priorities, the confidence in each key result with its trend, the next four weeks,
 * the health metrics rated in words) and the wins of the week; during a private confidence
 * round, how many have entered theirs, then everyone's values at once after the reveal.
 */
function PresentMeeting({ meeting }: { meeting: MeetingStageState }) {
  const { team, week } = meeting;
  const today = useToday();
  const t = useT();
  const language = useLanguage();
  const items = useWorkshop(
    useShallow((s) =>
      Object.values(s.weeklyItems).filter((i) => i.team === team && i.week === week),
    ),
  );
  const ratingRecords = useWorkshop(
    useShallow((s) =>
      Object.values(s.healthRatings).filter(
        (r): r is HealthRatingRecord => r.team === team && r.week === week,
      ),
    ),
  );
  const { lists, ratings } = useMemo(
    () => meetingOf(items, ratingRecords, team, week),
    [items, ratingRecords, team, week],
  );
  // A past week's meeting shows the confidence as it stood that week (its check-ins count
  // up to three days after its check-in day, as the week's meeting does).
  const end = addDays(week, 3) ?? week;
  const upTo = end < today ? end : today;
  const list = (name: WeeklyList) => lists[name];
  return (
    <div className="present-meeting">
      <h2 className="present-meeting-title">
        {t('meeting.title', { team: teamName(t, team), date: longDate(week, language) })}
      </h2>
      <div className="present-meeting-grid">
        <TitledSquare
          title={t('meetingExport.priorities')}
          className="present-square present-square-priorities"
        >
          <h4 className="present-list-heading">{t('meetingExport.p1')}</h4>
          <Lines
            items={list('p1')}
            label={t('meetingExport.p1')}
            empty={t('presentMeeting.noP1')}
          />
          <h4 className="present-list-heading">{t('meetingExport.p2')}</h4>
          <Lines items={list('p2')} label={t('meetingExport.p2')} empty={t('meeting.p2Empty')} />
        </TitledSquare>
        <TitledSquare
          title={t('meetingExport.confidence')}
          className="present-square present-square-confidence"
        >
          <ConfidenceSquare meeting={meeting} upTo={upTo} />
        </TitledSquare>
        <TitledSquare
          title={t('meetingExport.next')}
          className="present-square present-square-next"
        >
          <Lines
            items={list('next')}
            label={t('meetingExport.next')}
            empty={t('presentMeeting.nothingPlanned')}
          />
        </TitledSquare>
        <TitledSquare
          title={t('meetingExport.health')}
          className="present-square present-square-health"
        >
          <HealthSquare ratings={ratings} />
        </TitledSquare>
      </div>
      <TitledSquare title={t('meetingExport.wins')} className="present-square present-square-wins">
        <Lines
          items={list('wins')}
          label={t('meetingExport.wins')}
          empty={t('presentMeeting.noWins')}
        />
      </TitledSquare>
    </div>
  );
}
