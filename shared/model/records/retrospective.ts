import { LIMITS } from '../limits';
import { recordKey, text } from './fields';
import { defineRecord, recordSchema, type SnapshotOf } from './spec';

/**
 * The four questions of a retrospective, each a Y.Text several people type into at once
 * (like the one-pager's texts): what worked, what did not, what we learned, and what to
 * change in how we run OKRs — plan-do-check-act applied to the OKR process itself.
 */
const retroFields = {
  worked: text(LIMITS.longText, { json: 'optional', description: 'what worked' }),
  didNotWork: text(LIMITS.longText, { json: 'optional', description: 'what did not work' }),
  learned: text(LIMITS.longText, { json: 'optional', description: 'what we learned' }),
  change: text(LIMITS.longText, {
    json: 'optional',
    description: 'what to change in how we run OKRs',
  }),
};

/** The cycle's own retrospective: the texts of the `cycleRetro` map. JSON: `retrospective`. */
export const retroTextsSpec = defineRecord({
  noun: 'retrospective',
  plural: 'retrospectives',
  fields: retroFields,
});

/** A retrospective's JSON object, one instance: the JSON Schema names it once. */
export const RETROSPECTIVE_SCHEMA = recordSchema(retroTextsSpec);

/**
 * The retrospective of one objective, stored under the objective's id in
 * `retrospectives`. JSON: the objective's `retrospective` object.
 */
export const objectiveRetroSpec = defineRecord({
  noun: 'retrospective',
  plural: 'retrospectives',
  fields: { objectiveId: recordKey(), ...retroFields },
});

export type RetroTexts = SnapshotOf<typeof retroTextsSpec>;
export type ObjectiveRetro = SnapshotOf<typeof objectiveRetroSpec>;
export type RetroField = keyof RetroTexts;
export const RETRO_FIELDS = Object.keys(retroFields) as readonly RetroField[];

/** True when no question of the retrospective has an answer yet. */
export function isEmptyRetro(retro: RetroTexts | undefined): boolean {
  return retro === undefined || RETRO_FIELDS.every((field) => retro[field].trim() === '');
}
