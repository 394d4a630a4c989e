import { memo, useId, useState } from 'react';
import { formatGrade, type KrGrade } from '../../../shared/drumbeat';
import { clearGrade, setGrade, type KeyResult } from '../../../shared/model';
import { useWorkshopDoc } from '../../state/workshop-context';
import { parseNumber } from './format';
import { useLanguage, useT } from '../../ui/i18n';

/**
 * A grade as typed: "0.7", "0,7", ".7" or "1" — what the field shows in any language reads
 * back (parseNumber takes the comma the German and Italian fields show); null unless it is a
 * number from 0 to 1.
 */
export function parseGrade(text: string): number | null {
  const n = parseNumber(text);
  return n !== null && n >= 0 && n <= 1 ? Math.round(n * 100) / 100 : null;
}

interface GradeRowProps {
  readonly keyResult: KeyResult;
  readonly grade: KrGrade;
  /** Where progress ended, in words ("64 % progress"), for the suggestion's basis. */
  readonly progress: string;
}

/**
 * One key result's grade: the suggestion from progress, the team's grade (0.0–1.0) and
 * why. The grade is written as soon as it is a number from 0 to 1 (one undo step each);
 * the reason when the field is left. "Use suggestion" takes the suggested grade as the
 * team's; "Clear" goes back to the suggestion.
 */
export const GradeRow = memo(function GradeRow({ keyResult: kr, grade, progress }: GradeRowProps) {
  const doc = useWorkshopDoc();
  const id = useId();
  const language = useLanguage();
  const stored = grade.graded && grade.score !== null ? formatGrade(grade.score, language) : '';
  const [draft, setDraft] = useState<string | null>(null);
  const [reasonDraft, setReasonDraft] = useState<string | null>(null);
  const shown = draft ?? stored;
  const invalid = draft !== null && draft.trim() !== '' && parseGrade(draft) === null;
  const t = useT();
  const title = kr.title || t('drumbeat.untitledKr');

  // The field keeps what is typed ("0." on the way to "0.7") until it is left; each valid
  // number is written at once, so the room sees the grade as it is typed.
  const changeGrade = (text: string) => {
    setDraft(text);
    const score = parseGrade(text);
    if (score !== null) setGrade(doc, kr.id, { score });
  };
  const saveReason = () => {
    if (reasonDraft === null) return;
    const reason = reasonDraft.trim();
    setReasonDraft(null);
    if (reason === grade.reason) return;
    // A reason needs a grade to belong to: the suggestion, until the team changes it.
    setGrade(doc, kr.id, {
      reason,
      ...(grade.graded ? {} : { score: grade.suggested ?? 0 }),
    });
  };
  const below = grade.score !== null && grade.score < grade.expected - 1e-9;

  return (
    <li className={`grade-row${below ? ' grade-below' : ''}`}>
      <div className="grade-kr">
        <span className="grade-kr-title" id={`${id}-title`}>
          {title}
        </span>
        <span className="muted grade-basis">
          {progress}
          {grade.suggested !== null &&
            t('drumbeatReview.suggested', { grade: formatGrade(grade.suggested, language) })}
          {t('drumbeatReview.expected', { grade: formatGrade(grade.expected, language) })}
        </span>
      </div>
      <div className="field grade-field">
        <label htmlFor={`${id}-grade`}>
          {t('drumbeatReview.grade')}
          <span className="visually-hidden">{t('drumbeatReview.forTitle', { title })}</span>
        </label>
        <input
          id={`${id}-grade`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="grade-input"
          value={shown}
          placeholder={
            grade.suggested !== null
              ? formatGrade(grade.suggested, language)
              : `${formatGrade(0, language)}–${formatGrade(1, language)}`
          }
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-title${invalid ? ` ${id}-error` : ''}`}
          onChange={(e) => changeGrade(e.target.value)}
          onBlur={() => setDraft(null)}
        />
        {invalid && (
          <p id={`${id}-error`} className="field-error">
            {t('drumbeatReview.invalid')}
          </p>
        )}
      </div>
      <div className="field grade-reason">
        <label htmlFor={`${id}-reason`}>
          {t('drumbeatReview.reason')}
          <span className="visually-hidden">{t('drumbeatReview.forTitle', { title })}</span>
        </label>
        <input
          id={`${id}-reason`}
          type="text"
          autoComplete="off"
          maxLength={2000}
          value={reasonDraft ?? grade.reason}
          placeholder={t('drumbeatReview.why')}
          onChange={(e) => setReasonDraft(e.target.value)}
          onBlur={saveReason}
          onKeyDown={(e) => {
            if (e.key === 'Enter') saveReason();
          }}
        />
      </div>
      <div className="grade-actions">
        {grade.graded ? (
          <button type="button" className="button quiet" onClick={() => clearGrade(doc, kr.id)}>
            {t('drumbeatReview.clear')}
            <span className="visually-hidden">{t('drumbeatReview.clearOf', { title })}</span>
          </button>
        ) : (
          grade.suggested !== null && (
            <button
              type="button"
              className="button"
              onClick={() => setGrade(doc, kr.id, { score: grade.suggested! })}
            >
              {t('drumbeatReview.useSuggestion')}
              <span className="visually-hidden">{t('drumbeatReview.forTitle', { title })}</span>
            </button>
          )
        )}
      </div>
    </li>
  );
});
