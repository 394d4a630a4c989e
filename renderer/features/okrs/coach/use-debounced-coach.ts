import { useEffect, useMemo, useRef, useState } from 'react';
import {
  analyseWorkshop,
  withoutDismissed,
  type Dismissal,
  type Finding,
} from '../../../../shared/coach';
import type { Workshop } from '../../../../shared/model';

/**
 * The coach's findings for a workshop, recomputed `delayMs` after the last change so the
 * hints do not flicker on every keystroke. Dismissals apply at once: a click on "Dismiss"
 * should not wait for the debounce.
 */
export function useDebouncedCoach(
  workshop: Workshop | null,
  dismissed: readonly Dismissal[] = [],
  delayMs = 300,
): Finding[] {
  const [raw, setRaw] = useState<Finding[]>(() => (workshop ? analyseWorkshop(workshop) : []));
  // The workshop `raw` was computed from: on mount (and when a change is undone before the
  // delay ends) the findings are already current, so the coach does not run twice.
  const coached = useRef(workshop);
  useEffect(() => {
    if (coached.current === workshop) return;
    const timer = setTimeout(() => {
      coached.current = workshop;
      setRaw(workshop ? analyseWorkshop(workshop) : []);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [workshop, delayMs]);
  return useMemo(() => withoutDismissed(raw, dismissed), [raw, dismissed]);
}
