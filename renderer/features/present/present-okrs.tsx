import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { KeyResult } from '../../../shared/model';
import { keyResultIdsOf, selectObjective } from '../../state/selectors';
import { useWorkshop } from '../../state/workshop-context';
import { formatNumber, withUnit } from '../../ui/format-number';
import { VoteBadge } from './vote-badge';
import { useT } from '../../ui/i18n';

/** "71 → 85%": baseline → target with the unit; a missing side reads "?". */
export function fromTo(kr: Pick<KeyResult, 'baseline' | 'target' | 'unit'>): string | null {
  if (kr.baseline === null && kr.target === null) return null;
  const from = kr.baseline === null ? '?' : formatNumber(kr.baseline);
  const to = kr.target === null ? '?' : withUnit(kr.target, kr.unit);
  return `${from} → ${to}`;
}

const PresentKeyResult = memo(function PresentKeyResult({ id, n }: { id: string; n: number }) {
  const t = useT();
  const kr = useWorkshop((s) => s.keyResults[id]);
  if (!kr) return null;
  const range = fromTo(kr);
  return (
    <li className="present-kr" data-record-type="keyResults" data-record-id={id}>
      <span className="present-kr-number" aria-hidden="true">
        KR {n}
      </span>
      <span className="present-kr-body">
        <span className="present-kr-title">{kr.title.trim() || t('drumbeat.untitledKr')}</span>
        {range && <span className="present-kr-range">{range}</span>}
      </span>
    </li>
  );
});

const PresentObjective = memo(function PresentObjective({ id, n }: { id: string; n: number }) {
  const t = useT();
  const objective = useWorkshop((s) => selectObjective(s, id));
  const krIds = useWorkshop((s) => keyResultIdsOf(s, id));
  if (!objective) return null;
  return (
    <article className="present-objective" data-record-type="objectives" data-record-id={id}>
      <p className="present-objective-label">
        {t('present.objectiveOf', {
          n,
          team:
            objective.team === null
              ? t('present.company')
              : t('present.team', { team: objective.team }),
        })}
        <VoteBadge target="objectives" id={id} />
      </p>
      <h2 className="present-objective-title">
        {objective.title.trim() || t('drumbeat.untitledObjective')}
      </h2>
      {krIds.length === 0 ? (
        <p className="present-empty">{t('present.noKrs')}</p>
      ) : (
        <ol className="present-kr-list" aria-label={t('present.krsOf', { n })}>
          {krIds.map((kr, i) => (
            <PresentKeyResult key={kr} id={kr} n={i + 1} />
          ))}
        </ol>
      )}
    </article>
  );
});

/** The objectives with their key results in full: wrapped, never cut, baseline → target. */
export function PresentOkrs() {
  const t = useT();
  const ids = useWorkshop(useShallow((s) => s.objectiveIds));
  if (ids.length === 0) return <p className="present-empty-step">{t('present.noObjectives')}</p>;
  return (
    <div className="present-okrs">
      {ids.map((id, i) => (
        <PresentObjective key={id} id={id} n={i + 1} />
      ))}
    </div>
  );
}
