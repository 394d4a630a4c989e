import type { MouseEvent } from 'react';
import type { Finding, FindingTarget } from '../../../../shared/coach';
import type { Workshop } from '../../../../shared/model';
import { useT } from '../../../ui/i18n';
import { CoachHint } from './coach-hint';
import { coachTargetDomId, countBySeverity, groupByTarget, targetLabel } from './coach-targets';

interface CoachPanelProps {
  readonly findings: readonly Finding[];
  readonly onDismiss?: (finding: Finding) => void;
  readonly onApply?: (finding: Finding) => void;
  /** Used only for the titles of the groups. */
  readonly workshop?: Workshop | null;
  /** Moves focus to the item's editor; by default the element with `coachTargetDomId(target)`. */
  readonly onFocusTarget?: (target: FindingTarget) => void;
}

function focusById(target: FindingTarget): void {
  const el = document.getElementById(coachTargetDomId(target));
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  // The editor's container may not be focusable itself: focus its first field.
  const field = el.matches('input, textarea, [contenteditable], button, [tabindex]')
    ? el
    : el.querySelector<HTMLElement>('input, textarea, [contenteditable], button, [tabindex]');
  (field ?? el).focus();
}

/**
 * The region named "Coach" (that accessible name is a contract): summary counts, then the
 * findings grouped by item, each group linking to — and focusing — its item.
 */
export function CoachPanel({
  findings,
  onDismiss,
  onApply,
  workshop,
  onFocusTarget,
}: CoachPanelProps) {
  const t = useT();
  const counts = countBySeverity(findings);
  const groups = groupByTarget(findings);
  const go = (target: FindingTarget) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    (onFocusTarget ?? focusById)(target);
  };
  return (
    <section aria-label={t('coachPanel.name')} className="coach-panel">
      <h3 className="coach-panel-title">{t('coachPanel.name')}</h3>
      <p className="coach-summary" role="status">
        {findings.length === 0
          ? t('coachReport.noHints')
          : // Only the kinds there are: "0 errors" reads like an error at a glance.
            [
              counts.error > 0 && t('coachReport.errors', { count: counts.error }),
              counts.warning > 0 && t('coachReport.warnings', { count: counts.warning }),
              counts.info > 0 && t('coachReport.notes', { count: counts.info }),
            ]
              .filter(Boolean)
              .join(' · ')}
      </p>
      {groups.length > 0 && (
        <ul className="coach-groups">
          {groups.map((g) => (
            <li key={`${g.target.type}:${g.target.id}`} className="coach-group">
              {g.target.type === 'workshop' ? (
                <h4 className="coach-group-title">{targetLabel(t, g.target, workshop)}</h4>
              ) : (
                <h4 className="coach-group-title">
                  <a href={`#${coachTargetDomId(g.target)}`} onClick={go(g.target)}>
                    {targetLabel(t, g.target, workshop)}
                  </a>
                </h4>
              )}
              <ul className="coach-slot">
                {g.findings.map((f) => (
                  <li key={`${f.rule}:${f.target.id}`}>
                    <CoachHint finding={f} onDismiss={onDismiss} onApply={onApply} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
