import { memo, useCallback, useId } from 'react';
import { editOnePagerText, LIMITS, onePagerText, type OnePagerField } from '../../../shared/model';
import { CollaborativeTextarea } from '../../ui/collaborative-textarea';
import type { TextEdit } from '../../ui/text-diff';
import { useWorkshop, useWorkshopDoc } from '../../state/workshop-context';
import { useOnePagerText } from './use-one-pager-text';

interface OnePagerTextFieldProps {
  readonly field: OnePagerField;
  /** The accessible name of the textbox (a contract: "Purpose", "Vision", "Customers"). */
  readonly label: string;
  readonly hint: string;
  readonly placeholder: string;
}

/** One collaborative text of the one-pager: its label, the hint of what belongs there, the text. */
export const OnePagerTextField = memo(function OnePagerTextField({
  field,
  label,
  hint,
  placeholder,
}: OnePagerTextFieldProps) {
  const doc = useWorkshopDoc();
  const text = useOnePagerStoredText(field);
  const id = useId();
  const hintId = `${id}-hint`;

  const onEdit = useCallback(
    (edit: TextEdit) => {
      // Create the shared text in its own, untracked transaction first: if creating it were
      // part of the first (undoable) edit, undoing that edit would delete the whole field,
      // colleagues' typing included.
      onePagerText(doc, field);
      editOnePagerText(doc, field, edit.index, edit.deleteCount, edit.insert);
    },
    [doc, field],
  );

  return (
    <div
      className={`op-card op-text-card op-${field}`}
      data-record-type="onePager"
      data-record-id={field}
    >
      <label className="op-label" htmlFor={id}>
        {label}
      </label>
      <p className="op-hint" id={hintId}>
        {hint}
      </p>
      <CollaborativeTextarea
        id={id}
        className="op-textarea"
        text={text.shared}
        fallback={text.fallback}
        onEdit={onEdit}
        aria-describedby={hintId}
        placeholder={placeholder}
        maxLength={LIMITS.longText}
        rows={3}
        spellCheck
      />
    </div>
  );
});

/** The shared text, and the store's plain string only while there is no shared text yet. */
function useOnePagerStoredText(field: OnePagerField) {
  const doc = useWorkshopDoc();
  const shared = useOnePagerText(doc, field);
  // Selecting '' while the shared text exists keeps this field from re-rendering per keystroke.
  const fallback = useWorkshop((s) => (shared ? '' : s.texts[field]));
  return { shared, fallback };
}
