import { useEffect } from 'react';
import type * as Y from 'yjs';
import { createStore, useStore } from 'zustand';
import { useOpenWorkshop } from '../../state/workshop-context';
import { useT } from '../../ui/i18n';

interface Toast {
  readonly id: number;
  readonly message: string;
  /** The undo-stack item of a deletion, restorable while it is still the latest edit. */
  readonly undoItem: unknown;
}

const toasts = createStore<{ toast: Toast | null }>()(() => ({ toast: null }));
let nextId = 1;

/** Shows a message in the Drumbeat's status line (replacing the previous one). */
export function showToast(message: string, undoItem: unknown = null): void {
  toasts.setState({ toast: { id: nextId++, message, undoItem } });
}

function dismissToast(): void {
  toasts.setState({ toast: null });
}

/** How long a message stays up; it can also be dismissed, and the next one replaces it. */
const TOAST_MS = 12_000;

const latestItem = (undoManager: Y.UndoManager): unknown =>
  undoManager.undoStack[undoManager.undoStack.length - 1] ?? null;

/**
 * Runs a deletion as its own undo step and returns that step, so the toast can offer to
 * restore exactly it (and only while nothing else was edited since).
 */
export function deleteAsOwnStep(undoManager: Y.UndoManager, remove: () => boolean): unknown {
  undoManager.stopCapturing();
  if (!remove()) return null;
  const item = latestItem(undoManager);
  undoManager.stopCapturing();
  return item;
}

/**
 * The Drumbeat's polite status line: what was just saved or deleted, with a "Restore
 * check-in" button after a deletion (the same step as the shell's Undo / Ctrl+Z).
 */
export function DrumbeatToast() {
  const toast = useStore(toasts, (s) => s.toast);
  const { binding } = useOpenWorkshop();
  const t = useT();

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => {
      if (toasts.getState().toast?.id === toast.id) dismissToast();
    }, TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  useEffect(() => () => dismissToast(), []);

  const restore = () => {
    if (!toast?.undoItem) return;
    if (latestItem(binding.undoManager) === toast.undoItem) {
      binding.undo();
      showToast(t('drumbeat.toast.restored'));
    } else {
      showToast(t('drumbeat.toast.otherEdits'));
    }
  };

  return (
    <div className="drumbeat-toast-slot" role="status" aria-live="polite">
      {toast && (
        <div className="drumbeat-toast">
          <span>{toast.message}</span>
          {toast.undoItem !== null && (
            <button type="button" className="button" onClick={restore}>
              {t('drumbeat.toast.restore')}
            </button>
          )}
          <button type="button" className="button quiet" onClick={dismissToast}>
            {t('drumbeat.toast.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
