import { useShallow } from 'zustand/react/shallow';
import type { ListItem } from '../../../shared/model';
import { useWorkshop } from '../../state/workshop-context';
import { useT } from '../../ui/i18n';

function TextBlock({ field, title }: { field: 'purpose' | 'vision' | 'customers'; title: string }) {
  const text = useWorkshop((s) => s.texts[field]);
  return (
    <section className="present-block" data-record-type="onePager" data-record-id={field}>
      <h2>{title}</h2>
      {text.trim() ? <p className="present-text">{text}</p> : <p className="present-empty">—</p>}
    </section>
  );
}

function ListBlock({ list, title }: { list: 'notDoing' | 'metrics'; title: string }) {
  const items = useWorkshop(
    useShallow((s) => {
      const ids = list === 'notDoing' ? s.notDoingIds : s.metricIds;
      const records: Readonly<Record<string, ListItem>> =
        list === 'notDoing' ? s.notDoing : s.metrics;
      return ids.map((id) => records[id]).filter((item): item is ListItem => item !== undefined);
    }),
  );
  const shown = items.filter((item) => item.text.trim());
  return (
    <section className="present-block" data-record-type="onePager" data-record-id={list}>
      <h2>{title}</h2>
      {shown.length === 0 ? (
        <p className="present-empty">—</p>
      ) : (
        <ul className="present-list">
          {shown.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function FocusAreas() {
  const t = useT();
  const areas = useWorkshop(
    useShallow((s) => s.focusAreaIds.map((id) => s.focusAreas[id]).filter((a) => a !== undefined)),
  );
  return (
    <section className="present-block present-focus-areas">
      <h2>{t('onepager.focusAreas')}</h2>
      {areas.length === 0 ? (
        <p className="present-empty">—</p>
      ) : (
        <ol className="present-focus-list">
          {areas.map((area) => (
            <li key={area.id} data-record-type="focusAreas" data-record-id={area.id}>
              <span className="present-focus-title">
                {area.title.trim() || t('board.untitledFocus')}
              </span>
              {area.description.trim() && (
                <span className="present-focus-description">{area.description}</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The strategy on one page: purpose, vision, customers, focus areas, not doing, health metrics. */
export function PresentOnePager() {
  const t = useT();
  return (
    <div className="present-onepager">
      <TextBlock field="purpose" title={t('onepager.purpose')} />
      <TextBlock field="vision" title={t('onepager.vision')} />
      <TextBlock field="customers" title={t('onepager.customers')} />
      <FocusAreas />
      <ListBlock list="notDoing" title={t('onepager.notDoing')} />
      <ListBlock list="metrics" title={t('onepager.metrics')} />
    </div>
  );
}
