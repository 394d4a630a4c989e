/**
 * Move up, move down and delete for one item of an ordered OKR list (an objective, or a key
 * result). `label` is the item's name ("Objective 2"): the buttons are named after it.
 */
export function ItemActions({
  label,
  index,
  count,
  onMove,
  onDelete,
}: {
  label: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
}) {
  return (
    <div className="okr-item-actions">
      <button
        type="button"
        className="button quiet okr-small"
        aria-label={`Move ${label} up`}
        aria-keyshortcuts="Alt+ArrowUp"
        disabled={index <= 0}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button quiet okr-small"
        aria-label={`Move ${label} down`}
        aria-keyshortcuts="Alt+ArrowDown"
        disabled={index >= count - 1}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="button quiet danger-quiet okr-small"
        aria-label={`Delete ${label}`}
        onClick={onDelete}
      >
        Delete
      </button>
    </div>
  );
}
