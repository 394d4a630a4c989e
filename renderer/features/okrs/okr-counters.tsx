import { KR_RANGE, OBJECTIVE_LIMITS } from '../../../shared/coach';
import { useWorkshop } from '../../state/workshop-context';
import type { WorkshopState } from '../../state/workshop-state';
import { IconWarning } from '../../ui/icons';
import { useT } from '../../ui/i18n';

/** The owner key of company objectives in `ownerCounts` (a team may be called "Company"). */
const COMPANY = '\u0002';

/**
 * Objectives per owner (the company, then each team) as "Company:3|Mobile:2": a string, so
 * the selector's result is equal (===) while only titles change.
 */
function ownerCounts(state: WorkshopState): string {
  const counts = new Map<string, number>();
  for (const id of state.objectiveIds) {
    const o = state.objectives[id];
    if (!o) continue;
    const owner = o.team === null ? COMPANY : o.team.trim() || COMPANY;
    counts.set(owner, (counts.get(owner) ?? 0) + 1);
  }
  return [...counts].map(([owner, n]) => `${owner}\u0000${n}`).join('\u0001');
}

/**
 * Always in view: how many objectives there are against the aim of 1–3 (at most 5), per
 * owner when teams have their own, with a warning above 5.
 */
export function ObjectiveCount() {
  const total = useWorkshop((s) => s.objectiveIds.length);
  const key = useWorkshop(ownerCounts);
  const t = useT();
  const owners = key === '' ? [] : key.split('\u0001').map((x) => x.split('\u0000'));
  const ownerName = (owner: string | undefined) => (owner === COMPANY ? t('okrs.company') : owner);
  const over = owners.filter(([, n]) => Number(n) > OBJECTIVE_LIMITS.warning);
  const stretched = total > OBJECTIVE_LIMITS.info;
  const headline =
    total === 0
      ? t('okrs.counts.none')
      : stretched
        ? t('okrs.counts.stretched', { count: total })
        : t('okrs.counts.objectives', { count: total });
  const state = over.length > 0 ? 'warning' : stretched ? 'info' : 'ok';
  return (
    <div className={`okr-count okr-count-${state}`} role="status">
      <p className="okr-count-headline">{headline}</p>
      {owners.length > 1 && (
        <p className="okr-count-owners">
          {owners.map(([owner, n]) => `${ownerName(owner)} ${n}`).join(' · ')}
        </p>
      )}
      {over.map(([owner, n]) => (
        <p key={owner} className="okr-count-warning">
          <IconWarning />{' '}
          {owner === COMPANY
            ? t('okrs.counts.companyTooMany', { count: Number(n) })
            : t('okrs.counts.teamTooMany', { owner: owner ?? '', count: Number(n) })}
        </p>
      ))}
    </div>
  );
}

/** "3 key results — aim for 2–5", flagged outside that range. */
export function KeyResultCount({ count }: { count: number }) {
  const t = useT();
  const ok = count >= KR_RANGE.min && count <= KR_RANGE.max;
  return (
    <span className={`okr-kr-count ${ok ? '' : 'okr-kr-count-off'}`}>
      {!ok && <IconWarning />}
      {count === 0 ? t('okrs.counts.noKeyResults') : t('okrs.counts.keyResults', { count })}
    </span>
  );
}
