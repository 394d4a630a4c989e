import { memo } from 'react';
import { useStore } from 'zustand';
import type { Finding } from '../../../shared/coach';
import { useWorkshop } from '../../state/workshop-context';
import { CoachSlot } from './coach';
import { useOkrsPage } from './okrs-context';

const NONE: readonly Finding[] = Object.freeze([]);

/**
 * The coach's hints beside one objective or key result. It selects only its own findings,
 * so a change of hints re-renders this slot and not the editor around it.
 */
export const TargetCoach = memo(function TargetCoach({ targetId }: { targetId: string }) {
  const { coach, dismiss, applySuggestion } = useOkrsPage();
  const findings = useStore(coach, (s) => s.byTarget[targetId] ?? NONE);
  const agreed = useWorkshop((s) => s.meta.agreed);
  return (
    <CoachSlot
      findings={findings}
      onDismiss={agreed ? undefined : dismiss}
      onApply={agreed ? undefined : applySuggestion}
    />
  );
});
