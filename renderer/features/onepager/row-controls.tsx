import type { KeyboardEvent } from 'react';
import { useT } from '../../ui/i18n';

/**
 * Alt+ArrowUp / Alt+ArrowDown anywhere in a row moves it. Returns true when it handled the
 * key. The focused element is focused again after the move: React moves DOM nodes to
 * reorder, and a moved node loses focus.
 */
export function handleMoveKeys(
  event: KeyboardEvent,
  index: number,
  count: number,
  move: (to: number) => void,
): boolean {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  const to = event.key === 'ArrowUp' ? index - 1 : event.key === 'ArrowDown' ? index + 1 : -1;
  if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return false;
  event.preventDefault();
  if (to < 0 || to >= count) return true;
  moveKeepingFocus(() => move(to));
  return true;
}

/**
 * Runs a reorder and gives focus back to the element that had it, once React has re-rendered.
 * Only if focus is still lost then (on the page, or on the now disabled button): a frame can
 * come late on a loaded machine, and a field the person has moved on to keeps its focus.
 */
function moveKeepingFocus(move: () => void, fallbackFocusId?: string): void {
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  move();
  requestAnimationFrame(() => {
    const now = document.activeElement;
    if (now !== null && now !== document.body && now !== active) return;
    const usable = active && active.isConnected && !(active as HTMLButtonElement).disabled;
    if (usable) {
      if (now !== active) active.focus();
    } else if (fallbackFocusId) {
      document.getElementById(fallbackFocusId)?.focus();
    }
  });
}

interface RowControlsProps {
  /** How the row is named to a screen reader: its title, or "focus area 2". */
  readonly name: string;
  readonly index: number;
  readonly count: number;
  /** The row's first field, focused when a move button becomes disabled under the focus. */
  readonly fieldId: string;
  readonly onMove: (to: number) => void;
  readonly onDelete: () => void;
}

/** Move up, move down and delete, for one row of an ordered list. */
export function RowControls({ name, index, count, fieldId, onMove, onDelete }: RowControlsProps) {
  const t = useT();
  return (
    <div className="op-row-controls">
      <button
        type="button"
        className="button quiet op-icon-button"
        aria-label={t('onepager.moveUp', { name })}
        title={t('onepager.moveUpTitle')}
        aria-keyshortcuts="Alt+ArrowUp"
        disabled={index === 0}
        onClick={() => moveKeepingFocus(() => onMove(index - 1), fieldId)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="button quiet op-icon-button"
        aria-label={t('onepager.moveDown', { name })}
        title={t('onepager.moveDownTitle')}
        aria-keyshortcuts="Alt+ArrowDown"
        disabled={index >= count - 1}
        onClick={() => moveKeepingFocus(() => onMove(index + 1), fieldId)}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        className="button quiet danger-quiet op-icon-button"
        aria-label={t('onepager.delete', { name })}
        title={t('onepager.deleteTitle')}
        onClick={onDelete}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
