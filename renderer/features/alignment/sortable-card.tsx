import { memo, useCallback, useMemo, useRef, type KeyboardEventHandler } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { cardTitleId, ProjectCard, type CardActivator } from './project-card';

/**
 * The sortable slot of one card. It re-renders whenever the drag moves (dnd-kit's sortable
 * context changes), so it stays light: the card itself is a memoised child whose props do
 * not change during a drag. Pointer and touch start a drag anywhere on the card; the
 * keyboard only from the card's main button, so Space on another control never lifts it.
 */
export const SortableCard = memo(function SortableCard({
  id,
  onOpen,
}: {
  id: string;
  onOpen: (id: string) => void;
}) {
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
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'card-slot card-slot-dragging' : 'card-slot'}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      aria-labelledby={cardTitleId(id)}
      {...pointerListeners}
    >
      <ProjectCard id={id} activator={activator} lifted={isDragging} onOpen={onOpen} />
    </li>
  );
});
