import { useT } from '../../ui/i18n';

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
  const t = useT();
  return (
    <div className="okr-item-actions">
      <button
        type="button"
        className="button quiet okr-small"
        aria-label={t('okrs.moveUp', { label })}
        aria-keyshortcuts="Alt+ArrowUp"
        disabled={index <= 0}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button quiet okr-small"
        aria-label={t('okrs.moveDown', { label })}
        aria-keyshortcuts="Alt+ArrowDown"
        disabled={index >= count - 1}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="button quiet danger-quiet okr-small"
        aria-label={t('okrs.deleteItem', { label })}
        onClick={onDelete}
      >
        {t('okrs.delete')}
      </button>
    </div>
  );
}
