import { useId } from 'react';
import { HINTS, type Finding, type Severity } from '../../../../shared/coach';

const SEVERITY_TEXT: Readonly<Record<Severity, { icon: string; label: string }>> = {
  error: { icon: '⛔', label: 'Error' },
  warning: { icon: '⚠', label: 'Warning' },
  info: { icon: 'ℹ', label: 'Note' },
};

interface CoachHintProps {
  readonly finding: Finding;
  /** The room keeps the item as it is ("we mean it"); omit to hide the button (read-only viewers). */
  readonly onDismiss?: (finding: Finding) => void;
}

/**
 * One coach finding: severity (icon and word, never colour alone), the message, an
 * expandable why / how to fix / good vs weak example, and a Dismiss button.
 */
export function CoachHint({ finding, onDismiss }: CoachHintProps) {
  const hint = HINTS[finding.rule];
  const severity = SEVERITY_TEXT[finding.severity];
  const messageId = useId();
  return (
    <div className={`coach-hint coach-${finding.severity}`} data-rule={finding.rule}>
      <p className="coach-hint-line">
        <span className="coach-severity">
          <span aria-hidden="true">{severity.icon}</span> {severity.label}:
        </span>{' '}
        <span id={messageId}>{finding.message}</span>
      </p>
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
