import { memo, useCallback, useMemo, useRef, type KeyboardEventHandler } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { cardTitleId, ProjectCard, type CardActivator } from './project-card';

interface SortableCardProps {
  readonly id: string;
  /** 1-based place in the column, and the column's size: the list is windowed, so assistive
   * tech learns them from aria-posinset / aria-setsize rather than by counting items. */
  readonly position: number;
  readonly setSize: number;
  /** The column's height observer (use-column-window.ts). */
  readonly measure: (id: string, element: Element | null) => void;
  readonly onOpen: (id: string) => void;
}

/**
 * The sortable slot of one card. It re-renders whenever the drag moves (dnd-kit's sortable
 * context changes), so it stays light: the card itself is a memoised child whose props do
 * not change during a drag. Pointer and touch start a drag anywhere on the card; the
 * keyboard only from the card's main button, so Space on another control never lifts it.
 */
export const SortableCard = memo(function SortableCard({
  id,
  position,
  setSize,
  measure,
  onOpen,
}: SortableCardProps) {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id });
  const { onKeyDown, ...pointerListeners } = listeners ?? {};
  // dnd-kit hands out new listener objects during a drag; the card gets a stable one that
  // calls the latest, so its memo holds and only this wrapper re-renders.
  const keyDown = useRef<KeyboardEventHandler | undefined>(undefined);
  keyDown.current = onKeyDown as KeyboardEventHandler | undefined;
  const stableKeyDown = useCallback<KeyboardEventHandler>((e) => keyDown.current?.(e), []);
  const describedBy = attributes['aria-describedby'];
  const roleDescription = attributes['aria-roledescription'];
  const activator = useMemo<CardActivator>(
    () => ({ ref: setActivatorNodeRef, onKeyDown: stableKeyDown, describedBy, roleDescription }),
    [setActivatorNodeRef, stableKeyDown, describedBy, roleDescription],
  );
  const setSlotRef = useCallback(
    (element: HTMLLIElement | null) => {
      setNodeRef(element);
      measure(id, element);
    },
    [setNodeRef, measure, id],
  );
  return (
    <li
      ref={setSlotRef}
      className={isDragging ? 'card-slot card-slot-dragging' : 'card-slot'}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      aria-labelledby={cardTitleId(id)}
      aria-posinset={position}
      aria-setsize={setSize}
      data-card-id={id}
      data-record-type="projects"
      data-record-id={id}
      {...pointerListeners}
    >
      <ProjectCard id={id} activator={activator} lifted={isDragging} onOpen={onOpen} />
    </li>
  );
});
