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
import { useT } from '../../ui/i18n';

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
  const t = useT();
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
    announce(
      t('okrs.deletedKeyResult', { title: kr.title.trim() || t('okrs.untitledKeyResult') }),
      true,
    );
  };
  const label = t('okrs.keyResultN', { n: index + 1 });

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
          {t('okrs.krShort', { n: index + 1 })}
        </span>
        <OkrTextField
          label={t('okrs.keyResultTitle')}
          hideLabel
          className="okr-grow"
          inputClassName="okr-kr-title"
          placeholder={t('okrs.keyResultPlaceholder')}
          value={kr.title}
          readOnly={readOnly}
          onChange={(title) => updateKeyResult(doc, id, { title })}
        />
        {spotlight.available && (
          <SpotlightButton
            active={spotlight.active}
            onToggle={spotlight.toggle}
            itemName={kr.title.trim() || t('okrs.untitledKeyResult')}
          />
        )}
        {!readOnly && (
          <ItemActions label={label} index={index} count={count} onMove={move} onDelete={remove} />
        )}
      </div>
      {!readOnly && <FillTarget keyResult={kr} />}
      <div className="okr-kr-fields">
        <OkrTextField
          label={t('okrs.metric')}
          className="okr-wide"
          placeholder={t('okrs.metricPlaceholder')}
          value={kr.metric}
          readOnly={readOnly}
          onChange={(metric) => updateKeyResult(doc, id, { metric })}
        />
        <OkrTextField
          label={t('okrs.unit')}
          inputClassName="okr-unit"
          placeholder="%"
          value={kr.unit}
          readOnly={readOnly}
          onChange={(unit) => updateKeyResult(doc, id, { unit })}
        />
        <NumberField
          label={t('okrs.baseline')}
          value={kr.baseline}
          readOnly={readOnly}
          onChange={(baseline) => updateKeyResult(doc, id, { baseline })}
        />
        <NumberField
          label={t('okrs.target')}
          value={kr.target}
          readOnly={readOnly}
          onChange={(target) => updateKeyResult(doc, id, { target })}
        />
        <NumberField
          label={t('okrs.current')}
          value={kr.current}
          readOnly={readOnly}
          onChange={(current) => updateKeyResult(doc, id, { current })}
        />
        <OkrField label={t('okrs.direction')}>
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
                  {t(`okrs.directions.${d}`)}
                </option>
              ))}
            </select>
          )}
        </OkrField>
        <OkrField label={t('okrs.confidence')}>
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
              <option value="">{t('okrs.notSet')}</option>
              {CONFIDENCE.map((n) => (
                <option key={n} value={n}>
                  {t('okrs.outOfTen', { n })}
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
