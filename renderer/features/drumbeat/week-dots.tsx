import type { KeyResultWeek, WeekState } from '../../../shared/drumbeat';
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
 * this week, faint = upcoming. Each dot is a labelled list item, and the missed count is
 * also written out, so nothing rests on colour or shape alone.
 */
export function WeekDots({ weeks }: { weeks: readonly KeyResultWeek[] }) {
  if (weeks.length === 0) return <span className="muted week-none">No cycle weeks</span>;
  const missed = weeks.filter((w) => w.state === 'missing').length;
  const done = weeks.filter((w) => w.state === 'done').length;
  const due = weeks.filter((w) => w.state !== 'upcoming').length;
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
      <span className="week-summary">
        {done} of {due} {due === 1 ? 'week' : 'weeks'}
        {missed > 0 && <strong className="week-missed"> · {missed} missed</strong>}
      </span>
    </div>
  );
}
