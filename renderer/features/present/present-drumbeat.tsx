import { memo, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { keyResultStatus } from '../../../shared/drumbeat';
import type { CheckIn } from '../../../shared/model';
import { keyResultIdsOf, selectObjective } from '../../state/selectors';
import { useWorkshop } from '../../state/workshop-context';
import { percent, withUnit } from '../../ui/format-number';
import { useToday } from '../../ui/use-today';
import { fromTo } from './present-okrs';
import { useT } from '../../ui/i18n';

const PresentProgress = memo(function PresentProgress({
  id,
  today,
}: {
  id: string;
  today: string;
}) {
  const t = useT();
  const kr = useWorkshop((s) => s.keyResults[id]);
  const checkIns = useWorkshop(
    useShallow((s) =>
      (s.checkInIdsByKeyResult[id] ?? [])
        .map((c) => s.checkIns[c])
        .filter((c): c is CheckIn => c !== undefined),
    ),
  );
  const cycleStart = useWorkshop((s) => s.meta.cycleStart);
  const cycleEnd = useWorkshop((s) => s.meta.cycleEnd);
  const checkInWeekday = useWorkshop((s) => s.meta.checkInWeekday);
  // The one status rule of shared/drumbeat: the same words as the Drumbeat view and exports.
  const status = useMemo(
    () =>
      kr ? keyResultStatus(kr, checkIns, { cycleStart, cycleEnd, checkInWeekday }, today) : null,
    [kr, checkIns, cycleStart, cycleEnd, checkInWeekday, today],
  );
  if (!kr || !status) return null;
  const progress = status.progress.progress;
  const latest = status.progress.latest;
  const range = fromTo(kr);
  return (
    <li
      className={`present-progress present-status-${status.status}`}
      data-record-type="keyResults"
      data-record-id={id}
    >
      <span className="present-kr-title">{kr.title.trim() || t('drumbeat.untitledKr')}</span>
      <span className="present-progress-bar" aria-hidden="true">
        <span style={{ width: `${(progress ?? 0) * 100}%` }} />
      </span>
      <span className="present-progress-figures">
        <strong>{progress === null ? '—' : percent(progress)}</strong>
        {latest && t('present.now', { value: withUnit(latest.value, kr.unit) })}
        {range && <> · {range}</>}
        <span className="present-status">{t(`drumbeat.status.${status.status}`)}</span>
      </span>
    </li>
  );
});

function PresentObjectiveProgress({ id, today }: { id: string; today: string }) {
  const t = useT();
  const objective = useWorkshop((s) => selectObjective(s, id));
  const krIds = useWorkshop((s) => keyResultIdsOf(s, id));
  if (!objective) return null;
  return (
    <section className="present-objective" data-record-type="objectives" data-record-id={id}>
      <h2 className="present-objective-title">
        {objective.title.trim() || t('drumbeat.untitledObjective')}
      </h2>
      <ol className="present-kr-list">
        {krIds.map((kr) => (
          <PresentProgress key={kr} id={kr} today={today} />
        ))}
      </ol>
    </section>
  );
}

/** Drumbeat: progress of each key result from its check-ins, with its status. */
export function PresentDrumbeat() {
  const ids = useWorkshop(useShallow((s) => s.objectiveIds));
  const today = useToday();
  const t = useT();
  if (ids.length === 0) return <p className="present-empty-step">{t('present.noObjectives')}</p>;
  return (
    <div className="present-okrs">
      {ids.map((id) => (
        <PresentObjectiveProgress key={id} id={id} today={today} />
      ))}
    </div>
  );
}
