import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { columnLabel, columnOf, type BoardItems } from './board-items';
import { untitled } from './card-name';
import { i18n } from '../../../shared/i18n';

export function screenReaderInstructions(): ScreenReaderInstructions {
  return { draggable: i18n.t('board.dragInstructions') };
}

/**
 * What a screen reader hears during a drag: the project's title, and the column and position
 * it is at, read from the board's current preview (`items()`).
 */
export function boardAnnouncements(
  titleOf: (id: string) => string,
  items: () => BoardItems,
): Announcements {
  const title = (id: string | number) => titleOf(String(id)).trim() || untitled();
  /** The card's column and position; over a card of the same column, that card's place. */
  const where = (id: string | number, overId?: string | number): string => {
    const board = items();
    const column = columnOf(board, String(id));
    if (!column) return i18n.t('board.outside');
    const list = board[column];
    const at = overId !== undefined ? list.indexOf(String(overId)) : -1;
    const position = at >= 0 ? at : list.indexOf(String(id));
    return i18n.t('board.position', {
      column: columnLabel(column),
      n: position + 1,
      count: list.length,
    });
  };
  return {
    onDragStart: ({ active }) =>
      i18n.t('board.pickedUp', { title: title(active.id), where: where(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? i18n.t('board.nowIn', { title: title(active.id), where: where(active.id, over.id) })
        : i18n.t('board.notOver', { title: title(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? i18n.t('board.dropped', { title: title(active.id), where: where(active.id) })
        : i18n.t('board.droppedOutside', { title: title(active.id) }),
    onDragCancel: ({ active }) =>
      i18n.t('board.cancelled', { title: title(active.id), where: where(active.id) }),
  };
}
