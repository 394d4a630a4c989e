import { useWorkshop } from '../state/workshop-context';

/**
 * Says when data written by another device could not be read as it was (and was skipped or
 * corrected), with the details one click away: a bad peer is visible, never a crash.
 */
export function ProblemsStatus() {
  const count = useWorkshop((s) => s.problemCount);
  const problems = useWorkshop((s) => s.problems);
  if (count === 0) return null;
  return (
    <div className="problems-status" role="status">
      <details>
        <summary>
          {count === 1 ? '1 problem' : `${count} problems`} in data from another device{' '}
          {count === 1 ? 'was' : 'were'} skipped or corrected
        </summary>
        <ul className="problem-list">
          {problems.map((p, i) => (
            <li key={i}>
              <code>{p.where}</code>: {p.message}
            </li>
          ))}
          {count > problems.length && <li>… and {count - problems.length} more</li>}
        </ul>
      </details>
    </div>
  );
}
