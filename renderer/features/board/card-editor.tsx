import { useEffect, useId } from 'react';
import {
  addKilledProjectToNotDoing,
  COLUMNS,
  LIMITS,
  moveProject,
  toggleProjectFocusArea,
  updateProject,
  type Column,
} from '../../../shared/model';
import { ModalDialog } from '../../ui/modal-dialog';
import { projectFocusAreaIds } from '../../state/selectors';
import { useOpenWorkshop, useWorkshop } from '../../state/workshop-context';
import { COLUMN_LABELS } from './board-items';
import { discreteEdit } from './discrete-edit';
import { IconCheck, IconWarning } from '../../ui/icons';

interface CardEditorProps {
  readonly id: string;
  readonly onClose: () => void;
  readonly onDelete: (id: string) => void;
}

/**
 * A card's details: every field written to the doc as it is typed (so the room sees it
 * live), the column (a way to move a card without dragging), focus-area tags, the
 * not-doing line of a killed project, and delete (undoable).
 */
export function CardEditor({ id, onClose, onDelete }: CardEditorProps) {
  const { doc, binding } = useOpenWorkshop();
  const project = useWorkshop((s) => s.projects[id]);
  const tagIds = useWorkshop((s) => projectFocusAreaIds(s, id));
  const focusAreaIds = useWorkshop((s) => s.focusAreaIds);
  const focusAreas = useWorkshop((s) => s.focusAreas);
  const onList = useWorkshop((s) => s.notDoingIds.some((n) => s.notDoing[n]?.projectId === id));
  const baseId = useId();

  // A colleague deleted the project while it was open here.
  useEffect(() => {
    if (!project) onClose();
  }, [project, onClose]);
  if (!project) return null;

  const moveTo = (column: Column) => {
    const others = binding.store.getState().projectIdsByColumn[column].filter((x) => x !== id);
    discreteEdit(binding, () => moveProject(doc, id, column, others.length));
  };

  return (
    <ModalDialog
      title="Project details"
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button danger-quiet" onClick={() => onDelete(id)}>
            Delete project
          </button>
          <button type="button" className="button primary" onClick={onClose}>
            Done
          </button>
        </>
      }
    >
      <div className="card-editor" data-record-type="projects" data-record-id={id}>
        <label className="field">
          <span className="field-label">Title</span>
          <input
            type="text"
            value={project.title}
            maxLength={LIMITS.shortText}
            data-autofocus
            onChange={(e) => updateProject(doc, id, { title: e.target.value })}
          />
        </label>
        <label className="field">
          <span className="field-label">Team</span>
          <input
            type="text"
            value={project.team}
            maxLength={LIMITS.shortText}
            onChange={(e) => updateProject(doc, id, { team: e.target.value })}
          />
        </label>
        <label className="field">
          <span className="field-label">Description</span>
          <textarea
            rows={3}
            value={project.description}
            maxLength={LIMITS.longText}
            onChange={(e) => updateProject(doc, id, { description: e.target.value })}
          />
        </label>
        <label className="field">
          <span className="field-label">Rationale</span>
          <span className="field-hint" id={`${baseId}-rationale`}>
            Why keep it, or why stop it: the room will want to remember.
          </span>
          <textarea
            rows={2}
            value={project.rationale}
            maxLength={LIMITS.longText}
            aria-describedby={`${baseId}-rationale`}
            onChange={(e) => updateProject(doc, id, { rationale: e.target.value })}
          />
        </label>
        <label className="field">
          <span className="field-label">Column</span>
          <select value={project.column} onChange={(e) => moveTo(e.target.value as Column)}>
            {COLUMNS.map((c) => (
              <option key={c} value={c}>
                {COLUMN_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field focus-tags">
          <legend className="field-label">Focus areas</legend>
          {focusAreaIds.length === 0 ? (
            <p className="field-hint">
              No focus areas yet: add them on the Strategy one-pager, then tag projects here.
            </p>
          ) : (
            focusAreaIds.map((fa) => (
              <label key={fa} className="check">
                <input
                  type="checkbox"
                  checked={tagIds.includes(fa)}
                  onChange={() => discreteEdit(binding, () => toggleProjectFocusArea(doc, id, fa))}
                />
                {focusAreas[fa]?.title.trim() || 'Untitled focus area'}
              </label>
            ))
          )}
          {project.column === 'keep' && tagIds.length === 0 && (
            <p className="flag-unlinked">
              <IconWarning /> not linked to strategy: which focus area does this move forward?
            </p>
          )}
        </fieldset>
        {project.column === 'kill' &&
          (onList ? (
            <p className="on-not-doing">
              <IconCheck /> On the not-doing list
            </p>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() => discreteEdit(binding, () => addKilledProjectToNotDoing(doc, id))}
            >
              Add to not-doing list
            </button>
          ))}
      </div>
    </ModalDialog>
  );
}
