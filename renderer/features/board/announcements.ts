import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { columnOf, COLUMN_LABELS, type BoardItems } from './board-items';
import { UNTITLED } from './card-name';

export const SCREEN_READER_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To move this project, press Space. Use the arrow keys to move it within a column (up and down) ' +
    'or to another column (left and right). Press Space again to drop it, or Escape to cancel. ' +
    'Press Enter to open its details.',
};

/**
 * What a screen reader hears during a drag: the project's title, and the column and position
 * it is at, read from the board's current preview (`items()`).
 */
export function boardAnnouncements(
  titleOf: (id: string) => string,
  items: () => BoardItems,
): Announcements {
  const title = (id: string | number) => titleOf(String(id)).trim() || UNTITLED;
  /** The card's column and position; over a card of the same column, that card's place. */
  const where = (id: string | number, overId?: string | number): string => {
    const board = items();
    const column = columnOf(board, String(id));
    if (!column) return 'outside the board';
    const list = board[column];
    const at = overId !== undefined ? list.indexOf(String(overId)) : -1;
    const position = at >= 0 ? at : list.indexOf(String(id));
    return `${COLUMN_LABELS[column]}, position ${position + 1} of ${list.length}`;
  };
  return {
    onDragStart: ({ active }) => `Picked up ${title(active.id)}. It is in ${where(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${title(active.id)} is now in ${where(active.id, over.id)}.`
        : `${title(active.id)} is no longer over a column.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `${title(active.id)} was dropped in ${where(active.id)}.`
        : `${title(active.id)} was dropped outside the board and went back.`,
    onDragCancel: ({ active }) =>
      `Moving ${title(active.id)} was cancelled. It is back in ${where(active.id)}.`,
  };
}
