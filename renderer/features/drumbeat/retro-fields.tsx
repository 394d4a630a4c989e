import { memo, useCallback, useId } from 'react';
import {
  editRetroText,
  LIMITS,
  RETRO_FIELDS,
  retroText,
  type RetroField,
} from '../../../shared/model';
import { CollaborativeTextarea } from '../../ui/collaborative-textarea';
import type { TextEdit } from '../../ui/text-diff';
import { useWorkshop, useWorkshopDoc } from '../../state/workshop-context';
import { useRetroText } from './use-retro-text';
import { useT } from '../../ui/i18n';

const RetroField = memo(function RetroField({
  objectiveId,
  field,
}: {
  objectiveId: string | null;
  field: RetroField;
}) {
  const doc = useWorkshopDoc();
  const text = useRetroText(doc, objectiveId, field);
  // The store's string only while there is no shared text yet (a file's plain value).
  const fallback = useWorkshop((s) =>
    text
      ? ''
      : objectiveId === null
        ? s.cycleRetro[field]
        : (s.retrospectives[objectiveId]?.[field] ?? ''),
  );
  const id = useId();
  const t = useT();
  const onEdit = useCallback(
    (edit: TextEdit) => {
      // Created in its own, untracked transaction first: undoing the first keystroke must
      // not remove the answer with colleagues' text in it.
      retroText(doc, objectiveId, field);
      editRetroText(doc, objectiveId, field, edit.index, edit.deleteCount, edit.insert);
    },
    [doc, objectiveId, field],
  );
  return (
    <div className="retro-field">
      {/* The four questions, the same words as the previous cycle's summary in OKR drafting. */}
      <label htmlFor={id}>{t(`okrs.previous.questions.${field}`)}</label>
      <CollaborativeTextarea
        id={id}
        className="retro-textarea"
        text={text}
        fallback={fallback}
        onEdit={onEdit}
        placeholder={t(`drumbeatReview.retroHints.${field}`)}
        maxLength={LIMITS.longText}
        rows={2}
        spellCheck
      />
    </div>
  );
});

/**
 * A retrospective typed together, like the one-pager: one collaborative text per question.
 * `objectiveId` null is the cycle's own. A group named by `title`, so each objective's
 * "What worked" is told apart by assistive technology.
 */
export function RetroFields({ objectiveId, title }: { objectiveId: string | null; title: string }) {
  return (
    <fieldset className="retro">
      <legend>{title}</legend>
      <div className="retro-grid">
        {RETRO_FIELDS.map((field) => (
          <RetroField key={field} objectiveId={objectiveId} field={field} />
        ))}
      </div>
    </fieldset>
  );
}
