import { memo, type KeyboardEvent } from 'react';
import {
  deleteKeyResult,
  DIRECTIONS,
  moveKeyResult,
  updateKeyResult,
  type Direction,
} from '../../../shared/model';
import { useRenderCount } from '../../ui/render-count';
import { SpotlightButton } from '../../ui/spotlight-button';
import { useSpotlight } from '../../sync/stage';
import { keyResultIdsOf } from '../../state/selectors';
import { useOpenWorkshop, useWorkshop, useWorkshopDoc } from '../../state/workshop-context';
import { coachTargetDomId } from './coach';
import { FillTarget } from './fill-target';
import { Initiatives } from './initiatives';
import { ItemActions } from './item-actions';
import { NumberField } from './number-field';
import { OkrField, OkrTextField } from './okr-field';
import { useOkrsPage } from './okrs-context';
import { handleReorderKey, moveByOne } from './reorder-keys';
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
  const spotlight = useSpotlight({ type: 'keyResults', id }, 'okrs');
  if (!kr) return null;

  const move = (delta: -1 | 1) =>
    moveByOne(keyResultIdsOf(binding.store.getState(), objectiveId), id, delta, (to) =>
      moveKeyResult(doc, id, objectiveId, to),
    );
  const onKeyDown = (event: KeyboardEvent) => {
    // Not the objective around it too.
    if (handleReorderKey(event, readOnly, move)) event.stopPropagation();
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
        <OkrTextField
          label="Key result title"
          hideLabel
          className="okr-grow"
          inputClassName="okr-kr-title"
          placeholder="e.g. Raise first-time-fix rate from 71% to 85%"
          value={kr.title}
          readOnly={readOnly}
          onChange={(title) => updateKeyResult(doc, id, { title })}
        />
        {spotlight.available && (
          <SpotlightButton
            active={spotlight.active}
            onToggle={spotlight.toggle}
            itemName={kr.title.trim() || 'Untitled key result'}
          />
        )}
        {!readOnly && (
          <ItemActions label={label} index={index} count={count} onMove={move} onDelete={remove} />
        )}
      </div>
      {!readOnly && <FillTarget keyResult={kr} />}
      <div className="okr-kr-fields">
        <OkrTextField
          label="Metric"
          className="okr-wide"
          placeholder="e.g. First-time-fix rate"
          value={kr.metric}
          readOnly={readOnly}
          onChange={(metric) => updateKeyResult(doc, id, { metric })}
        />
        <OkrTextField
          label="Unit"
          inputClassName="okr-unit"
          placeholder="%"
          value={kr.unit}
          readOnly={readOnly}
          onChange={(unit) => updateKeyResult(doc, id, { unit })}
        />
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
        <OkrField label="Direction">
          {(fieldId) => (
            <select
              id={fieldId}
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
          )}
        </OkrField>
        <OkrField label="Confidence">
          {(fieldId) => (
            <select
              id={fieldId}
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
          )}
        </OkrField>
      </div>
      <Initiatives keyResultId={id} readOnly={readOnly} />
      <TargetCoach targetId={id} />
    </li>
  );
});
