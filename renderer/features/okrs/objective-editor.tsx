import { memo, useId, type KeyboardEvent } from 'react';
import {
  createKeyResult,
  deleteObjective,
  moveObjective,
  updateObjective,
  type ObjectiveKind,
} from '../../../shared/model';
import { useRenderCount } from '../../app/render-count';
import { keyResultIdsOf, selectObjective } from '../../state/selectors';
import { useOpenWorkshop, useWorkshop, useWorkshopDoc } from '../../state/workshop-context';
import { coachTargetDomId } from './coach';
import { focusEditor, keepFocusAfterMove } from './focus-editor';
import { KeyResultCount } from './okr-counters';
import { KeyResultEditor } from './key-result-editor';
import { FocusAreaSelect, LevelField, ParentSelect } from './objective-fields';
import { useOkrsPage } from './okrs-context';
import { reorderDirection } from './reorder-keys';
import { TargetCoach } from './target-coach';

/**
 * One objective with its key results. It selects its own record, its key-result ids and
 * its position only: typing into another objective never re-renders it, and typing into
 * one of its key results re-renders that key result alone.
 */
export const ObjectiveEditor = memo(function ObjectiveEditor({ id }: { id: string }) {
  useRenderCount(`objective:${id}`);
  const doc = useWorkshopDoc();
  const { binding } = useOpenWorkshop();
  const { announce } = useOkrsPage();
  const objective = useWorkshop((s) => selectObjective(s, id));
  const keyResultIds = useWorkshop((s) => keyResultIdsOf(s, id));
  const index = useWorkshop((s) => s.objectiveIds.indexOf(id));
  const count = useWorkshop((s) => s.objectiveIds.length);
  const readOnly = useWorkshop((s) => s.meta.agreed);
  const headingId = useId();
  const titleId = useId();
  const descriptionId = useId();
  const kindId = useId();
  if (!objective) return null;

  const move = (delta: -1 | 1) => {
    const list = binding.store.getState().objectiveIds;
    const at = list.indexOf(id);
    const to = at + delta;
    if (at < 0 || to < 0 || to >= list.length) return;
    keepFocusAfterMove();
    moveObjective(doc, id, to);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const delta = reorderDirection(event);
    if (delta === null) return;
    event.preventDefault();
    if (!readOnly) move(delta);
  };
  const remove = () => {
    const krs = keyResultIds.length;
    deleteObjective(doc, id);
    announce(
      `Deleted objective “${objective.title.trim() || 'Untitled objective'}”${
        krs > 0 ? ` and its ${krs === 1 ? 'key result' : `${krs} key results`}` : ''
      }.`,
      true,
    );
  };
  const addKeyResult = () => {
    const kr = createKeyResult(doc, id);
    if (kr) focusEditor({ type: 'keyResult', id: kr }, true);
  };
  const label = `Objective ${index + 1}`;

  return (
    <section
      id={coachTargetDomId({ type: 'objective', id })}
      data-record-type="objectives"
      data-record-id={id}
      className="okr-objective"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
    >
      <div className="okr-objective-head">
        <h3 id={headingId} className="okr-objective-number">
          {label}
        </h3>
        <span className={`okr-badge okr-badge-${objective.team === null ? 'company' : 'team'}`}>
          {objective.team === null ? 'Company' : `Team · ${objective.team}`}
        </span>
        <KeyResultCount count={keyResultIds.length} />
        {!readOnly && (
          <div className="okr-item-actions">
            <button
              type="button"
              className="button quiet okr-small"
              aria-label={`Move ${label} up`}
              aria-keyshortcuts="Alt+ArrowUp"
              disabled={index <= 0}
              onClick={() => move(-1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="button quiet okr-small"
              aria-label={`Move ${label} down`}
              aria-keyshortcuts="Alt+ArrowDown"
              disabled={index >= count - 1}
              onClick={() => move(1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="button quiet danger-quiet okr-small"
              aria-label={`Delete ${label}`}
              onClick={remove}
            >
              Delete
            </button>
          </div>
        )}
      </div>

      <div className="okr-field">
        <label className="okr-label visually-hidden" htmlFor={titleId}>
          Objective title
        </label>
        <input
          id={titleId}
          className="okr-input okr-objective-title"
          placeholder="Where do we want to be?"
          autoComplete="off"
          maxLength={500}
          value={objective.title}
          readOnly={readOnly}
          onChange={(e) => updateObjective(doc, id, { title: e.target.value })}
        />
      </div>
      <div className="okr-field">
        <label className="okr-label" htmlFor={descriptionId}>
          Description
        </label>
        <textarea
          id={descriptionId}
          className="okr-input okr-description"
          rows={2}
          placeholder="Why this matters now, and for whom"
          maxLength={20_000}
          value={objective.description}
          readOnly={readOnly}
          onChange={(e) => updateObjective(doc, id, { description: e.target.value })}
        />
      </div>
      <div className="okr-objective-fields">
        <LevelField objectiveId={id} team={objective.team} readOnly={readOnly} />
        <ParentSelect objectiveId={id} parentId={objective.parentId} readOnly={readOnly} />
        <FocusAreaSelect objectiveId={id} focusAreaId={objective.focusAreaId} readOnly={readOnly} />
        <div className="okr-field">
          <label className="okr-label" htmlFor={kindId}>
            Kind
          </label>
          <select
            id={kindId}
            title="Aspirational: a stretch, 70 % is a success. Committed: we will deliver 100 %."
            className="okr-input"
            value={objective.kind}
            disabled={readOnly}
            onChange={(e) => updateObjective(doc, id, { kind: e.target.value as ObjectiveKind })}
          >
            <option value="aspirational">Aspirational</option>
            <option value="committed">Committed</option>
          </select>
        </div>
      </div>
      <TargetCoach targetId={id} />

      <div className="okr-krs">
        <h4 className="okr-krs-title">Key results</h4>
        {keyResultIds.length === 0 ? (
          <p className="okr-empty-line">
            No key results yet. Add 2 to 5 measurable outcomes: from a baseline to a target.
          </p>
        ) : (
          <ol className="okr-kr-list">
            {keyResultIds.map((kr) => (
              <KeyResultEditor key={kr} id={kr} objectiveId={id} />
            ))}
          </ol>
        )}
        {!readOnly && (
          <button type="button" className="button okr-add-kr" onClick={addKeyResult}>
            Add key result
          </button>
        )}
      </div>
    </section>
  );
});
