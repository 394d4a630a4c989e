import { useId } from 'react';
import type { ChecklistItem } from '../../../shared/guide';
import { useOpenWorkshop } from '../../state/workshop-context';
import { IconCheck, IconRing } from '../../ui/icons';
import { useChecklistTicks } from './checklist-ticks';
import { useT } from '../../ui/i18n';

/**
 * What should be true before people leave: agreement, owners and the first check-in are
 * read from the workshop as it changes; the PDF and the not-doing list are ticked by hand.
 */
export function ClosingChecklist({ items }: { items: readonly ChecklistItem[] }) {
  const t = useT();
  const { id } = useOpenWorkshop();
  const [ticks, tick] = useChecklistTicks(id);
  const headingId = useId();
  const done = items.filter((i) => (i.automatic ? i.done : ticks.has(i.id))).length;
  return (
    <section className="run-sheet-section run-sheet-checklist" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('guide.sheet.checklist')}</h3>
      <p className="run-sheet-note">{t('guide.sheet.doneOf', { done, count: items.length })}</p>
      <ul className="checklist">
        {items.map((item) =>
          item.automatic ? (
            <li key={item.id} className={`checklist-item${item.done ? ' checklist-done' : ''}`}>
              <span className="checklist-mark" aria-hidden="true">
                {item.done ? <IconCheck /> : <IconRing />}
              </span>
              <span className="checklist-text">
                <span className="checklist-label">
                  {t(item.labelId)}
                  <span className="visually-hidden">
                    {item.done ? t('guide.sheet.done') : t('guide.sheet.notYet')}
                  </span>
                </span>
                <span className="checklist-detail">{t(item.detailId, item.params)}</span>
              </span>
            </li>
          ) : (
            <li
              key={item.id}
              className={`checklist-item${ticks.has(item.id) ? ' checklist-done' : ''}`}
            >
              <input
                id={`${headingId}-${item.id}`}
                className="checklist-box"
                type="checkbox"
                checked={ticks.has(item.id)}
                onChange={(e) => tick(item.id, e.target.checked)}
                aria-describedby={`${headingId}-${item.id}-detail`}
              />
              <span className="checklist-text">
                <label className="checklist-label" htmlFor={`${headingId}-${item.id}`}>
                  {t(item.labelId)}
                </label>
                <span className="checklist-detail" id={`${headingId}-${item.id}-detail`}>
                  {t(item.detailId, item.params)}
                </span>
              </span>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
