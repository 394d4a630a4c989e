import {
  memo,
  useCallback,
  useLayoutEffect,
  useRef,
  type FormEvent,
  type TextareaHTMLAttributes,
} from 'react';
import * as Y from 'yjs';
import {
  changeEnd,
  diffToEdit,
  mapIndex,
  mapSelection,
  type TextDelta,
  type TextEdit,
} from './text-diff';
import './collaborative-textarea.css';

type NativeProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'defaultValue' | 'onChange' | 'onInput' | 'onCompositionStart' | 'onCompositionEnd'
>;

interface CollaborativeTextareaProps extends NativeProps {
  /** The shared text shown and edited; null while it does not exist yet (the first edit makes it). */
  readonly text: Y.Text | null;
  /** What to show while `text` is null (e.g. a legacy plain-string value). */
  readonly fallback?: string;
  /**
   * Applies one edit to the shared text as ONE local transaction (LOCAL_ORIGIN, so the
   * workshop's undo takes it back), e.g. `editOnePagerText(doc, field, e.index, …)`.
   */
  readonly onEdit: (edit: TextEdit) => void;
}

// Chromium ≥ 123 (and so Electron) sizes the textarea to its content in CSS; elsewhere JS does.
const cssAutoGrow = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

function autoGrow(el: HTMLTextAreaElement): void {
  if (cssAutoGrow) return;
  el.style.height = 'auto';
  el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
}

/**
 * A textarea bound to a Y.Text so that several people typing into the same field merge
 * character by character. Each input becomes one range edit (common prefix and suffix of
 * the old and new value); other people's edits, and undo/redo, update the value in place
 * and keep the local caret and selection where they were by mapping them through the
 * change's delta. While an IME composes, the value is left alone (touching it would break
 * the composition): changes that arrive meanwhile are queued and the composed text is
 * merged when the composition ends.
 *
 * The textarea is uncontrolled on purpose: React re-rendering a controlled value would
 * reset the caret on every remote keystroke. It observes the Y.Text directly (not the
 * store's string) so the caret is mapped through the exact change.
 */
export const CollaborativeTextarea = memo(function CollaborativeTextarea({
  text,
  fallback = '',
  onEdit,
  className,
  ...rest
}: CollaborativeTextareaProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const textRef = useRef<Y.Text | null>(text);
  const onEditRef = useRef(onEdit);
  /** The shared text's value as the textarea last showed it: the base of the next diff. */
  const synced = useRef('');
  const composing = useRef(false);
  /** Changes by others that arrived during a composition, oldest first. */
  const queued = useRef<TextDelta[]>([]);
  /** True while this textarea's own edit is being applied: its change is not "remote". */
  const applying = useRef(false);

  useLayoutEffect(() => {
    onEditRef.current = onEdit;
  }, [onEdit]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    textRef.current = text;
    const value = text ? text.toString() : fallback;
    if (!composing.current) {
      if (el.value !== value) replaceValue(el, value, null);
      synced.current = value;
    }
    autoGrow(el);
    if (!text) return;

    const onChange = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (applying.current) return;
      // event.delta is computed lazily from the transaction: read it inside the handler.
      const delta = event.delta as TextDelta;
      if (composing.current) {
        queued.current.push(delta);
        return;
      }
      const next = text.toString();
      let selection = mapSelection({ start: el.selectionStart, end: el.selectionEnd }, delta);
      // After one's own undo or redo the caret goes to where the text changed, as in any editor.
      if (transaction.origin instanceof Y.UndoManager && document.activeElement === el) {
        const end = changeEnd(delta);
        if (end !== null) selection = { start: end, end };
      }
      synced.current = next;
      replaceValue(el, next, selection);
    };
    text.observe(onChange);
    return () => text.unobserve(onChange);
  }, [text, fallback]);

  /** Turns what the textarea shows now into one edit of the shared text. */
  const commit = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const value = el.value;
    let edit = diffToEdit(synced.current, value, el.selectionEnd);
    const pending = queued.current;
    queued.current = [];
    if (edit && pending.length > 0) {
      // The edit was made against the text before the queued changes: move it past them.
      let start = edit.index;
      let end = edit.index + edit.deleteCount;
      for (const delta of pending) {
        start = mapIndex(start, delta, 'before');
        end = Math.max(start, mapIndex(end, delta, 'before'));
      }
      edit = { index: start, deleteCount: end - start, insert: edit.insert };
    }
    if (edit) {
      applying.current = true;
      try {
        onEditRef.current(edit);
      } finally {
        applying.current = false;
      }
    }
    const shared = textRef.current;
    if (!shared) {
      // The first edit creates the shared text; the re-render that follows binds to it.
      synced.current = value;
    } else {
      const now = shared.toString();
      synced.current = now;
      // A limit clamped the edit, or queued changes are merged in: show the shared value.
      if (now !== value) {
        const caret = edit ? Math.min(now.length, edit.index + edit.insert.length) : null;
        replaceValue(el, now, caret === null ? null : { start: caret, end: caret });
      }
    }
    autoGrow(el);
  }, []);

  const onInput = useCallback(
    (event: FormEvent<HTMLTextAreaElement>) => {
      if (composing.current || (event.nativeEvent as InputEvent).isComposing) return;
      commit();
    },
    [commit],
  );

  const onCompositionStart = useCallback(() => {
    composing.current = true;
    queued.current = [];
  }, []);

  const onCompositionEnd = useCallback(() => {
    composing.current = false;
    commit();
  }, [commit]);

  return (
    <textarea
      {...rest}
      ref={ref}
      className={className ? `collab-textarea ${className}` : 'collab-textarea'}
      onInput={onInput}
      onCompositionStart={onCompositionStart}
      onCompositionEnd={onCompositionEnd}
    />
  );
});

/** Sets the value without losing the selection (setting `value` moves the caret to the end). */
function replaceValue(
  el: HTMLTextAreaElement,
  value: string,
  selection: { start: number; end: number } | null,
): void {
  const keep = selection ?? { start: el.selectionStart, end: el.selectionEnd };
  const direction = el.selectionDirection;
  el.value = value;
  const start = Math.min(keep.start, value.length);
  const end = Math.min(Math.max(keep.end, start), value.length);
  el.setSelectionRange(start, end, direction);
  autoGrow(el);
}
