import {
  weekTallyText,
  type KeyResultWeek,
  type WeekState,
  type WeekTally,
} from '../../../shared/drumbeat';
import { formatDate } from './format';

const STATE_TEXT: Record<WeekState, string> = {
  done: 'checked in',
  missing: 'missed',
  open: 'this week, not checked in yet',
  upcoming: 'upcoming',
};

function weekLabel(week: KeyResultWeek): string {
  const base = `Week of ${formatDate(week.date)}: ${STATE_TEXT[week.state]}`;
  return week.checkIn ? `${base} (${formatDate(week.checkIn.date)})` : base;
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
  if (weeks.length === 0 || tally === null)
    return <span className="muted week-none">No cycle weeks</span>;
  return (
    <div className="week-dots-cell">
      <ol className="week-dots" aria-label="Check-in weeks">
        {weeks.map((week) => (
          <li
            key={week.date}
            className={`week-dot week-${week.state}`}
            aria-label={weekLabel(week)}
            title={weekLabel(week)}
          />
        ))}
      </ol>
      <span className={`week-summary${tally.missed > 0 ? ' week-has-missed' : ''}`}>
        {weekTallyText(tally)}
      </span>
    </div>
  );
}
