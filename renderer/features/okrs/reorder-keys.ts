import type { KeyboardEvent } from 'react';

/**
 * Alt+ArrowUp / Alt+ArrowDown moves the item whose editor holds focus. Not from a select:
 * there Alt+ArrowDown opens the list of options.
 */
export function reorderDirection(event: KeyboardEvent): -1 | 1 | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return null;
  if (event.target instanceof HTMLSelectElement) return null;
  return event.key === 'ArrowUp' ? -1 : 1;
}
