import { useWorkshop } from '../state/workshop-context';
import { useT } from '../ui/i18n';

/**
 * Says when data written by another device could not be read as it was (and was skipped or
 * corrected), with the details one click away: a bad peer is visible, never a crash.
 */
export function ProblemsStatus() {
  const t = useT();
  const count = useWorkshop((s) => s.problemCount);
  const problems = useWorkshop((s) => s.problems);
  if (count === 0) return null;
  return (
    <div className="problems-status" role="status">
      <details>
        <summary>{t('app.problems', { count })}</summary>
        <ul className="problem-list">
          {problems.map((p, i) => (
            <li key={i}>
              <code>{p.where}</code>: {p.message}
            </li>
          ))}
          {count > problems.length && (
            <li>{t('app.moreProblems', { count: count - problems.length })}</li>
          )}
        </ul>
      </details>
    </div>
  );
}
