import type { TFunction } from 'i18next';
import { weekTallyWords, type KeyResultWeek, type WeekTally } from '../../../shared/drumbeat';
import { formatDate } from './format';
import { useT } from '../../ui/i18n';

function weekLabel(t: TFunction, week: KeyResultWeek): string {
  const args = { date: formatDate(week.date), state: t(`drumbeat.weekState.${week.state}`) };
  return week.checkIn
    ? t('drumbeat.weekOfOn', { ...args, on: formatDate(week.checkIn.date) })
    : t('drumbeat.weekOf', args);
}

/**
 * One dot per check-in week of the cycle: filled = checked in, crossed = missed, ringed =
 * this week, faint = upcoming. Each dot is a labelled list item, and the weeks are also
 * counted in words (shared/drumbeat's WeekTally, whose counts add up: week N of M = checked
 * in + missed + this week), so nothing rests on colour or shape alone.
 */
export function WeekDots({
  weeks,
  tally,
}: {
  weeks: readonly KeyResultWeek[];
  tally: WeekTally | null;
}) {
  const t = useT();
  if (weeks.length === 0 || tally === null)
    return <span className="muted week-none">{t('drumbeat.noWeeks')}</span>;
  return (
    <div className="week-dots-cell">
      <ol className="week-dots" aria-label={t('drumbeat.columns.weeks')}>
        {weeks.map((week) => (
          <li
            key={week.date}
            className={`week-dot week-${week.state}`}
            aria-label={weekLabel(t, week)}
            title={weekLabel(t, week)}
          />
        ))}
      </ol>
      <span className={`week-summary${tally.missed > 0 ? ' week-has-missed' : ''}`}>
        {weekTallyWords(t, tally)}
      </span>
    </div>
  );
}
