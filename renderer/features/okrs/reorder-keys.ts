import type { KeyboardEvent } from 'react';
import { keepFocusAfterMove } from './focus-editor';

/**
 * Alt+ArrowUp / Alt+ArrowDown moves the item whose editor holds focus. Not from a select:
 * there Alt+ArrowDown opens the list of options.
 */
function reorderDirection(event: KeyboardEvent): -1 | 1 | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return null;
  if (event.target instanceof HTMLSelectElement) return null;
  return event.key === 'ArrowUp' ? -1 : 1;
}

/**
 * Handles Alt+ArrowUp / Alt+ArrowDown on an item's editor: consumes the key (even when
 * read-only, so nothing else acts on it) and moves the item. Returns whether it handled it.
 */
export function handleReorderKey(
  event: KeyboardEvent,
  readOnly: boolean,
  move: (delta: -1 | 1) => void,
): boolean {
  const delta = reorderDirection(event);
  if (delta === null) return false;
  event.preventDefault();
  if (!readOnly) move(delta);
  return true;
}

/**
 * Moves item `id` one place within `list` (the order as it is now) through `moveTo`,
 * keeping focus where it was; nothing past either end.
 */
export function moveByOne(
  list: readonly string[],
  id: string,
  delta: -1 | 1,
  moveTo: (to: number) => void,
): void {
  const at = list.indexOf(id);
  const to = at + delta;
  if (at < 0 || to < 0 || to >= list.length) return;
  keepFocusAfterMove();
  moveTo(to);
}
