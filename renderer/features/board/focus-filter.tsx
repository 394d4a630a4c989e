import { useWorkshop } from '../../state/workshop-context';
import { focusFilterOf, type FocusFilter } from './use-shown-items';
import { useT } from '../../ui/i18n';

/** Shows only the cards of one focus area, or those linked to none. Not stored in the doc. */
export function FocusFilterSelect({
  value,
  onChange,
}: {
  value: FocusFilter;
  onChange: (value: FocusFilter) => void;
}) {
  const ids = useWorkshop((s) => s.focusAreaIds);
  const focusAreas = useWorkshop((s) => s.focusAreas);
  const t = useT();
  return (
    <label className="field focus-filter" data-native-undo>
      <span className="field-label">{t('board.filter')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as FocusFilter)}>
        <option value="all">{t('board.allProjects')}</option>
        {ids.map((id) => (
          <option key={id} value={focusFilterOf(id)}>
            {focusAreas[id]?.title.trim() || t('board.untitledFocus')}
          </option>
        ))}
        <option value="none">{t('board.notLinked')}</option>
      </select>
    </label>
  );
}

/** The filter in force: one naming a focus area a colleague deleted falls back to all. */
export function useEffectiveFilter(filter: FocusFilter): FocusFilter {
  const exists = useWorkshop((s) => filter.startsWith('fa:') && filter.slice(3) in s.focusAreas);
  return filter === 'all' || filter === 'none' || exists ? filter : 'all';
}
