import { useId, type ReactNode } from 'react';
import { HINTS, type Finding, type Severity } from '../../../../shared/coach';
import { IconError, IconInfo, IconWarning } from '../../../ui/icons';
import { CoachExamples } from './coach-examples';
import { CoachSuggestion } from './coach-suggestion';

// Drawn, not typed: '⛔' is missing from common Linux fonts (it showed as an empty box).
const SEVERITY_TEXT: Readonly<Record<Severity, { icon: ReactNode; label: string }>> = {
  error: { icon: <IconError />, label: 'Error' },
  warning: { icon: <IconWarning />, label: 'Warning' },
  info: { icon: <IconInfo />, label: 'Note' },
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
 * expandable why / how to fix / good vs weak example, and a Dismiss button.
 */
export function CoachHint({ finding, onDismiss, onApply, withExamples = false }: CoachHintProps) {
  const hint = HINTS[finding.rule];
  const severity = SEVERITY_TEXT[finding.severity];
  const messageId = useId();
  return (
    <div className={`coach-hint coach-${finding.severity}`} data-rule={finding.rule}>
      <p className="coach-hint-line">
        <span className="coach-severity">
          {severity.icon} {severity.label}:
        </span>{' '}
        <span id={messageId}>{finding.message}</span>
      </p>
      <CoachSuggestion finding={finding} onApply={onApply} />
      {withExamples && <CoachExamples finding={finding} />}
      {hint && (
        <details className="coach-details">
          <summary>Why, and how to fix it</summary>
          <dl>
            <dt>Why it matters</dt>
            <dd>{hint.why}</dd>
            <dt>How to fix it</dt>
            <dd>{hint.fix}</dd>
            <dt>Good</dt>
            <dd className="coach-example coach-example-good">{hint.good}</dd>
            <dt>Weak</dt>
            <dd className="coach-example coach-example-weak">{hint.weak}</dd>
          </dl>
        </details>
      )}
      {onDismiss && (
        <button
          type="button"
          className="coach-dismiss"
          aria-describedby={messageId}
          title="We mean it: hide this hint on this item for everyone"
          onClick={() => onDismiss(finding)}
        >
          Dismiss
        </button>
      )}
    </div>
  );
}
