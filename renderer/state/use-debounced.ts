import { useEffect, useState } from 'react';
import { useOpenWorkshop } from './workshop-context';
import type { WorkshopState } from './workshop-state';

/**
 * `selector(state)` of the open workshop, taken again `delayMs` after the store last
 * changed: a room full of typing costs one re-selection and one re-render per pause, not
 * one per keystroke. Pass a stable, memoised selector (such as `selectWorkshop`): the value
 * is replaced only when the selector returns a different object, so a change the selector
 * does not look at (undo availability, read problems) re-renders nothing.
 */
export function useDebounced<T>(selector: (state: WorkshopState) => T, delayMs: number): T {
  const { store } = useOpenWorkshop().binding;
  const [value, setValue] = useState(() => selector(store.getState()));
  useEffect(() => {
    const take = () => {
      const next = selector(store.getState());
      setValue(() => next);
    };
    // The store may have changed between the first render and this subscription.
    take();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(take, delayMs);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store, selector, delayMs]);
  return value;
}
