import { LIMITS } from '../limits';
import { key, oneOf, optionalRef, optionalText, order, text } from './fields';
import { defineRecord, type SnapshotOf } from './spec';

export type ObjectiveKind = 'committed' | 'aspirational';
export const OBJECTIVE_KINDS: readonly ObjectiveKind[] = ['committed', 'aspirational'];

/** A qualitative objective; its key results are nested under it in the JSON. */
export const objectiveSpec = defineRecord({
  noun: 'objective',
  plural: 'objectives',
  fields: {
    id: key(),
    order: order(),
    title: text(LIMITS.shortText, { json: 'required' }),
    description: text(LIMITS.longText, { json: 'optional' }),
    /** null = company level. */
    team: optionalText(LIMITS.shortText, { description: 'null or absent = company level' }),
    parentId: optionalRef('objectives', { parent: true, description: 'id of an objective' }),
    focusAreaId: optionalRef('focusAreas', { description: 'id of a focus area' }),
    kind: oneOf(OBJECTIVE_KINDS, 'aspirational', { json: 'defaulted' }),
  },
});

export type Objective = SnapshotOf<typeof objectiveSpec>;
