import { deleteCheckIn, type CheckIn, type KeyResult } from '../../../shared/model';
import { useOpenWorkshop } from '../../state/workshop-context';
import { deleteAsOwnStep, showToast } from './drumbeat-toast';
import { formatDate, formatNumber, withUnit } from './format';

interface CheckInHistoryProps {
  readonly keyResult: KeyResult;
  /** Oldest first, as the store keeps them; shown newest first. */
  readonly checkIns: readonly CheckIn[];
  readonly today: string;
  readonly onEdit: (checkIn: CheckIn) => void;
}

/**
 * The past check-ins of one key result, newest first, each with Edit and Delete. Delete
 * acts at once (no confirmation): it is one undo step, offered back in the status line.
 */
export function CheckInHistory({ keyResult: kr, checkIns, today, onEdit }: CheckInHistoryProps) {
  const { doc, binding } = useOpenWorkshop();
  if (checkIns.length === 0) {
    return <p className="muted history-empty">No check-ins yet.</p>;
  }
  const remove = (c: CheckIn) => {
    const item = deleteAsOwnStep(binding.undoManager, () => deleteCheckIn(doc, c.id));
    if (item === null) return;
    showToast(
      `Deleted the check-in of ${formatDate(c.date)} on “${kr.title}”. Undo (Ctrl+Z) brings it back.`,
      item,
    );
  };
  return (
    <table className="check-in-history">
      <caption className="visually-hidden">Check-ins of {kr.title}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Value</th>
          <th scope="col">Confidence</th>
          <th scope="col">Note</th>
          <th scope="col">By</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {[...checkIns].reverse().map((c) => (
          <tr key={c.id}>
            <td className="history-date">
              {formatDate(c.date)}
              {c.date > today && <span className="future-tag"> (after today)</span>}
            </td>
            <td>{withUnit(c.value, kr.unit)}</td>
            <td>
              {formatNumber(c.confidence)}/10
              {c.confidenceRound && <span className="muted"> (round)</span>}
            </td>
            <td className="history-note">{c.note || <span className="muted">—</span>}</td>
            <td className="history-author">{c.author || <span className="muted">—</span>}</td>
            <td className="history-actions">
              <button type="button" className="button quiet" onClick={() => onEdit(c)}>
                Edit<span className="visually-hidden"> check-in of {c.date}</span>
              </button>
              <button type="button" className="button quiet danger-quiet" onClick={() => remove(c)}>
                Delete<span className="visually-hidden"> check-in of {c.date}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
