import type { SyntheticEvent } from 'react';
import { COLUMNS, moveProject, type Column } from '../../../shared/model';
import { ModalDialog } from '../../ui/modal-dialog';
import { useOpenWorkshop, useWorkshop } from '../../state/workshop-context';
import { columnLabel } from './board-items';
import { untitled } from './card-name';
import { discreteEdit } from './discrete-edit';
import { useT } from '../../ui/i18n';

// The dialog sits inside the card's sortable slot: its presses must not reach dnd-kit's
// pointer and touch listeners there (a long press on an option would lift the card).
const stop = (event: SyntheticEvent) => event.stopPropagation();

/**
 * "Move to…" on a card: a way to sort a card without dragging (a phone, a trackpad, a
 * switch). The card goes to the end of the chosen column, as one undoable edit.
 */
export function MoveToDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const { doc, binding } = useOpenWorkshop();
  const project = useWorkshop((s) => s.projects[id]);
  const t = useT();
  if (!project) return null;
  const moveTo = (column: Column) => {
    const others = binding.store.getState().projectIdsByColumn[column].filter((x) => x !== id);
    discreteEdit(binding, () => moveProject(doc, id, column, others.length));
    onClose();
  };
  return (
    <div onPointerDown={stop} onMouseDown={stop} onTouchStart={stop} onKeyDown={stop}>
      <ModalDialog
        title={t('board.moveTitle', { title: project.title.trim() || untitled() })}
        onCancel={onClose}
        actions={
          <button type="button" className="button" onClick={onClose}>
            {t('board.cancel')}
          </button>
        }
      >
        <div className="move-to-options">
          {COLUMNS.map((column) => (
            <button
              key={column}
              type="button"
              className={`button move-to-option move-to-${column}`}
              disabled={project.column === column}
              aria-describedby={project.column === column ? `move-here-${id}` : undefined}
              data-autofocus={project.column === column ? undefined : true}
              onClick={() => moveTo(column)}
            >
              {columnLabel(column)}
            </button>
          ))}
        </div>
        <p className="field-hint" id={`move-here-${id}`}>
          {t('board.nowInColumn', { column: columnLabel(project.column) })}
        </p>
      </ModalDialog>
    </div>
  );
}
