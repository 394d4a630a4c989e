import { deleteCheckIn, type CheckIn, type KeyResult } from '../../../shared/model';
import { useOpenWorkshop } from '../../state/workshop-context';
import { deleteAsOwnStep, showToast } from './drumbeat-toast';
import { formatDate, formatNumber, withUnit } from './format';
import { useT } from '../../ui/i18n';

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
  const t = useT();
  if (checkIns.length === 0) {
    return <p className="muted history-empty">{t('drumbeat.history.none')}</p>;
  }
  const remove = (c: CheckIn) => {
    const item = deleteAsOwnStep(binding.undoManager, () => deleteCheckIn(doc, c.id));
    if (item === null) return;
    showToast(t('drumbeat.history.deleted', { date: formatDate(c.date), title: kr.title }), item);
  };
  return (
    <table className="check-in-history">
      <caption className="visually-hidden">
        {t('drumbeat.history.caption', { title: kr.title })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('drumbeat.form.date')}</th>
          <th scope="col">{t('drumbeat.form.value')}</th>
          <th scope="col">{t('drumbeat.form.confidence')}</th>
          <th scope="col">{t('drumbeat.form.note')}</th>
          <th scope="col">{t('drumbeat.history.by')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('drumbeat.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {[...checkIns].reverse().map((c) => (
          <tr key={c.id}>
            <td className="history-date">
              {formatDate(c.date)}
              {c.date > today && (
                <span className="future-tag">{t('drumbeat.history.afterToday')}</span>
              )}
            </td>
            <td>{withUnit(c.value, kr.unit)}</td>
            <td>
              {formatNumber(c.confidence)}/10
              {c.confidenceRound && <span className="muted">{t('drumbeat.history.round')}</span>}
            </td>
            <td className="history-note">{c.note || <span className="muted">—</span>}</td>
            <td className="history-author">{c.author || <span className="muted">—</span>}</td>
            <td className="history-actions">
              <button type="button" className="button quiet" onClick={() => onEdit(c)}>
                {t('drumbeat.history.edit')}
                <span className="visually-hidden">
                  {t('drumbeat.history.ofDate', { date: c.date })}
                </span>
              </button>
              <button type="button" className="button quiet danger-quiet" onClick={() => remove(c)}>
                {t('drumbeat.history.delete')}
                <span className="visually-hidden">
                  {t('drumbeat.history.ofDate', { date: c.date })}
                </span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
