import { useEffect, useState } from 'react';
import { readWorkshop, type Workshop } from '../../../shared/model';
import { useOpenWorkshop } from '../../state/workshop-context';
import type { WorkshopState } from '../../state/workshop-state';

/** The parts of the store an export shows; undo availability and read problems are not. */
const EXPORTED: readonly (keyof WorkshopState)[] = [
  'meta',
  'texts',
  'focusAreaIds',
  'focusAreas',
  'notDoingIds',
  'notDoing',
  'metricIds',
  'metrics',
  'projects',
  'projectIdsByColumn',
  'objectiveIds',
  'objectives',
  'keyResults',
  'keyResultIdsByObjective',
  'checkIns',
];

/**
 * The open workshop as the exporters will read it (`readWorkshop`, every reference
 * checked), re-read shortly after the doc changes. The short delay coalesces a room full
 * of typing into one re-render of the whole preview instead of one per keystroke.
 */
export function useExportSnapshot(delayMs = 150): Workshop {
  const { doc, binding } = useOpenWorkshop();
  const [workshop, setWorkshop] = useState(() => readWorkshop(doc));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The doc may have changed between the first render and this subscription.
    setWorkshop(readWorkshop(doc));
    const unsubscribe = binding.store.subscribe((state, prev) => {
      if (EXPORTED.every((key) => state[key] === prev[key])) return;
      clearTimeout(timer);
      timer = setTimeout(() => setWorkshop(readWorkshop(doc)), delayMs);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [doc, binding, delayMs]);
  return workshop;
}
