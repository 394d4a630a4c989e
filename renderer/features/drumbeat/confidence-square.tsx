import { memo, useMemo } from 'react';
import { confidenceHistory, type ConfidenceHistory } from '../../../shared/drumbeat';
import type { KeyResult } from '../../../shared/model';
import { useCheckInsOf, useTeamKeyResults } from './drumbeat-selectors';
import { teamLabel } from './teams';
import { formatDate } from './format';
import { useT } from '../../ui/i18n';
import { confidenceTrendText } from '../../ui/confidence-trend';

const W = 96;
const H = 28;

/** The confidence over the weeks as a line from 0 to 10: decoration beside its text. */
function Sparkline({ history }: { history: ConfidenceHistory }) {
  const { points } = history;
  if (points.length < 2) return null;
  const step = W / (points.length - 1);
  const y = (c: number) => H - 2 - (c / 10) * (H - 4);
  const d = points.map(
    (p, i) => `${i === 0 ? 'M' : 'L'}${(i * step).toFixed(1)},${y(p.confidence).toFixed(1)}`,
  );
  return (
    <svg
      className="confidence-spark"
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      aria-hidden="true"
    >
      <line x1="0" x2={W} y1={y(5)} y2={y(5)} className="confidence-spark-mid" />
      <path d={d.join(' ')} className="confidence-spark-line" />
      {points.map((p, i) => (
        <circle
          key={p.date}
          cx={i * step}
          cy={y(p.confidence)}
          r={p.round ? 3 : 2}
          className={p.round ? 'confidence-spark-round' : undefined}
        />
      ))}
    </svg>
  );
}

/** One key result's confidence: the latest, its move, and the weeks as a line. */
const ConfidenceRow = memo(function ConfidenceRow({ kr, today }: { kr: KeyResult; today: string }) {
  const t = useT();
  const checkIns = useCheckInsOf(kr.id);
  const history = useMemo(
    () => confidenceHistory(kr.id, checkIns, today),
    [kr.id, checkIns, today],
  );
  const last = history.points[history.points.length - 1];
  const title = kr.title || t('drumbeat.untitledKr');
  return (
    <li className="confidence-row">
      <span className="confidence-title">{title}</span>
      {history.latest === null ? (
        <span className="confidence-none">{t('drumbeat.noCheckInYet')}</span>
      ) : (
        <>
          <span className="confidence-value">
            <strong>{history.latest}</strong>/10
          </span>
          <span className={`confidence-trend trend-${history.trend ?? 'none'}`}>
            {confidenceTrendText(t, history)}
          </span>
          <Sparkline history={history} />
          <span className="visually-hidden">
            {t('meeting.overWeeks', {
              values: history.points.map((p) => p.confidence).join(', '),
            })}
          </span>
          {last?.round && (
            <span className="confidence-agreed">
              {t('meeting.agreedOn', { date: formatDate(last.date) })}
            </span>
          )}
        </>
      )}
    </li>
  );
});

/** The square of the team's key results: each one's confidence 0–10 and its trend. */
export function ConfidenceSquare({ team, today }: { team: string; today: string }) {
  const t = useT();
  const keyResults = useTeamKeyResults(team);
  const name = teamLabel(t, team);
  if (keyResults.length === 0)
    return <p className="meeting-empty">{t('meeting.ownsNone', { team: name })}</p>;
  return (
    <ul className="confidence-rows" aria-label={t('meeting.confidenceIn', { team: name })}>
      {keyResults.map((kr) => (
        <ConfidenceRow key={kr.id} kr={kr} today={today} />
      ))}
    </ul>
  );
}
