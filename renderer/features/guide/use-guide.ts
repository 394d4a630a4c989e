import { useMemo } from 'react';
import { closingChecklist, watchFor, type ChecklistItem, type Watch } from '../../../shared/guide';
import { selectWorkshop } from '../../state/select-workshop';
import { useDebounced } from '../../state/use-debounced';
import { useLanguage } from '../../ui/i18n';

/** How long after the last edit the warnings are read again: a room typing costs one pass a pause. */
const READ_DELAY_MS = 250;

/** The live warnings and the closing checklist of the open workshop, as it is now. */
export function useGuide(): { watches: readonly Watch[]; checklist: readonly ChecklistItem[] } {
  const workshop = useDebounced(selectWorkshop, READ_DELAY_MS);
  const language = useLanguage();
  return useMemo(
    () => ({ watches: watchFor(workshop), checklist: closingChecklist(workshop, language) }),
    [workshop, language],
  );
}
