import { lazy, Suspense } from 'react';
import type { StepId } from '../../ui/routes';
import { useRunSheetShown } from './run-sheet-state';

// The panel brings the guide's texts and the coach (for "key results that read like
// tasks"): loaded when the run-sheet is first opened, not with the first screen.
const Panel = lazy(() => import('./run-sheet').then((m) => ({ default: m.RunSheetPanel })));
const Why = lazy(() => import('./why-page').then((m) => ({ default: m.WhyPage })));

/** The run-sheet beside the step, while it is open and this person runs the session. */
export function RunSheet({ step }: { step: StepId }) {
  const shown = useRunSheetShown();
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <Panel step={step} />
    </Suspense>
  );
}

/** The step's "Why this step?" page over it; `onClose` leaves its route. */
export function WhyPageHost({ step, onClose }: { step: StepId; onClose: () => void }) {
  return (
    <Suspense fallback={null}>
      <Why step={step} onClose={onClose} />
    </Suspense>
  );
}
