import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  HEALTH_RATINGS,
  setHealthRating,
  type HealthRating,
  type MeetingRef,
} from '../../../shared/model';
import { workshopHref } from '../../ui/routes';
import { useOpenWorkshop, useWorkshop, useWorkshopDoc } from '../../state/workshop-context';
import { useT } from '../../ui/i18n';

/** The rating of each metric in one team's week, by metric id (a new object only on change). */
function useRatings(meeting: MeetingRef): Readonly<Record<string, HealthRating>> {
  return useWorkshop(
    useShallow((s) => {
      const out: Record<string, HealthRating> = {};
      for (const r of Object.values(s.healthRatings))
        if (r.team === meeting.team && r.week === meeting.week) out[r.metricId] = r.rating;
      return out;
    }),
  );
}

/**
 * One health metric rated for the week: a radio group (green, yellow, red, or not rated),
 * so arrow keys move between the ratings and a screen reader says the metric and its
 * rating. The colour is never the only sign: each choice is named.
 */
function MetricRating({
  meeting,
  metricId,
  text,
  rating,
}: {
  meeting: MeetingRef;
  metricId: string;
  text: string;
  rating: HealthRating | undefined;
}) {
  const doc = useWorkshopDoc();
  const t = useT();
  const name = useId();
  const choices: (HealthRating | 'none')[] = [...HEALTH_RATINGS, 'none'];
  return (
    <fieldset className={`health-metric health-${rating ?? 'none'}`}>
      <legend>{text || t('meeting.untitledMetric')}</legend>
      <div className="health-choices">
        {choices.map((choice) => (
          <label key={choice} className={`health-choice health-choice-${choice}`}>
            <input
              type="radio"
              name={name}
              value={choice}
              checked={(rating ?? 'none') === choice}
              onChange={() =>
                setHealthRating(doc, meeting, metricId, choice === 'none' ? null : choice)
              }
            />
            <span>{t(`meeting.rating.${choice}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The health metrics of the one-pager — what must not break while the team chases its
 * objectives — each rated green, yellow or red for the week.
 */
export function HealthSquare({ meeting }: { meeting: MeetingRef }) {
  const { id: workshopId } = useOpenWorkshop();
  const t = useT();
  const metrics = useWorkshop(
    useShallow((s) => s.metricIds.map((id) => s.metrics[id]).filter((m) => m !== undefined)),
  );
  const ratings = useRatings(meeting);
  if (metrics.length === 0)
    return (
      <p className="meeting-empty">
        {t('meeting.noMetrics')}{' '}
        <a href={workshopHref(workshopId, 'onepager')}>{t('meeting.addMetrics')}</a>.
      </p>
    );
  return (
    <div className="health-metrics">
      {metrics.map((m) => (
        <MetricRating
          key={m.id}
          meeting={meeting}
          metricId={m.id}
          text={m.text}
          rating={ratings[m.id]}
        />
      ))}
    </div>
  );
}
