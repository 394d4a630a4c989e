import { useEffect } from 'react';
import type * as Y from 'yjs';
import { createStore, useStore } from 'zustand';
import { useOpenWorkshop } from '../../state/workshop-context';
import { useT } from '../../ui/i18n';

interface Deletion {
  /** What was deleted, as a sentence: `Deleted focus area “Growth”.` */
  readonly message: string;
  /** The element to focus once the deletion is undone (the restored row's first field). */
  readonly restoreFocusId?: string;
  readonly key: number;
}

const deletions = createStore<{ last: Deletion | null }>()(() => ({ last: null }));
let nextKey = 1;

/**
 * Deletes as its own undo step and offers to undo it: deleting is immediate (no
 * confirmation in front of a room), and one click or Ctrl/Cmd+Z brings it back. The step
 * is cut off on both sides so undo restores exactly the deletion, not the typing before it.
 */
export function deleteWithUndo(
  undoManager: Y.UndoManager,
  message: string,
  remove: () => boolean,
  restoreFocusId?: string,
): void {
  undoManager.stopCapturing();
  if (!remove()) return;
  undoManager.stopCapturing();
  deletions.setState({ last: { message, restoreFocusId, key: nextKey++ } });
}

const HIDE_AFTER_MS = 15_000;

/**
 * The "Deleted … Undo delete" bar. It leaves as soon as the undo stack moves (another
 * edit, or an undo by keyboard), so its button always undoes the deletion it names.
 */
export function DeletionNotice() {
  const { binding } = useOpenWorkshop();
  const t = useT();
  const last = useStore(deletions, (s) => s.last);

  useEffect(() => {
    if (!last) return;
    const hide = () => deletions.setState({ last: null });
    const manager = binding.undoManager;
    manager.on('stack-item-added', hide);
    manager.on('stack-item-popped', hide);
    const timer = window.setTimeout(hide, HIDE_AFTER_MS);
    return () => {
      manager.off('stack-item-added', hide);
      manager.off('stack-item-popped', hide);
      window.clearTimeout(timer);
    };
  }, [binding, last]);

  // Leaving the page drops the offer: the undo would act on a page no longer in view.
  useEffect(() => () => deletions.setState({ last: null }), []);

  const undo = () => {
    const focusId = last?.restoreFocusId;
    binding.undo();
    if (focusId) requestAnimationFrame(() => document.getElementById(focusId)?.focus());
  };

  return (
    <div className="op-deletion" role="status">
      {last && (
        <div className="op-deletion-bar" key={last.key}>
          <span>{last.message}</span>
          <button type="button" className="button" onClick={undo}>
            {t('onepager.undoDelete')}
          </button>
          <button
            type="button"
            className="button quiet"
            aria-label={t('onepager.dismiss')}
            onClick={() => deletions.setState({ last: null })}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
