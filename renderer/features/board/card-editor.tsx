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
import { columnLabel } from './board-items';
import { discreteEdit } from './discrete-edit';
import { IconCheck, IconWarning } from '../../ui/icons';
import { useT } from '../../ui/i18n';

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
  const t = useT();

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
      title={t('board.details')}
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button danger-quiet" onClick={() => onDelete(id)}>
            {t('board.deleteProject')}
          </button>
          <button type="button" className="button primary" onClick={onClose}>
            {t('board.done')}
          </button>
        </>
      }
    >
      <div className="card-editor" data-record-type="projects" data-record-id={id}>
        <label className="field">
          <span className="field-label">{t('board.title')}</span>
          <input
            type="text"
            value={project.title}
            maxLength={LIMITS.shortText}
            data-autofocus
            onChange={(e) => updateProject(doc, id, { title: e.target.value })}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('board.team')}</span>
          <input
            type="text"
            value={project.team}
            maxLength={LIMITS.shortText}
            onChange={(e) => updateProject(doc, id, { team: e.target.value })}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('board.description')}</span>
          <textarea
            rows={3}
            value={project.description}
            maxLength={LIMITS.longText}
            onChange={(e) => updateProject(doc, id, { description: e.target.value })}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('board.rationale')}</span>
          <span className="field-hint" id={`${baseId}-rationale`}>
            {t('board.rationaleHint')}
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
          <span className="field-label">{t('board.column')}</span>
          <select value={project.column} onChange={(e) => moveTo(e.target.value as Column)}>
            {COLUMNS.map((c) => (
              <option key={c} value={c}>
                {columnLabel(c)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field focus-tags">
          <legend className="field-label">{t('onepager.focusAreas')}</legend>
          {focusAreaIds.length === 0 ? (
            <p className="field-hint">{t('board.noFocusAreas')}</p>
          ) : (
            focusAreaIds.map((fa) => (
              <label key={fa} className="check">
                <input
                  type="checkbox"
                  checked={tagIds.includes(fa)}
                  onChange={() => discreteEdit(binding, () => toggleProjectFocusArea(doc, id, fa))}
                />
                {focusAreas[fa]?.title.trim() || t('board.untitledFocus')}
              </label>
            ))
          )}
          {project.column === 'keep' && tagIds.length === 0 && (
            <p className="flag-unlinked">
              <IconWarning /> {t('board.unlinkedQuestion')}
            </p>
          )}
        </fieldset>
        {project.column === 'kill' &&
          (onList ? (
            <p className="on-not-doing">
              <IconCheck /> {t('board.onList')}
            </p>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() => discreteEdit(binding, () => addKilledProjectToNotDoing(doc, id))}
            >
              {t('onepager.notDoingAdd')}
            </button>
          ))}
      </div>
    </ModalDialog>
  );
}
