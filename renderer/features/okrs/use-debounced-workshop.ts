import { useEffect, useState } from 'react';
import { readWorkshop, type Workshop } from '../../../shared/model';
import { useOpenWorkshop } from '../../state/workshop-context';

/**
 * A full, reference-checked snapshot of the open workshop, re-read `delayMs` after the last
 * change of the store. Typing stays smooth: nothing is re-read while keys are pressed.
 */
export function useDebouncedWorkshop(delayMs: number): Workshop {
  const { doc, binding } = useOpenWorkshop();
  const [workshop, setWorkshop] = useState(() => readWorkshop(doc));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = binding.store.subscribe((state, prev) => {
      // Undo/redo availability and read problems do not change what the coach sees.
      if (
        state.meta === prev.meta &&
        state.objectives === prev.objectives &&
        state.keyResults === prev.keyResults &&
        state.projects === prev.projects &&
        state.focusAreas === prev.focusAreas
      )
        return;
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
