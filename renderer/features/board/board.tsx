import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  closestCenter,
  DndContext,
  DragOverlay,
  getFirstCollision,
  KeyboardCode,
  KeyboardSensor,
  MouseSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { COLUMNS, moveProject } from '../../../shared/model';
import { useOpenWorkshop, useWorkshop } from '../../state/workshop-context';
import { boardAnnouncements, screenReaderInstructions } from './announcements';
import { BoardColumn } from './board-column';
import {
  columnOf,
  dropIndex,
  isColumn,
  moveAcross,
  moveWithin,
  type BoardItems,
} from './board-items';
import { discreteEdit } from './discrete-edit';
import { noteDragEnded } from './drag-click-guard';
import { ProjectCardPreview } from './project-card';
import { useRemoteUpdateProbe } from './remote-update-probe';
import { useShownItems, type FocusFilter } from './use-shown-items';
import { useVoteOrder } from './use-vote-order';

/** Enter opens a card's details, so only Space lifts a card; Space or Enter drops it. */
const KEYBOARD_CODES = {
  start: [KeyboardCode.Space],
  cancel: [KeyboardCode.Esc],
  end: [KeyboardCode.Space, KeyboardCode.Enter],
};

const MOUSE_OPTIONS = { activationConstraint: { distance: 5 } };
const TOUCH_OPTIONS = { activationConstraint: { delay: 200, tolerance: 8 } };

/**
 * The Inbox / Keep / Kill board, after dnd-kit's MultipleContainers story: the items as
 * `Record<column, id[]>`, `pointerWithin` then `rectIntersection`, a DragOverlay, a
 * snapshot on drag start restored on cancel. During a drag only the local preview changes;
 * the document is written once, on drop, with `moveProject` — one undo step, and one
 * change for the peers in the room.
 */
export function Board({
  filter,
  onOpen,
  sortByVotes = false,
}: {
  filter: FocusFilter;
  onOpen: (id: string) => void;
  /** Show each column's cards by the revealed vote's dots, most first. */
  sortByVotes?: boolean;
}) {
  const { doc, binding } = useOpenWorkshop();
  const shown = useVoteOrder(useShownItems(filter), sortByVotes);
  const [preview, setPreview] = useState<BoardItems | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const items = preview ?? shown;
  useRemoteUpdateProbe(doc);

  // Read by dnd-kit's callbacks, which must stay stable (a new collision detector or
  // announcement object on every render would re-render the whole context).
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const snapshot = useRef<BoardItems | null>(null);
  const lastOverId = useRef<UniqueIdentifier | null>(null);
  const movedToNewColumn = useRef(false);

  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      movedToNewColumn.current = false;
    });
    return () => cancelAnimationFrame(frame);
  }, [items]);

  /**
   * Left and right go to the neighbouring column, level with the card (dnd-kit's sortable
   * getter would first pick the card's own column, whose box starts left of the card); up
   * and down are dnd-kit's.
   */
  const coordinateGetter = useCallback<KeyboardCoordinateGetter>((event, args) => {
    const { active, collisionRect, droppableRects } = args.context;
    const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
    if (step === 0 || !active || !collisionRect) return sortableKeyboardCoordinates(event, args);
    event.preventDefault();
    const board = itemsRef.current;
    const from = columnOf(board, String(active.id));
    const to = from === null ? undefined : COLUMNS[COLUMNS.indexOf(from) + step];
    if (to === undefined) return undefined;
    let best: { top: number; left: number } | undefined;
    for (const id of board[to]) {
      const rect = id === active.id ? undefined : droppableRects.get(id);
      if (
        rect &&
        (!best || Math.abs(rect.top - collisionRect.top) < Math.abs(best.top - collisionRect.top))
      )
        best = rect;
    }
    const target = best ?? droppableRects.get(to);
    return target ? { x: target.left, y: target.top } : undefined;
  }, []);

  const keyboardOptions = useMemo(
    () => ({ coordinateGetter, keyboardCodes: KEYBOARD_CODES }),
    [coordinateGetter],
  );
  const sensors = useSensors(
    useSensor(MouseSensor, MOUSE_OPTIONS),
    useSensor(TouchSensor, TOUCH_OPTIONS),
    useSensor(KeyboardSensor, keyboardOptions),
  );

  const collisionDetection = useCallback<CollisionDetection>((args) => {
    const pointer = pointerWithin(args);
    // A pointer in the gap between two columns stays where it was: the card's box overlaps
    // both columns there, and each move of the preview shifts the cards under it, so
    // rectIntersection would send it back and forth between the columns, a render loop
    // (dnd-kit#1678). The keyboard has no pointer and uses the card's box.
    if (pointer.length === 0 && args.pointerCoordinates && lastOverId.current != null)
      return [{ id: lastOverId.current }];
    const hits = pointer.length > 0 ? pointer : rectIntersection(args);
    let overId = getFirstCollision(hits, 'id');
    if (overId != null) {
      // Over a column: pick its card nearest to the dragged one, so the preview shows where
      // the card would land instead of always at the end.
      if (isColumn(overId)) {
        const inColumn = new Set<UniqueIdentifier>(itemsRef.current[overId]);
        inColumn.delete(args.active.id);
        if (inColumn.size > 0) {
          const nearest = closestCenter({
            ...args,
            droppableContainers: args.droppableContainers.filter((c) => inColumn.has(c.id)),
          })[0];
          if (nearest) overId = nearest.id;
        }
      }
      lastOverId.current = overId;
      return [{ id: overId }];
    }
    // Right after a move to another column the layout has not settled: stay on the card.
    if (movedToNewColumn.current) lastOverId.current = args.active.id;
    return lastOverId.current != null ? [{ id: lastOverId.current }] : [];
  }, []);

  const onDragStart = useCallback(({ active }: DragStartEvent) => {
    snapshot.current = itemsRef.current;
    setPreview(itemsRef.current);
    setActiveId(String(active.id));
  }, []);

  const onDragOver = useCallback(({ active, over }: DragOverEvent) => {
    if (!over) return;
    const id = String(active.id);
    const overId = String(over.id);
    const translated = active.rect.current.translated;
    const below = translated !== null && translated.top > over.rect.top + over.rect.height / 2;
    // Compared with, and written to, the ref at once: the announcement of this move reads it
    // before React renders. No state update unless the card changes column, so no update
    // loop when the hovered column flips back and forth (dnd-kit#1678).
    const current = itemsRef.current;
    const to = columnOf(current, overId);
    if (to === null) return;
    const next = moveAcross(current, id, to, overId, below);
    if (next === current) return;
    movedToNewColumn.current = true;
    itemsRef.current = next;
    setPreview(next);
  }, []);

  const finish = useCallback(() => {
    noteDragEnded();
    snapshot.current = null;
    lastOverId.current = null;
    setPreview(null);
    setActiveId(null);
  }, []);

  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      const id = String(active.id);
      let final = itemsRef.current;
      if (over) final = moveWithin(final, id, String(over.id));
      const column = over ? columnOf(final, id) : null;
      if (column === null) {
        itemsRef.current = snapshot.current ?? final;
        finish();
        return;
      }
      itemsRef.current = final; // what the drop announcement reads
      const state = binding.store.getState();
      const full = state.projectIdsByColumn[column];
      const index = dropIndex(full, final[column], id);
      const project = state.projects[id];
      // The index counts the column's other cards, so a card's own index is unchanged by it.
      const unchanged = project?.column === column && full.indexOf(id) === index;
      if (project && !unchanged) discreteEdit(binding, () => moveProject(doc, id, column, index));
      finish();
    },
    [binding, doc, finish],
  );

  const onDragCancel = useCallback(() => {
    if (snapshot.current) itemsRef.current = snapshot.current;
    finish();
  }, [finish]);

  const accessibility = useMemo(
    () => ({
      announcements: boardAnnouncements(
        (id) => binding.store.getState().projects[id]?.title ?? '',
        () => itemsRef.current,
      ),
      screenReaderInstructions: screenReaderInstructions(),
    }),
    [binding],
  );

  const totals = useWorkshop((s) => s.projectIdsByColumn);
  const filtered = filter !== 'all';
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={accessibility}
    >
      <div className="board">
        {COLUMNS.map((column) => (
          <BoardColumn
            key={column}
            column={column}
            ids={items[column]}
            total={totals[column].length + extraFor(column, items, shown, activeId)}
            filtered={filtered}
            activeId={activeId}
            onOpen={onOpen}
          />
        ))}
      </div>
      <DragOverlay>{activeId ? <ProjectCardPreview id={activeId} /> : null}</DragOverlay>
    </DndContext>
  );
}

/** During a drag the count follows the preview: +1 where the card is, -1 where it was. */
function extraFor(
  column: 'inbox' | 'keep' | 'kill',
  items: BoardItems,
  shown: BoardItems,
  activeId: string | null,
): number {
  if (activeId === null || items === shown) return 0;
  const now = items[column].includes(activeId) ? 1 : 0;
  const before = shown[column].includes(activeId) ? 1 : 0;
  return now - before;
}
