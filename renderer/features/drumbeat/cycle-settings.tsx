import { useId, useState } from 'react';
import { checkInWeeks } from '../../../shared/drumbeat';
import { cycleDatesFromName, datesFollowName } from '../../../shared/cycle-name';
import { isIsoDate } from '../../../shared/dates';
import { updateMeta } from '../../../shared/model';
import { useWorkshop, useWorkshopDoc } from '../../state/workshop-context';
import { formatDate, percent, weekdayName } from './format';
import { useT } from '../../ui/i18n';
import type { TFunction } from 'i18next';

// Monday first: how most teams plan their week.
const WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0];

type Pair = { start: string; end: string };

/** What is wrong with a pair of cycle dates, or '' when they can be saved ('' dates = unset). */
function cycleDatesProblem(t: TFunction, { start, end }: Pair): string {
  if (start !== '' && !isIsoDate(start)) return t('drumbeat.cycle.badStart');
  if (end !== '' && !isIsoDate(end)) return t('drumbeat.cycle.badEnd');
  if (start !== '' && end !== '' && end <= start) {
    return t('drumbeat.cycle.endBeforeStart', { end: formatDate(end), start: formatDate(start) });
  }
  return '';
}

/**
 * The cycle's start and end dates and its check-in weekday, bound to the workshop's meta.
 * A pair of dates that does not make sense (end on or before start) is kept as a draft in
 * the fields with an inline message and is NOT written, so the stored cycle is never
 * replaced by a broken one; it is written as soon as the pair is valid again.
 */
export function CycleSettings({ today, expected }: { today: string; expected: number | null }) {
  const doc = useWorkshopDoc();
  const t = useT();
  const stored: Pair = {
    start: useWorkshop((s) => s.meta.cycleStart),
    end: useWorkshop((s) => s.meta.cycleEnd),
  };
  const weekday = useWorkshop((s) => s.meta.checkInWeekday);
  const name = useWorkshop((s) => s.meta.cycle);
  const [draft, setDraft] = useState<Partial<Pair>>({});
  const ids = { start: useId(), end: useId(), weekday: useId(), problem: useId() };

  const shown: Pair = { start: draft.start ?? stored.start, end: draft.end ?? stored.end };
  const problem = cycleDatesProblem(t, shown);

  const change = (field: keyof Pair, value: string) => {
    const next = { ...shown, [field]: value };
    if (cycleDatesProblem(t, next) === '') {
      const patch: { cycleStart?: string; cycleEnd?: string } = {};
      if (next.start !== stored.start) patch.cycleStart = next.start;
      if (next.end !== stored.end) patch.cycleEnd = next.end;
      if (Object.keys(patch).length > 0) updateMeta(doc, patch);
      setDraft({});
    } else {
      setDraft({ ...draft, [field]: value });
    }
  };

  const weeks =
    problem === ''
      ? checkInWeeks({ cycleStart: stored.start, cycleEnd: stored.end, checkInWeekday: weekday })
      : [];
  const current = weeks.findIndex((w) => today >= w.start && today <= w.end);
  const unset = t('drumbeat.cycle.unset');
  const hasDates = isIsoDate(stored.start) && isIsoDate(stored.end);
  // The cycle's name (in the header) set these dates: say so, and how it was read.
  const fromName = datesFollowName({ cycle: name, cycleStart: stored.start, cycleEnd: stored.end })
    ? cycleDatesFromName(name)
    : null;

  return (
    <section className="cycle-settings" aria-labelledby={`${ids.start}-heading`}>
      <h3 id={`${ids.start}-heading`} className="cycle-settings-title">
        {t('drumbeat.cycle.title')}
      </h3>
      <div className="cycle-fields">
        <div className="field">
          <label htmlFor={ids.start}>{t('drumbeat.cycle.start')}</label>
          <input
            id={ids.start}
            type="date"
            value={shown.start}
            aria-invalid={problem !== '' && draft.start !== undefined ? true : undefined}
            aria-describedby={problem ? ids.problem : undefined}
            onChange={(e) => change('start', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.end}>{t('drumbeat.cycle.end')}</label>
          <input
            id={ids.end}
            type="date"
            value={shown.end}
            min={isIsoDate(shown.start) ? shown.start : undefined}
            aria-invalid={problem !== '' && draft.end !== undefined ? true : undefined}
            aria-describedby={problem ? ids.problem : undefined}
            onChange={(e) => change('end', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.weekday}>{t('drumbeat.cycle.day')}</label>
          <select
            id={ids.weekday}
            value={weekday}
            onChange={(e) => updateMeta(doc, { checkInWeekday: Number(e.target.value) })}
          >
            {WEEKDAY_ORDER.map((day) => (
              <option key={day} value={day}>
                {weekdayName(day)}
              </option>
            ))}
          </select>
        </div>
        <p className="cycle-summary">
          {problem === '' && hasDates && weeks.length > 0 && (
            <>
              {t('drumbeat.cycle.weeks', { count: weeks.length })}
              {t('drumbeat.cycle.first', { date: formatDate(weeks[0]?.date ?? '') })}
              {current >= 0
                ? t('drumbeat.cycle.thisWeek', { n: current + 1 })
                : today < stored.start
                  ? t('drumbeat.cycle.notStarted')
                  : t('drumbeat.cycle.ended')}
              {expected !== null &&
                current >= 0 &&
                t('drumbeat.cycle.timeGone', { share: percent(expected) })}
            </>
          )}
        </p>
      </div>
      {problem !== '' && (
        <p id={ids.problem} className="field-error cycle-problem" role="alert">
          {t('drumbeat.cycle.notSaved', {
            problem,
            dates:
              stored.start || stored.end
                ? `${stored.start ? formatDate(stored.start) : unset} – ${
                    stored.end ? formatDate(stored.end) : unset
                  }`
                : unset,
          })}
        </p>
      )}
      {fromName && problem === '' && (
        <p className="cycle-hint">
          {t('drumbeat.cycle.fromName', {
            name: name.trim(),
            period: t(`drumbeat.cycle.period.${fromName.kind}`),
          })}
        </p>
      )}
      {!hasDates && problem === '' && <p className="cycle-hint">{t('drumbeat.cycle.noDates')}</p>}
    </section>
  );
}
