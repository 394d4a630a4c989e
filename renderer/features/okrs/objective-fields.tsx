import { useId, useMemo, useRef, useState } from 'react';
import { updateObjective } from '../../../shared/model';
import { useWorkshop, useWorkshopDoc } from '../../state/workshop-context';
import { OkrField } from './okr-field';
import { TEAM_SUGGESTIONS_ID } from './team-suggestions';
import { useT } from '../../ui/i18n';
import { focusAreaChoices, objectiveChoices, selfAndDescendants } from './okr-selectors';

/**
 * The objective's fields whose options come from the rest of the workshop. Each is its own
 * component: when another objective's title changes, the options here re-render, the
 * objective editor around them does not.
 */

interface FieldProps {
  readonly objectiveId: string;
  readonly readOnly: boolean;
}

/** Company level, or a named team (with suggestions from the teams already in the workshop). */
export function LevelField({ objectiveId, team, readOnly }: FieldProps & { team: string | null }) {
  const doc = useWorkshopDoc();
  const [choosingTeam, setChoosingTeam] = useState(false);
  const t = useT();
  const teamInput = useRef<HTMLInputElement>(null);
  const isTeam = team !== null || choosingTeam;
  return (
    <div className="okr-level">
      <OkrField label={t('okrs.level')}>
        {(id) => (
          <select
            id={id}
            className="okr-input"
            value={isTeam ? 'team' : 'company'}
            disabled={readOnly}
            onChange={(e) => {
              if (e.target.value === 'team') {
                setChoosingTeam(true);
                requestAnimationFrame(() => teamInput.current?.focus());
              } else {
                setChoosingTeam(false);
                updateObjective(doc, objectiveId, { team: null });
              }
            }}
          >
            <option value="company">{t('okrs.company')}</option>
            <option value="team">{t('okrs.team')}</option>
          </select>
        )}
      </OkrField>
      {isTeam && (
        <OkrField label={t('okrs.team')} className="okr-team">
          {(id) => (
            <input
              id={id}
              ref={teamInput}
              className="okr-input"
              list={TEAM_SUGGESTIONS_ID}
              placeholder={t('okrs.teamPlaceholder')}
              autoComplete="off"
              maxLength={500}
              value={team ?? ''}
              readOnly={readOnly}
              onChange={(e) => updateObjective(doc, objectiveId, { team: e.target.value })}
              onBlur={() => setChoosingTeam(false)}
            />
          )}
        </OkrField>
      )}
    </div>
  );
}

/** The parent objective: any other objective except those aligned under this one (no cycles). */
export function ParentSelect({
  objectiveId,
  parentId,
  readOnly,
}: FieldProps & { parentId: string | null }) {
  const doc = useWorkshopDoc();
  const choices = useWorkshop(objectiveChoices);
  const t = useT();
  const options = useMemo(() => {
    const excluded = selfAndDescendants(choices, objectiveId);
    return choices.filter((c) => !excluded.has(c.id));
  }, [choices, objectiveId]);
  return (
    <OkrField label={t('okrs.alignedTo')}>
      {(id) => (
        <select
          id={id}
          className="okr-input"
          value={parentId ?? ''}
          disabled={readOnly}
          onChange={(e) =>
            updateObjective(doc, objectiveId, {
              parentId: e.target.value === '' ? null : e.target.value,
            })
          }
        >
          <option value="">{t('okrs.noParent')}</option>
          {options.map((c) => (
            <option key={c.id} value={c.id}>
              {c.team === null ? t('okrs.company') : c.team}:{' '}
              {c.title.trim() || t('okrs.untitledObjective')}
            </option>
          ))}
        </select>
      )}
    </OkrField>
  );
}

/** One of the one-pager's focus areas: where this objective puts the cycle's effort. */
export function FocusAreaSelect({
  objectiveId,
  focusAreaId,
  readOnly,
}: FieldProps & { focusAreaId: string | null }) {
  const doc = useWorkshopDoc();
  const choices = useWorkshop(focusAreaChoices);
  const t = useT();
  const hintId = useId();
  return (
    <OkrField label={t('okrs.focusArea')}>
      {(id) => (
        <>
          <select
            id={id}
            className="okr-input"
            value={focusAreaId ?? ''}
            disabled={readOnly || choices.length === 0}
            aria-describedby={choices.length === 0 ? hintId : undefined}
            onChange={(e) =>
              updateObjective(doc, objectiveId, {
                focusAreaId: e.target.value === '' ? null : e.target.value,
              })
            }
          >
            <option value="">{t('okrs.noFocusArea')}</option>
            {choices.map((f) => (
              <option key={f.id} value={f.id}>
                {f.title.trim() || t('okrs.untitledFocusArea')}
              </option>
            ))}
          </select>
          {choices.length === 0 && (
            <span id={hintId} className="okr-field-hint">
              {t('okrs.focusAreasFirst')}
            </span>
          )}
        </>
      )}
    </OkrField>
  );
}
