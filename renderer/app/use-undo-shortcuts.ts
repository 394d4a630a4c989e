import { useEffect } from 'react';

/**
 * Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z and Ctrl+Y redo — everywhere in the workshop shell,
 * text fields included. The policy: every field of a workshop is bound to the doc, each
 * keystroke being a local Yjs transaction, so the browser's own per-field undo would
 * disagree with the document; the workshop's Y.UndoManager is the one history, and the
 * browser's is suppressed (also when it is reached through the context menu: the
 * `historyUndo` / `historyRedo` input events). A field that is NOT bound to the doc (a
 * search box, a dialog's input) opts out with a `data-native-undo` attribute on itself or
 * an ancestor, and keeps the browser's behaviour. While an IME composes, keys are left alone.
 */
export function useUndoShortcuts(undo: () => void, redo: () => void): void {
  useEffect(() => {
    const optedOut = (target: EventTarget | null) =>
      target instanceof Element && target.closest('[data-native-undo]') !== null;

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.altKey || !(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      const isUndo = key === 'z' && !event.shiftKey;
      const isRedo =
        (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey && event.ctrlKey);
      if (!isUndo && !isRedo) return;
      if (optedOut(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      if (isUndo) undo();
      else redo();
    };
    const onBeforeInput = (event: InputEvent) => {
      if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return;
      if (optedOut(event.target)) return;
      event.preventDefault();
      if (event.inputType === 'historyUndo') undo();
      else redo();
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('beforeinput', onBeforeInput, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('beforeinput', onBeforeInput, true);
    };
  }, [undo, redo]);
}
