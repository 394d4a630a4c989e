import { useEffect, useMemo } from 'react';
import { dismissalList } from '../../state/selectors';
import { useWorkshop } from '../../state/workshop-context';
import { CoachPanel, useDebouncedCoach } from './coach';
import { publishFindings } from './coach-findings-store';
import { focusEditor } from './focus-editor';
import { useOkrsPage } from './okrs-context';
import { useDebouncedWorkshop } from './use-debounced-workshop';

/** How long after the last keystroke the coach looks again: long enough not to flicker. */
const READ_DELAY_MS = 250;

/**
 * Runs the coach over the workshop as people type (debounced), feeds the slots beside each
 * objective and key result, and shows the summary in the region named "Coach". Findings on
 * projects belong to the alignment board and are left out here.
 */
export function OkrCoach() {
  const { coach, dismiss } = useOkrsPage();
  const workshop = useDebouncedWorkshop(READ_DELAY_MS);
  const dismissed = useWorkshop(dismissalList);
  const agreed = useWorkshop((s) => s.meta.agreed);
  const all = useDebouncedCoach(workshop, dismissed, 0);
  const findings = useMemo(() => all.filter((f) => f.target.type !== 'project'), [all]);
  useEffect(() => publishFindings(coach, findings), [coach, findings]);
  return (
    <CoachPanel
      findings={findings}
      workshop={workshop}
      onDismiss={agreed ? undefined : dismiss}
      onFocusTarget={(target) => focusEditor(target)}
    />
  );
}
