import { memo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Column } from '../../../shared/model';
import { COLUMN_LABELS } from './board-items';
import { SortableCard } from './sortable-card';

const EMPTY_HINT: Readonly<Record<Column, string>> = {
  inbox: 'Add projects above, or paste a list of titles, one per line.',
  keep: 'Drop here the projects that move a focus area forward.',
  kill: 'Drop here the projects we stop. Killing is a decision, not a failure.',
};

interface BoardColumnProps {
  readonly column: Column;
  /** The cards shown, in order (a filtered subset when a focus-area filter is on). */
  readonly ids: readonly string[];
  /** How many cards the column holds in all. */
  readonly total: number;
  readonly filtered: boolean;
  readonly onOpen: (id: string) => void;
}

/** One column: a named region with its count, a droppable list, and a hint when empty. */
export const BoardColumn = memo(function BoardColumn({
  column,
  ids,
  total,
  filtered,
  onOpen,
}: BoardColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: column });
  const label = COLUMN_LABELS[column];
  const count = filtered ? `${ids.length} of ${total}` : String(total);
  return (
    <section className={`board-column board-column-${column}`} aria-label={label}>
      <header className="board-column-head">
        <h3 className="board-column-title">{label}</h3>
        <span
          className="board-column-count"
          aria-label={filtered ? `${ids.length} of ${total} projects shown` : `${total} projects`}
        >
          {count}
        </span>
      </header>
      <SortableContext id={column} items={ids as string[]} strategy={verticalListSortingStrategy}>
        <ul ref={setNodeRef} className={`card-list${isOver ? ' card-list-over' : ''}`}>
          {ids.map((id) => (
            <SortableCard key={id} id={id} onOpen={onOpen} />
          ))}
          {ids.length === 0 && (
            <li className="column-empty" aria-hidden={filtered && total > 0 ? undefined : true}>
              {filtered && total > 0 ? 'No project here matches the filter.' : EMPTY_HINT[column]}
            </li>
          )}
        </ul>
      </SortableContext>
    </section>
  );
});
