import { useId, useMemo, type ReactNode } from 'react';
import { HINTS, type Finding, type Severity } from '../../../../shared/coach';
import { localiseFinding } from '../../../../shared/i18n';
import { useLanguage, useT } from '../../../ui/i18n';
import { IconError, IconInfo, IconWarning } from '../../../ui/icons';
import { CoachExamples } from './coach-examples';
import { CoachSuggestion } from './coach-suggestion';

// Drawn, not typed: '⛔' is missing from common Linux fonts (it showed as an empty box).
const SEVERITY_ICON: Readonly<Record<Severity, ReactNode>> = {
  error: <IconError />,
  warning: <IconWarning />,
  info: <IconInfo />,
};

interface CoachHintProps {
  readonly finding: Finding;
  /** The room keeps the item as it is ("we mean it"); omit to hide the button (read-only viewers). */
  readonly onDismiss?: (finding: Finding) => void;
  /** Writes the finding's rewrite; omit to show the suggestion without the button. */
  readonly onApply?: (finding: Finding) => void;
  /** Beside the item (not in the summary panel): also show published examples. */
  readonly withExamples?: boolean;
}

/**
 * One coach finding: severity (icon and word, never colour alone), the message, an
 * expandable why / how to fix / good vs weak example, and a Dismiss button. All of it in
 * the workshop's language: the message and suggestion rendered whole from their ids
 * (`localiseFinding`), the why and how from the coach's hints in that language.
 */
export function CoachHint({ finding, onDismiss, onApply, withExamples = false }: CoachHintProps) {
  const t = useT();
  const language = useLanguage();
  const shown = useMemo(() => localiseFinding(finding, language), [finding, language]);
  // The coach's hints sit beside the typed sections (shared/i18n/resources/index.ts).
  const hintText = (part: 'why' | 'fix' | 'good' | 'weak') =>
    (t as (key: string) => string)(`coachHints.${finding.rule}.${part}`);
  const hint = HINTS[finding.rule];
  const messageId = useId();
  return (
    <div className={`coach-hint coach-${finding.severity}`} data-rule={finding.rule}>
      <p className="coach-hint-line">
        <span className="coach-severity">
          {SEVERITY_ICON[finding.severity]} {t(`coachPanel.severity.${finding.severity}`)}:
        </span>{' '}
        <span id={messageId}>{shown.message}</span>
      </p>
      <CoachSuggestion finding={shown} onApply={onApply ? () => onApply(finding) : undefined} />
      {withExamples && <CoachExamples finding={finding} />}
      {hint && (
        <details className="coach-details">
          <summary>{t('coachPanel.whyFix')}</summary>
          <dl>
            <dt>{t('coachPanel.whyMatters')}</dt>
            <dd>{hintText('why')}</dd>
            <dt>{t('coachPanel.howFix')}</dt>
            <dd>{hintText('fix')}</dd>
            <dt>{t('coachPanel.good')}</dt>
            <dd className="coach-example coach-example-good">{hintText('good')}</dd>
            <dt>{t('coachPanel.weak')}</dt>
            <dd className="coach-example coach-example-weak">{hintText('weak')}</dd>
          </dl>
        </details>
      )}
      {onDismiss && (
        <button
          type="button"
          className="coach-dismiss"
          aria-describedby={messageId}
          title={t('coachPanel.dismissTitle')}
          onClick={() => onDismiss(finding)}
        >
          {t('coachPanel.dismiss')}
        </button>
      )}
    </div>
  );
}
