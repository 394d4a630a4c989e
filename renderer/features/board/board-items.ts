import type { Column } from '../../../shared/model';
import { sameList } from '../../state/memo';
import { i18n } from '../../../shared/i18n';

/** The cards shown in each column, in order: what the board renders and a drag previews. */
export type BoardItems = Readonly<Record<Column, readonly string[]>>;

/** A column's name in the room's language ("Inbox", "Keep", "Kill" in English). */
export function columnLabel(column: Column): string {
  return i18n.t(`board.columns.${column}`);
}

export function isColumn(id: unknown): id is Column {
  return id === 'inbox' || id === 'keep' || id === 'kill';
}

/** The column a card (or a column's own droppable) is in, or null if it is nowhere. */
export function columnOf(items: BoardItems, id: string): Column | null {
  if (isColumn(id)) return id;
  for (const column of ['inbox', 'keep', 'kill'] as const) {
    if (items[column].includes(id)) return column;
  }
  return null;
}

/**
 * Moves `activeId` into `toColumn` just before `overId` (a card of that column), or after it
 * when `below`, or at the end when `overId` is the column itself. Returns `items` unchanged
 * (the same object) when the card is already there: the drag-over handler relies on that to
 * avoid a state update per pointer event, the loop of dnd-kit#1678.
 */
export function moveAcross(
  items: BoardItems,
  activeId: string,
  toColumn: Column,
  overId: string,
  below: boolean,
): BoardItems {
  const from = columnOf(items, activeId);
  if (from === null || from === toColumn) return items;
  const target = items[toColumn];
  const overIndex = target.indexOf(overId);
  const at = overIndex < 0 ? target.length : overIndex + (below ? 1 : 0);
  return {
    ...items,
    [from]: items[from].filter((id) => id !== activeId),
    [toColumn]: [...target.slice(0, at), activeId, ...target.slice(at)],
  };
}

/** Moves a card within its column to the position of `overId`. */
export function moveWithin(items: BoardItems, activeId: string, overId: string): BoardItems {
  const column = columnOf(items, activeId);
  if (column === null || isColumn(overId)) return items;
  const list = items[column];
  const from = list.indexOf(activeId);
  const to = list.indexOf(overId);
  if (from < 0 || to < 0 || from === to) return items;
  const next = list.filter((id) => id !== activeId);
  next.splice(to, 0, activeId);
  return { ...items, [column]: next };
}

/**
 * Where a dropped card goes in the document: its index among the OTHER cards of its column,
 * all of them (the board may show a filtered subset). The card lands after the shown card
 * that precedes it in the preview, or before the one that follows it, or at the end.
 */
export function dropIndex(
  fullColumn: readonly string[],
  shownColumn: readonly string[],
  activeId: string,
): number {
  const others = fullColumn.filter((id) => id !== activeId);
  const at = shownColumn.indexOf(activeId);
  if (at < 0) return others.length;
  const before = shownColumn[at - 1];
  if (before !== undefined) {
    const i = others.indexOf(before);
    if (i >= 0) return i + 1;
  }
  const after = shownColumn[at + 1];
  if (after !== undefined) {
    const i = others.indexOf(after);
    if (i >= 0) return i;
  }
  return others.length;
}

/** Keeps `previous` when `next` has the same ids in the same order (stable props for memo). */
export function keepIfSame(
  previous: readonly string[] | undefined,
  next: readonly string[],
): readonly string[] {
  return previous !== undefined && sameList(previous, next) ? previous : next;
}
