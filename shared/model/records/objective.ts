import { LIMITS } from '../limits';
import { absentWhenEmpty, key, oneOf, optionalRef, optionalText, order, text } from './fields';
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
    /**
     * A parent in another workshop on the same server (a team aligning to the company's
     * objective): that workshop's id, the objective's id there, and its title as last read
     * from the server (kept up to date while connected, so exports and offline peers show
     * it). All three or none; `parentId` wins when both are set.
     */
    upstreamWorkshop: absentWhenEmpty(
      optionalText(LIMITS.idLength, {
        description: 'id of the workshop of a cross-workshop parent',
      }),
      isNull,
    ),
    upstreamObjective: absentWhenEmpty(
      optionalText(LIMITS.idLength, { description: 'id of the parent objective in that workshop' }),
      isNull,
    ),
    upstreamTitle: absentWhenEmpty(
      optionalText(LIMITS.shortText, { description: 'its title, as last read from the server' }),
      isNull,
    ),
    focusAreaId: optionalRef('focusAreas', { description: 'id of a focus area' }),
    kind: oneOf(OBJECTIVE_KINDS, 'aspirational', { json: 'defaulted' }),
  },
});

function isNull(value: string | null): value is null {
  return value === null;
}

export type Objective = SnapshotOf<typeof objectiveSpec>;
