import type { Finding } from '../../../../shared/coach';
import { useT } from '../../../ui/i18n';
import { CoachHint } from './coach-hint';

interface CoachSlotProps {
  /** The findings for one objective or key result (others are ignored by the caller). */
  readonly findings: readonly Finding[];
  readonly onDismiss?: (finding: Finding) => void;
  readonly onApply?: (finding: Finding) => void;
}

/** The coach hints shown beside one objective or key result; renders nothing when all is well. */
export function CoachSlot({ findings, onDismiss, onApply }: CoachSlotProps) {
  const t = useT();
  if (findings.length === 0) return null;
  return (
    <ul className="coach-slot" aria-label={t('coachPanel.hints')}>
      {findings.map((f) => (
        <li key={`${f.rule}:${f.target.id}`}>
          <CoachHint finding={f} onDismiss={onDismiss} onApply={onApply} withExamples />
        </li>
      ))}
    </ul>
  );
}
