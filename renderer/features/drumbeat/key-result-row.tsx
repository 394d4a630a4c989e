import { memo, useId, useMemo, useState } from 'react';
import {
  checkInsOf,
  keyResultChart,
  keyResultStatus,
  keyResultWeeks,
  progressWhyText,
  statusReasonsText,
} from '../../../shared/drumbeat';
import type { CheckIn } from '../../../shared/model';
import { useRenderCount } from '../../ui/render-count';
import { useWorkshop } from '../../state/workshop-context';
import { CheckInDialog } from './check-in-dialog';
import { CheckInHistory } from './check-in-history';
import { pastCheckIns, useCheckInsOf } from './drumbeat-selectors';
import { formatDate, formatNumber, percent, withUnit } from './format';
import { ProgressBar } from './progress-bar';
import { ProgressChartSvg } from './progress-chart';
import { StatusBadge } from './status-badge';
import { checkInButtonId } from './this-week-list';
import { WeekDots } from './week-dots';
import { teamLabel } from './teams';
import { useT } from '../../ui/i18n';

interface KeyResultRowProps {
  readonly id: string;
  /** The owning team, already resolved (see teams.ts). */
  readonly team: string;
  readonly today: string;
  /** Today is the cycle's last day or later: the bar shows the success line. */
  readonly cycleEnded: boolean;
  /** The objective's success line (0.7 aspirational, 1.0 committed), drawn once it ended. */
  readonly successLine: number;
}

type Editing = { readonly checkIn?: CheckIn } | null;

/**
 * One key result on the Drumbeat: latest value against baseline → target, progress, the
 * chart of progress and confidence over the weeks, the check-in weeks, the status (the one
 * rule of shared/drumbeat), the latest note and who recorded it, and its check-in form and
 * history. Selects its own key result and check-ins by id and is memoised, so a check-in on
 * another key result does not re-render it.
 */
export const KeyResultRow = memo(function KeyResultRow({
  id,
  team,
  today,
  cycleEnded,
  successLine,
}: KeyResultRowProps) {
  useRenderCount(`drumbeat-kr:${id}`);
  const t = useT();
  const kr = useWorkshop((s) => s.keyResults[id]);
  const checkIns = useCheckInsOf(id);
  const cycleStart = useWorkshop((s) => s.meta.cycleStart);
  const cycleEnd = useWorkshop((s) => s.meta.cycleEnd);
  const checkInWeekday = useWorkshop((s) => s.meta.checkInWeekday);
  const [editing, setEditing] = useState<Editing>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const titleId = useId();
  const historyId = useId();

  const view = useMemo(() => {
    if (!kr) return null;
    const meta = { cycleStart, cycleEnd, checkInWeekday };
    const past = pastCheckIns(checkIns, today);
    const history = checkInsOf(kr.id, past);
    return {
      status: keyResultStatus(kr, checkIns, meta, today),
      chart: keyResultChart(kr, checkIns, meta, today),
      weeks: keyResultWeeks(kr, checkIns, meta, today),
      latestCheckIn: history[history.length - 1],
      future: checkIns.length - past.length,
    };
  }, [kr, checkIns, today, cycleStart, cycleEnd, checkInWeekday]);

  if (!kr || !view) return null;
  const { status, chart, weeks, latestCheckIn, future } = view;
  const { progress } = status;
  const latest = progress.latest;
  // Why progress is unknown (or what it assumes), in the workshop's language.
  const progressWhy = progressWhyText(t, progress);
  const fromTo = `${kr.baseline !== null ? formatNumber(kr.baseline) : '?'} → ${
    kr.target !== null ? withUnit(kr.target, kr.unit) : '?'
  }`;

  return (
    <div role="row" className={`kr-row kr-status-${status.status}`} aria-labelledby={titleId}>
      <div role="cell" className="kr-cell-title">
        <span id={titleId} className="kr-title">
          {kr.title || t('drumbeat.untitledKr')}
        </span>
        <span className="kr-team">{teamLabel(t, team)}</span>
        {latestCheckIn?.note ? (
          <p className="kr-note">
            <span className="visually-hidden">{t('drumbeat.latestNote')}</span>“{latestCheckIn.note}
            ”
            <span className="muted">
              {' '}
              — {formatDate(latestCheckIn.date)}
              {latestCheckIn.author && ` · ${latestCheckIn.author}`}
            </span>
          </p>
        ) : latestCheckIn?.author ? (
          <p className="kr-note kr-author">
            {t('drumbeat.lastCheckInBy', {
              date: formatDate(latestCheckIn.date),
              author: latestCheckIn.author,
            })}
          </p>
        ) : null}
        {future > 0 && <p className="kr-future">{t('drumbeat.future', { count: future })}</p>}
      </div>

      <div role="cell" className="kr-cell-latest">
        <span className="visually-hidden">{t('drumbeat.latestValue')}</span>
        {latestCheckIn ? (
          <span className="kr-latest-value">{withUnit(latestCheckIn.value, kr.unit)}</span>
        ) : (
          <span className="kr-latest-none">{t('drumbeat.noCheckInYet')}</span>
        )}
        <span className="kr-from-to">
          <span className="visually-hidden">{t('drumbeat.baselineToTarget')}</span>
          {fromTo}
        </span>
        {!latestCheckIn && latest && (
          <span className="muted kr-drafted">
            {t('drumbeat.draftedAt', { value: withUnit(latest.value, kr.unit) })}
          </span>
        )}
        {progress.trend && (
          <span className="kr-trend">{t(`drumbeat.trend.${progress.trend}`)}</span>
        )}
      </div>

      <div role="cell" className="kr-cell-progress">
        <ProgressBar
          value={progress.progress}
          expected={cycleEnded ? null : status.expected}
          line={cycleEnded ? successLine : null}
        />
        <span className="kr-progress-text">
          {progress.progress === null
            ? t('drumbeat.progressUnknown')
            : t('drumbeat.progressShare', { share: percent(progress.progress) })}
          {progress.overshoot && t('drumbeat.pastTarget')}
        </span>
        {status.expected !== null && !cycleEnded && (
          <span className="muted kr-expected">
            {t('drumbeat.expected', { share: percent(status.expected) })}
          </span>
        )}
        {progress.progress === null && progress.reason && (
          <span className="muted kr-reason">{progressWhy}</span>
        )}
      </div>

      <div role="cell" className="kr-cell-trend">
        <ProgressChartSvg chart={chart} expectedNow={status.expected} />
        {latest?.confidence !== null && latest?.confidence !== undefined && latestCheckIn && (
          <span className="kr-confidence">
            {t('drumbeat.confidence', { value: formatNumber(latest.confidence) })}
            {latestCheckIn.confidenceRound && t('drumbeat.agreedInRound')}
          </span>
        )}
      </div>

      <div role="cell" className="kr-cell-weeks">
        <WeekDots weeks={weeks} tally={status.weeks} />
      </div>

      <div role="cell" className="kr-cell-status">
        <StatusBadge status={status.status} />
        {status.why.length > 0 && (
          <span className="kr-reasons">{statusReasonsText(t, status)}</span>
        )}
      </div>

      <div role="cell" className="kr-cell-actions">
        <button
          type="button"
          id={checkInButtonId(id)}
          className="button primary"
          onClick={() => setEditing({})}
        >
          {t('drumbeat.checkIn')}
        </button>
        <button
          type="button"
          className="button quiet"
          aria-expanded={historyOpen}
          aria-controls={historyOpen ? historyId : undefined}
          onClick={() => setHistoryOpen((open) => !open)}
        >
          {t('drumbeat.checkInsCount', { count: checkIns.length })}
        </button>
      </div>

      {historyOpen && (
        <div role="cell" id={historyId} className="kr-cell-history">
          <CheckInHistory
            keyResult={kr}
            checkIns={checkIns}
            today={today}
            onEdit={(checkIn) => setEditing({ checkIn })}
          />
        </div>
      )}

      {editing && (
        <CheckInDialog
          keyResult={kr}
          {...(editing.checkIn ? { checkIn: editing.checkIn } : {})}
          {...(latestCheckIn ? { latest: latestCheckIn } : {})}
          today={today}
          cycle={{ cycleStart, cycleEnd }}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
});
