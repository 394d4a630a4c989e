import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { analyseWorkshop, withoutDismissed } from '../../../shared/coach';
import { selectWorkshop } from '../../state/select-workshop';
import { dismissalList } from '../../state/selectors';
import { useDebounced } from '../../state/use-debounced';
import { useWorkshop } from '../../state/workshop-context';
import { CoachPanel } from './coach';
import { publishFindings } from './coach-findings-store';
import { focusEditor } from './focus-editor';
import { withoutEarlyErrors } from './fresh-objectives';
import { useOkrsPage } from './okrs-context';

/** How long after the last keystroke the coach looks again: long enough not to flicker. */
const READ_DELAY_MS = 250;

/**
 * Runs the coach over the workshop as people type (debounced), feeds the slots beside each
 * objective and key result, and shows the summary in the region named "Coach". Findings on
 * projects belong to the alignment board and are left out here.
 */
export function OkrCoach() {
  const { coach, fresh, dismiss, applySuggestion } = useOkrsPage();
  const freshIds = useStore(fresh, (s) => s.ids);
  const workshop = useDebounced(selectWorkshop, READ_DELAY_MS);
  // Dismissals apply at once: a click on "Dismiss" should not wait for the debounce.
  const dismissed = useWorkshop(dismissalList);
  const agreed = useWorkshop((s) => s.meta.agreed);
  const all = useMemo(() => analyseWorkshop(workshop, { dismissed: [] }), [workshop]);
  const findings = useMemo(
    () =>
      withoutEarlyErrors(
        withoutDismissed(all, dismissed).filter((f) => f.target.type !== 'project'),
        workshop,
        freshIds,
      ),
    [all, dismissed, workshop, freshIds],
  );
  useEffect(() => publishFindings(coach, findings), [coach, findings]);
  return (
    <CoachPanel
      findings={findings}
      workshop={workshop}
      onDismiss={agreed ? undefined : dismiss}
      onApply={agreed ? undefined : applySuggestion}
      onFocusTarget={(target) => focusEditor(target)}
    />
  );
}
