import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { addListItem, LIMITS, type ListName } from '../../../shared/model';
import { useOpenWorkshop, useWorkshop } from '../../state/workshop-context';
import { listItemFieldId, ListItemRow, type ListWords } from './list-item-row';
import { useT } from '../../ui/i18n';

interface ListEditorProps {
  readonly list: ListName;
  readonly title: string;
  readonly hint: string;
  /** Shown when the list is empty: what to put in it. */
  readonly empty: string;
  /** The add button's name, e.g. "Add to not-doing list". */
  readonly addLabel: string;
  /** The new-line textbox's name, e.g. "New not-doing item". */
  readonly draftLabel: string;
  readonly words: ListWords;
}

/**
 * An ordered list of one-line entries — the not-doing list and the health metrics share it:
 * type a new line and press Enter (the field stays ready for the next one, as a room dictates
 * several in a row); edit, reorder (buttons or Alt+↑/↓) and delete (with undo) each line.
 */
export function ListEditor({
  list,
  title,
  hint,
  empty,
  addLabel,
  draftLabel,
  words,
}: ListEditorProps) {
  const { doc, binding } = useOpenWorkshop();
  const ids = useWorkshop((s) => (list === 'notDoing' ? s.notDoingIds : s.metricIds));
  const t = useT();
  const [draft, setDraft] = useState('');
  const draftRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const hintId = useId();

  const add = (event: FormEvent) => {
    event.preventDefault();
    const value = draft.trim();
    if (value) {
      addListItem(doc, list, value);
      setDraft('');
    }
    draftRef.current?.focus();
  };

  const focusAfterDelete = useCallback(
    (id: string) => {
      const state = binding.store.getState();
      const all = list === 'notDoing' ? state.notDoingIds : state.metricIds;
      const at = all.indexOf(id);
      const neighbour = all[at + 1] ?? all[at - 1];
      requestAnimationFrame(() => {
        const target = neighbour ? document.getElementById(listItemFieldId(list, neighbour)) : null;
        (target ?? draftRef.current)?.focus();
      });
    },
    [binding, list],
  );

  return (
    <section
      className="op-card op-section"
      aria-labelledby={headingId}
      data-record-type="onePager"
      data-record-id={list}
    >
      <div className="op-section-head">
        <h3 id={headingId} className="op-label">
          {title}
        </h3>
        {ids.length > 0 && <span className="op-count">{ids.length}</span>}
      </div>
      <p className="op-hint" id={hintId}>
        {hint}
      </p>
      {ids.length === 0 ? (
        <p className="op-empty">{empty}</p>
      ) : (
        <ul className="op-rows" aria-label={title} aria-describedby={hintId}>
          {ids.map((id, index) => (
            <ListItemRow
              key={id}
              list={list}
              id={id}
              index={index}
              count={ids.length}
              words={words}
              focusAfterDelete={focusAfterDelete}
            />
          ))}
        </ul>
      )}
      {/* Not bound to the doc until added: the browser's own undo is right here. */}
      <form className="op-draft" onSubmit={add} data-native-undo>
        <input
          ref={draftRef}
          className="op-input"
          aria-label={draftLabel}
          value={draft}
          placeholder={t('onepager.typeLine')}
          maxLength={LIMITS.shortText}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="button">
          <span aria-hidden="true">+</span> {addLabel}
        </button>
      </form>
    </section>
  );
}
