import { memo, useId, type KeyboardEvent } from 'react';
import {
  deleteKeyResult,
  DIRECTIONS,
  moveKeyResult,
  updateKeyResult,
  type Direction,
} from '../../../shared/model';
import { useRenderCount } from '../../app/render-count';
import { keyResultIdsOf } from '../../state/selectors';
import { useOpenWorkshop, useWorkshop, useWorkshopDoc } from '../../state/workshop-context';
import { coachTargetDomId } from './coach';
import { keepFocusAfterMove } from './focus-editor';
import { Initiatives } from './initiatives';
import { NumberField } from './number-field';
import { useOkrsPage } from './okrs-context';
import { reorderDirection } from './reorder-keys';
import { TargetCoach } from './target-coach';

const DIRECTION_LABEL: Readonly<Record<Direction, string>> = {
  increase: 'Increase',
  decrease: 'Decrease',
  maintain: 'Maintain',
  milestone: 'Milestone',
};

const CONFIDENCE = Array.from({ length: 11 }, (_, i) => i);

/**
 * One key result: what changes and how we will know (metric, unit, baseline → target,
 * current, direction, confidence), its initiatives and the coach's hints. It selects its
 * own record only, so typing here re-renders this key result and nothing else.
 */
export const KeyResultEditor = memo(function KeyResultEditor({
  id,
  objectiveId,
}: {
  id: string;
  objectiveId: string;
}) {
  useRenderCount(`keyResult:${id}`);
  const doc = useWorkshopDoc();
  const { binding } = useOpenWorkshop();
  const { announce } = useOkrsPage();
  const kr = useWorkshop((s) => s.keyResults[id]);
  const index = useWorkshop((s) => keyResultIdsOf(s, objectiveId).indexOf(id));
  const count = useWorkshop((s) => keyResultIdsOf(s, objectiveId).length);
  const readOnly = useWorkshop((s) => s.meta.agreed);
  const ids = {
    title: useId(),
    metric: useId(),
    unit: useId(),
    direction: useId(),
    confidence: useId(),
  };
  if (!kr) return null;

  const move = (delta: -1 | 1) => {
    const list = keyResultIdsOf(binding.store.getState(), objectiveId);
    const at = list.indexOf(id);
    const to = at + delta;
    if (at < 0 || to < 0 || to >= list.length) return;
    keepFocusAfterMove();
    moveKeyResult(doc, id, objectiveId, to);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const delta = reorderDirection(event);
    if (delta === null) return;
    event.preventDefault();
    event.stopPropagation();
    if (!readOnly) move(delta);
  };
  const remove = () => {
    deleteKeyResult(doc, id);
    announce(`Deleted key result “${kr.title.trim() || 'Untitled key result'}”.`, true);
  };
  const label = `Key result ${index + 1}`;

  return (
    <li
      id={coachTargetDomId({ type: 'keyResult', id })}
      data-record-type="keyResults"
      data-record-id={id}
      className="okr-kr"
      aria-label={label}
      onKeyDown={onKeyDown}
    >
      <div className="okr-kr-head">
        <span className="okr-kr-number" aria-hidden="true">
          KR {index + 1}
        </span>
        <div className="okr-field okr-grow">
          <label className="okr-label visually-hidden" htmlFor={ids.title}>
            Key result title
          </label>
          <input
            id={ids.title}
            className="okr-input okr-kr-title"
            placeholder="e.g. Raise first-time-fix rate from 71% to 85%"
            autoComplete="off"
            maxLength={500}
            value={kr.title}
            readOnly={readOnly}
            onChange={(e) => updateKeyResult(doc, id, { title: e.target.value })}
          />
        </div>
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
      <div className="okr-kr-fields">
        <div className="okr-field okr-wide">
          <label className="okr-label" htmlFor={ids.metric}>
            Metric
          </label>
          <input
            id={ids.metric}
            className="okr-input"
            placeholder="e.g. First-time-fix rate"
            autoComplete="off"
            maxLength={500}
            value={kr.metric}
            readOnly={readOnly}
            onChange={(e) => updateKeyResult(doc, id, { metric: e.target.value })}
          />
        </div>
        <div className="okr-field">
          <label className="okr-label" htmlFor={ids.unit}>
            Unit
          </label>
          <input
            id={ids.unit}
            className="okr-input okr-unit"
            placeholder="%"
            autoComplete="off"
            maxLength={500}
            value={kr.unit}
            readOnly={readOnly}
            onChange={(e) => updateKeyResult(doc, id, { unit: e.target.value })}
          />
        </div>
        <NumberField
          label="Baseline"
          value={kr.baseline}
          readOnly={readOnly}
          onChange={(baseline) => updateKeyResult(doc, id, { baseline })}
        />
        <NumberField
          label="Target"
          value={kr.target}
          readOnly={readOnly}
          onChange={(target) => updateKeyResult(doc, id, { target })}
        />
        <NumberField
          label="Current"
          value={kr.current}
          readOnly={readOnly}
          onChange={(current) => updateKeyResult(doc, id, { current })}
        />
        <div className="okr-field">
          <label className="okr-label" htmlFor={ids.direction}>
            Direction
          </label>
          <select
            id={ids.direction}
            className="okr-input"
            value={kr.direction}
            disabled={readOnly}
            onChange={(e) => updateKeyResult(doc, id, { direction: e.target.value as Direction })}
          >
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {DIRECTION_LABEL[d]}
              </option>
            ))}
          </select>
        </div>
        <div className="okr-field">
          <label className="okr-label" htmlFor={ids.confidence}>
            Confidence
          </label>
          <select
            id={ids.confidence}
            className="okr-input"
            value={kr.confidence === null ? '' : String(Math.round(kr.confidence))}
            disabled={readOnly}
            onChange={(e) =>
              updateKeyResult(doc, id, {
                confidence: e.target.value === '' ? null : Number(e.target.value),
              })
            }
          >
            <option value="">Not set</option>
            {CONFIDENCE.map((n) => (
              <option key={n} value={n}>
                {n} / 10
              </option>
            ))}
          </select>
        </div>
      </div>
      <Initiatives keyResultId={id} readOnly={readOnly} />
      <TargetCoach targetId={id} />
    </li>
  );
});
