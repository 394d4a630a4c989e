import { memo, useCallback, useMemo, useRef, useState, type FocusEvent } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Column } from '../../../shared/model';
import { columnLabel } from './board-items';
import { SortableCard } from './sortable-card';
import { useColumnWindow } from './use-column-window';
import { useRoomSelect } from '../../sync/room-hooks';
import { useT } from '../../ui/i18n';

interface BoardColumnProps {
  readonly column: Column;
  /** The cards shown, in order (a filtered subset when a focus-area filter is on). */
  readonly ids: readonly string[];
  /** How many cards the column holds in all. */
  readonly total: number;
  readonly filtered: boolean;
  /** The card being dragged, if any: it stays mounted wherever it is. */
  readonly activeId: string | null;
  readonly onOpen: (id: string) => void;
}

/** The id of the card whose slot holds `node`, if any. */
function cardIdOf(node: EventTarget | null): string | null {
  return node instanceof Element
    ? (node.closest<HTMLElement>('[data-card-id]')?.dataset.cardId ?? null)
    : null;
}

/**
 * One column: a named region with its count, a droppable list, and a hint when empty. The
 * list is windowed (use-column-window.ts): only the cards in view, an overscan, the dragged
 * card and the focused card are mounted and registered with dnd-kit, while the
 * SortableContext still gets every id of the column in order, so positions, announcements
 * and the drop index count all cards.
 */
export const BoardColumn = memo(function BoardColumn({
  column,
  ids,
  total,
  filtered,
  activeId,
  onOpen,
}: BoardColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: column });
  const listRef = useRef<HTMLUListElement | null>(null);
  const setListRef = useCallback(
    (node: HTMLUListElement | null) => {
      listRef.current = node;
      setNodeRef(node);
    },
    [setNodeRef],
  );
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const onFocus = useCallback((e: FocusEvent) => setFocusedId(cardIdOf(e.target)), []);
  const onBlur = useCallback((e: FocusEvent) => {
    const next = e.relatedTarget;
    if (!(next instanceof Node && e.currentTarget.contains(next))) setFocusedId(null);
  }, []);
  // The cards the room points at stay mounted, so a follower can be scrolled to them.
  const spotlit = useRoomSelect((s) => (s.spotlight?.type === 'projects' ? s.spotlight.id : null));
  const focused = useRoomSelect((s) => (s.focus?.type === 'projects' ? s.focus.id : null));
  const roomTargets = useMemo(() => [spotlit, focused], [spotlit, focused]);
  const { segments, measure } = useColumnWindow(listRef, ids, activeId, focusedId, roomTargets);

  const t = useT();
  const label = columnLabel(column);
  const count = filtered ? `${ids.length} of ${total}` : String(total);
  return (
    <section className={`board-column board-column-${column}`} aria-label={label}>
      <header className="board-column-head">
        <h3 className="board-column-title">{label}</h3>
        <span
          className="board-column-count"
          aria-label={
            filtered
              ? t('board.shownOf', { shown: ids.length, count: total })
              : t('board.projectCount', { count: total })
          }
        >
          {count}
        </span>
      </header>
      <SortableContext id={column} items={ids as string[]} strategy={verticalListSortingStrategy}>
        <ul
          ref={setListRef}
          className={`card-list${isOver ? ' card-list-over' : ''}`}
          onFocus={onFocus}
          onBlur={onBlur}
        >
          {segments.map((segment) =>
            segment.kind === 'card' ? (
              <SortableCard
                key={segment.id}
                id={segment.id}
                position={segment.index + 1}
                setSize={ids.length}
                measure={measure}
                onOpen={onOpen}
              />
            ) : (
              <li
                key={segment.key}
                className="card-spacer"
                aria-hidden="true"
                style={{ height: segment.height }}
              />
            ),
          )}
          {ids.length === 0 && (
            <li className="column-empty" aria-hidden={filtered && total > 0 ? undefined : true}>
              {filtered && total > 0 ? t('board.noMatch') : t(`board.empty.${column}`)}
            </li>
          )}
        </ul>
      </SortableContext>
    </section>
  );
});
