import { useCallback, useEffect, useRef, useState } from 'react';
import { deleteProject } from '../../../shared/model';
import { useOpenWorkshop } from '../../state/workshop-context';
import { AddProjectForm } from './add-project-form';
import './board.css';
import { Board } from './board';
import { CardEditor } from './card-editor';
import { untitled } from './card-name';
import { discreteEdit } from './discrete-edit';
import { FocusFilterSelect, useEffectiveFilter } from './focus-filter';
import type { FocusFilter } from './use-shown-items';
import { IconCross } from '../../ui/icons';
import { useProjectResults } from './use-vote-order';
import { useT } from '../../ui/i18n';
import { StepWhy } from '../../ui/step-why';

/**
 * Project alignment: every running project on one board, sorted into Keep or Kill against
 * the focus areas of the one-pager.
 */
export function BoardPage() {
  const { doc, binding } = useOpenWorkshop();
  const [filter, setFilter] = useState<FocusFilter>('all');
  const effective = useEffectiveFilter(filter);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  const [byVotes, setByVotes] = useState(false);
  const hasResults = useProjectResults() !== null;
  const undoRef = useRef<HTMLButtonElement>(null);
  const t = useT();

  const open = useCallback((id: string) => setEditing(id), []);
  const close = useCallback(() => setEditing(null), []);
  const remove = useCallback(
    (id: string) => {
      const title = binding.store.getState().projects[id]?.title.trim() || untitled();
      setEditing(null);
      discreteEdit(binding, () => deleteProject(doc, id));
      setDeleted(title);
    },
    [binding, doc],
  );

  // The card that had focus is gone: focus the way back.
  useEffect(() => {
    if (deleted !== null) undoRef.current?.focus();
  }, [deleted]);

  return (
    <section className="step-page alignment-page" aria-labelledby="step-heading">
      <div className="alignment-head">
        <div>
          <h2 id="step-heading">{t('steps.alignment.label')}</h2>
          {/* The why says what to do here as well: one lead, so the board stays high. */}
          <StepWhy step="alignment" />
        </div>
        <div className="alignment-tools">
          {hasResults && (
            <button
              type="button"
              className={`button${byVotes ? ' primary' : ''}`}
              aria-pressed={byVotes}
              onClick={() => setByVotes((on) => !on)}
            >
              {t('board.sortByVotes')}
            </button>
          )}
          <FocusFilterSelect value={effective} onChange={setFilter} />
        </div>
      </div>
      <AddProjectForm />
      {deleted !== null && (
        <div className="board-notice" role="status">
          <span>{t('onepager.deleted', { what: deleted })}</span>
          <button
            ref={undoRef}
            type="button"
            className="button small"
            onClick={() => {
              binding.undo();
              setDeleted(null);
            }}
          >
            {t('onepager.undoDelete')}
          </button>
          <button
            type="button"
            className="button quiet small"
            aria-label={t('onepager.dismiss')}
            onClick={() => setDeleted(null)}
          >
            <IconCross />
          </button>
        </div>
      )}
      <Board filter={effective} onOpen={open} sortByVotes={byVotes && hasResults} />
      {editing !== null && <CardEditor id={editing} onClose={close} onDelete={remove} />}
    </section>
  );
}
