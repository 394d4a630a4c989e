import { memo, useMemo, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  confidenceHistory,
  meetingOf,
  roundSummary,
  type ConfidenceHistory,
} from '../../../shared/drumbeat';
import { addDays, longDate } from '../../../shared/dates';
import type {
  HealthRating,
  HealthRatingRecord,
  KeyResult,
  WeeklyItem,
  WeeklyList,
} from '../../../shared/model';
import type { ConfidenceRoundState } from '../../../shared/protocol/confidence';
import type { MeetingStageState } from '../../../shared/protocol/room';
import { useConfidenceRound } from '../../state/confidence-round-state';
import { useCheckInsOf, useTeamKeyResults } from '../../state/team-key-results';
import { useWorkshop } from '../../state/workshop-context';
import { useRoomState } from '../../sync/room-hooks';
import { useToday } from '../../ui/use-today';
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

/** The words of a rating: the colour is never the only sign (WCAG 1.4.1). */
const RATING_TEXT: Record<HealthRating | 'none', string> = {
  green: 'Green',
  yellow: 'Yellow',
  red: 'Red',
  none: 'Not rated',
};

/** One square of the four: a titled region. */
function Square({
  title,
  className,
  children,
}: {
  title: string;
  className: string;
  children: ReactNode;
}) {
  const id = `present-square-${className}`;
  return (
    <section className={`present-square ${className}`} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
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

function trendText(h: ConfidenceHistory): string {
  if (h.change === null || h.trend === null) return 'first check-in';
  if (h.trend === 'flat') return '→ unchanged';
  return `${h.trend === 'up' ? '↑' : '↓'} ${h.change > 0 ? '+' : '−'}${Math.abs(h.change)} since the check-in before`;
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
  return (
    <li className="present-confidence" data-record-type="keyResults" data-record-id={kr.id}>
      <span className="present-confidence-title">{kr.title.trim() || 'Untitled key result'}</span>
      {history.latest === null ? (
        <span className="present-confidence-figures present-empty">No check-in yet</span>
      ) : (
        <span className="present-confidence-figures">
          <strong className="present-confidence-value">{history.latest}/10</strong>
          <span className={`present-trend present-trend-${history.trend ?? 'none'}`}>
            {trendText(history)}
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
  return (
    <div className="present-round" role="status">
      <span className="present-round-number">{n}</span>
      <span className="present-round-text">
        {n === 1 ? 'person has' : 'people have'} entered their confidence. Everyone’s is shown at
        once when the facilitator reveals it.
      </span>
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
  return (
    <>
      <p className="present-round-lead" role="status">
        Revealed: {round.ballots} {round.ballots === 1 ? 'person' : 'people'} took part.
      </p>
      <ul className="present-confidence-list" aria-label="Everyone’s confidence">
        {round.items.map((id) => {
          const summary = roundSummary(round.spread[id] ?? []);
          return (
            <li key={id} className="present-confidence">
              <span className="present-confidence-title">
                {titles.get(id) || 'A removed key result'}
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
                  <strong className="present-round-median">median {summary.median}</strong>
                  {summary.split && (
                    <span className="present-round-split">
                      split ({summary.low} to {summary.high}): talk it through
                    </span>
                  )}
                </span>
              ) : (
                <span className="present-confidence-figures present-empty">
                  Nobody entered a confidence.
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
  const here = round !== null && round.team === meeting.team && round.week === meeting.week;
  if (here && round.revealed) return <RoundRevealed round={round} keyResults={keyResults} />;
  if (here) {
    // The recorded values are hidden while the room enters its own: no anchoring.
    return (
      <>
        <RoundOpen round={round} />
        <ul className="present-confidence-list" aria-label="Key results in the round">
          {round.items.map((id) => {
            const kr = keyResults.find((k) => k.id === id);
            return (
              <li key={id} className="present-confidence">
                <span className="present-confidence-title">
                  {kr?.title.trim() || 'A removed key result'}
                </span>
              </li>
            );
          })}
        </ul>
      </>
    );
  }
  if (keyResults.length === 0)
    return <p className="present-empty">{meeting.team} owns no key results yet.</p>;
  return (
    <ul
      className="present-confidence-list"
      aria-label={`Confidence in ${meeting.team}’s key results`}
    >
      {keyResults.map((kr) => (
        <ConfidenceLine key={kr.id} kr={kr} upTo={upTo} />
      ))}
    </ul>
  );
}

/** The one-pager's health metrics, each with its rating for the week, in words. */
function HealthSquare({ ratings }: { ratings: ReadonlyMap<string, HealthRating> }) {
  const metrics = useWorkshop(
    useShallow((s) => s.metricIds.map((id) => s.metrics[id]).filter((m) => m !== undefined)),
  );
  if (metrics.length === 0)
    return <p className="present-empty">The one-pager lists no health metrics yet.</p>;
  return (
    <ul className="present-health" aria-label="Health metrics this week">
      {metrics.map((m) => {
        const rating = ratings.get(m.id) ?? 'none';
        return (
          <li key={m.id} className={`present-health-metric present-health-${rating}`}>
            <span className="present-health-text">{m.text.trim() || 'Untitled metric'}</span>
            <span className="present-health-rating">
              <span className="present-health-mark" aria-hidden="true" />
              {RATING_TEXT[rating]}
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
        Weekly meeting · {team} · week of {longDate(week)}
      </h2>
      <div className="present-meeting-grid">
        <Square title="This week’s priorities" className="present-square-priorities">
          <h4 className="present-list-heading">P1 — must happen</h4>
          <Lines items={list('p1')} label="P1 — must happen" empty="No P1 yet." />
          <h4 className="present-list-heading">P2 — should happen</h4>
          <Lines items={list('p2')} label="P2 — should happen" empty="No P2 yet." />
        </Square>
        <Square title="Confidence in our key results" className="present-square-confidence">
          <ConfidenceSquare meeting={meeting} upTo={upTo} />
        </Square>
        <Square title="Next four weeks" className="present-square-next">
          <Lines items={list('next')} label="Next four weeks" empty="Nothing planned yet." />
        </Square>
        <Square title="Health metrics" className="present-square-health">
          <HealthSquare ratings={ratings} />
        </Square>
      </div>
      <Square title="Wins of the week" className="present-square-wins">
        <Lines items={list('wins')} label="Wins of the week" empty="No wins noted yet." />
      </Square>
    </div>
  );
}
