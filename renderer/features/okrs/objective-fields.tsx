import { useId, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { updateObjective, type UpstreamParent } from '../../../shared/model';
import { alignedStoreOf } from '../../sync/aligned-workshop';
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

/** A `<select>` value for a parent in another workshop (local parents are bare ids). */
const upstreamValue = (workshop: string, objective: string) => `upstream:${workshop}/${objective}`;

/**
 * The parent objective: any other objective except those aligned under this one (no
 * cycles), or, in a server workshop the admin aligned to another (the company's), one of
 * that workshop's objectives — read-only here, its title kept up to date from the server.
 */
export function ParentSelect({
  objectiveId,
  parentId,
  upstream,
  readOnly,
}: FieldProps & { parentId: string | null; upstream: UpstreamParent | null }) {
  const doc = useWorkshopDoc();
  const choices = useWorkshop(objectiveChoices);
  const aligned = useStore(alignedStoreOf(doc), (s) => s.parent);
  const t = useT();
  const options = useMemo(() => {
    const excluded = selfAndDescendants(choices, objectiveId);
    return choices.filter((c) => !excluded.has(c.id));
  }, [choices, objectiveId]);
  const upstreamOptions = aligned?.objectives ?? [];
  // The parent chosen earlier stays shown while the server cannot be asked (offline), or
  // after the admin aligned this workshop elsewhere.
  const keepChosen =
    upstream !== null &&
    (aligned?.workshop !== upstream.workshop ||
      !upstreamOptions.some((o) => o.id === upstream.objective));
  const value = upstream ? upstreamValue(upstream.workshop, upstream.objective) : (parentId ?? '');
  const choose = (next: string) => {
    const chosen =
      aligned && upstreamOptions.find((o) => upstreamValue(aligned.workshop, o.id) === next);
    if (chosen) {
      const up = { workshop: aligned.workshop, objective: chosen.id, title: chosen.title };
      updateObjective(doc, objectiveId, { upstream: up });
    } else if (next === value) {
      return;
    } else {
      updateObjective(doc, objectiveId, { parentId: next === '' ? null : next, upstream: null });
    }
  };
  return (
    <OkrField label={t('okrs.alignedTo')}>
      {(id) => (
        <select
          id={id}
          className="okr-input"
          value={value}
          disabled={readOnly}
          onChange={(e) => choose(e.target.value)}
        >
          <option value="">{t('okrs.noParent')}</option>
          {options.length > 0 && (
            <optgroup label={t('okrs.thisWorkshop')}>
              {options.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.team === null ? t('okrs.company') : c.team}:{' '}
                  {c.title.trim() || t('okrs.untitledObjective')}
                </option>
              ))}
            </optgroup>
          )}
          {aligned && upstreamOptions.length > 0 && (
            <optgroup
              label={t('okrs.companyWorkshopGroup', {
                title: aligned.title || t('okrs.untitledWorkshop'),
              })}
            >
              {upstreamOptions.map((o) => (
                <option key={o.id} value={upstreamValue(aligned.workshop, o.id)}>
                  {o.title.trim() || t('okrs.untitledObjective')}
                </option>
              ))}
            </optgroup>
          )}
          {keepChosen && (
            <option value={value}>
              {t('okrs.companyObjective', {
                title: upstream.title.trim() || t('okrs.untitledObjective'),
              })}
            </option>
          )}
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
