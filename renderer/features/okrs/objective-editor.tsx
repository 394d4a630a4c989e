import { memo, useId, type FocusEvent, type KeyboardEvent } from 'react';
import {
  createKeyResult,
  deleteObjective,
  moveObjective,
  updateObjective,
  upstreamOf,
  type ObjectiveKind,
} from '../../../shared/model';
import { useRenderCount } from '../../ui/render-count';
import { VoteBadge } from '../../ui/vote-badge';
import { useVoteCount } from '../../state/room-state';
import { SpotlightButton } from '../../ui/spotlight-button';
import { useSpotlight } from '../../sync/stage';
import { keyResultIdsOf, selectObjective } from '../../state/selectors';
import { useOpenWorkshop, useWorkshop, useWorkshopDoc } from '../../state/workshop-context';
import { coachTargetDomId } from './coach';
import { focusEditor } from './focus-editor';
import { markLeft } from './fresh-objectives';
import { KeyResultCount } from './okr-counters';
import { ItemActions } from './item-actions';
import { KeyResultEditor } from './key-result-editor';
import { FocusAreaSelect, LevelField, ParentSelect } from './objective-fields';
import { OkrField, OkrTextField } from './okr-field';
import { useOkrsPage } from './okrs-context';
import { handleReorderKey, moveByOne } from './reorder-keys';
import { TargetCoach } from './target-coach';
import { useT } from '../../ui/i18n';

/**
 * One objective with its key results. It selects its own record, its key-result ids and
 * its position only: typing into another objective never re-renders it, and typing into
 * one of its key results re-renders that key result alone.
 */
export const ObjectiveEditor = memo(function ObjectiveEditor({ id }: { id: string }) {
  useRenderCount(`objective:${id}`);
  const doc = useWorkshopDoc();
  const { binding } = useOpenWorkshop();
  const { announce, fresh } = useOkrsPage();
  const objective = useWorkshop((s) => selectObjective(s, id));
  const keyResultIds = useWorkshop((s) => keyResultIdsOf(s, id));
  const index = useWorkshop((s) => s.objectiveIds.indexOf(id));
  const count = useWorkshop((s) => s.objectiveIds.length);
  const readOnly = useWorkshop((s) => s.meta.agreed);
  const votes = useVoteCount('objectives', id);
  const headingId = useId();
  const spotlight = useSpotlight({ type: 'objectives', id }, 'okrs');
  const t = useT();
  if (!objective) return null;

  const move = (delta: -1 | 1) =>
    moveByOne(binding.store.getState().objectiveIds, id, delta, (to) => moveObjective(doc, id, to));
  const onKeyDown = (event: KeyboardEvent) => {
    handleReorderKey(event, readOnly, move);
  };
  const remove = () => {
    const krs = keyResultIds.length;
    deleteObjective(doc, id);
    const title = objective.title.trim() || t('okrs.untitledObjective');
    announce(
      krs > 0
        ? t('okrs.deletedObjectiveKrs', { title, count: krs })
        : t('okrs.deletedObjective', { title }),
      true,
    );
  };
  const addKeyResult = () => {
    const kr = createKeyResult(doc, id);
    if (kr) focusEditor({ type: 'keyResult', id: kr }, true);
  };
  // Focus moving out of the objective (not between its own fields) ends its grace: the
  // coach shows its errors from now on. Checked a frame later, once focus has landed; a
  // switch to another window keeps the field focused and so does not count as leaving.
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    const section = event.currentTarget;
    requestAnimationFrame(() => {
      if (!section.contains(document.activeElement)) markLeft(fresh, id);
    });
  };
  const label = t('okrs.objectiveN', { n: index + 1 });

  return (
    <section
      id={coachTargetDomId({ type: 'objective', id })}
      data-record-type="objectives"
      data-record-id={id}
      className="okr-objective"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <div className="okr-objective-head">
        <h3 id={headingId} className="okr-objective-number">
          {label}
        </h3>
        <span className={`okr-badge okr-badge-${objective.team === null ? 'company' : 'team'}`}>
          {objective.team === null
            ? t('okrs.company')
            : t('okrs.teamBadge', { team: objective.team })}
        </span>
        <KeyResultCount count={keyResultIds.length} />
        <VoteBadge count={votes} />
        {spotlight.available && (
          <SpotlightButton
            active={spotlight.active}
            onToggle={spotlight.toggle}
            itemName={objective.title.trim() || t('okrs.untitledObjective')}
          />
        )}
        {!readOnly && (
          <ItemActions label={label} index={index} count={count} onMove={move} onDelete={remove} />
        )}
      </div>

      <OkrTextField
        label={t('okrs.objectiveTitle')}
        hideLabel
        inputClassName="okr-objective-title"
        placeholder={t('okrs.objectivePlaceholder')}
        value={objective.title}
        readOnly={readOnly}
        onChange={(title) => updateObjective(doc, id, { title })}
      />
      <OkrField label={t('okrs.description')}>
        {(fieldId) => (
          <textarea
            id={fieldId}
            className="okr-input okr-description"
            rows={2}
            placeholder={t('okrs.descriptionPlaceholder')}
            maxLength={20_000}
            value={objective.description}
            readOnly={readOnly}
            onChange={(e) => updateObjective(doc, id, { description: e.target.value })}
          />
        )}
      </OkrField>
      <div className="okr-objective-fields">
        <LevelField objectiveId={id} team={objective.team} readOnly={readOnly} />
        <ParentSelect
          objectiveId={id}
          parentId={objective.parentId}
          upstream={upstreamOf(objective)}
          readOnly={readOnly}
        />
        <FocusAreaSelect objectiveId={id} focusAreaId={objective.focusAreaId} readOnly={readOnly} />
        <OkrField label={t('okrs.kind')}>
          {(fieldId) => (
            <select
              id={fieldId}
              title={t('okrs.kindTitle')}
              className="okr-input"
              value={objective.kind}
              disabled={readOnly}
              onChange={(e) => updateObjective(doc, id, { kind: e.target.value as ObjectiveKind })}
            >
              <option value="aspirational">{t('okrs.kinds.aspirational')}</option>
              <option value="committed">{t('okrs.kinds.committed')}</option>
            </select>
          )}
        </OkrField>
      </div>
      <TargetCoach targetId={id} />

      <div className="okr-krs">
        <h4 className="okr-krs-title">{t('okrs.keyResults')}</h4>
        {keyResultIds.length === 0 ? (
          <p className="okr-empty-line">{t('okrs.noKeyResults')}</p>
        ) : (
          <ol className="okr-kr-list">
            {keyResultIds.map((kr) => (
              <KeyResultEditor key={kr} id={kr} objectiveId={id} />
            ))}
          </ol>
        )}
        {!readOnly && (
          <button type="button" className="button okr-add-kr" onClick={addKeyResult}>
            {t('okrs.addKeyResult')}
          </button>
        )}
      </div>
    </section>
  );
});
