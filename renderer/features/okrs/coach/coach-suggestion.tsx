import { useId } from 'react';
import type { Finding } from '../../../../shared/coach';
import { useT } from '../../../ui/i18n';

interface CoachSuggestionProps {
  readonly finding: Finding;
  /** Applies the rewrite as an editable draft; omitted where the set is agreed (read-only). */
  readonly onApply?: (finding: Finding) => void;
}

/**
 * A finding's rewrite: what it would change, the draft wording, and "Apply suggestion",
 * which writes it in one step (undone with Ctrl+Z like any edit).
 */
export function CoachSuggestion({ finding, onApply }: CoachSuggestionProps) {
  const s = finding.suggestion;
  const textId = useId();
  const t = useT();
  if (!s) return null;
  const draft = s.objectiveTitle ?? s.keyResult?.title;
  const addsKeyResult = s.objectiveTitle !== undefined && s.keyResult !== undefined;
  const applicable = s.objectiveTitle !== undefined || s.keyResult !== undefined;
  return (
    <div className="coach-suggestion">
      <p className="coach-suggestion-text" id={textId}>
        <span className="coach-suggestion-label">{t('coachPanel.suggestion')}</span> {s.text}
      </p>
      {draft !== undefined && (
        <p className="coach-suggestion-draft">
          <span className="visually-hidden">{t('coachPanel.draft')}</span>
          {draft}
          {addsKeyResult && (
            <>
              <br />
              <span className="coach-suggestion-kr">
                {t('coachPanel.plusKeyResult', { title: s.keyResult!.title })}
              </span>
            </>
          )}
          {s.initiative && (
            <>
              <br />
              <span className="coach-suggestion-kr">
                {t('coachPanel.plusInitiative', { title: s.initiative })}
              </span>
            </>
          )}
        </p>
      )}
      {onApply && applicable && (
        <button
          type="button"
          className="button coach-apply"
          aria-describedby={textId}
          onClick={() => onApply(finding)}
        >
          {t('coachPanel.apply')}
        </button>
      )}
    </div>
  );
}
