import { LIMITS } from '../limits';
import { id, idList, key, oneOf, optionalNumber, order, text } from './fields';
import { defineRecord, type SnapshotOf } from './spec';

export type Direction = 'increase' | 'decrease' | 'maintain' | 'milestone';
export const DIRECTIONS: readonly Direction[] = ['increase', 'decrease', 'maintain', 'milestone'];

/** A measurable key result of an objective (nested under it in the JSON). */
export const keyResultSpec = defineRecord({
  noun: 'key result',
  plural: 'key results',
  fields: {
    id: key(),
    order: order(),
    /** In the JSON, the objective the key result is nested under. */
    objectiveId: id({ json: 'none' }),
    title: text(LIMITS.shortText, { json: 'required' }),
    metric: text(LIMITS.shortText, { json: 'optional' }),
    unit: text(LIMITS.shortText, { json: 'optional' }),
    baseline: optionalNumber(),
    target: optionalNumber(),
    current: optionalNumber(),
    direction: oneOf(DIRECTIONS, 'increase', { json: 'defaulted' }),
    confidence: optionalNumber({ lo: 0, hi: 10 }),
    team: text(LIMITS.shortText, { json: 'optional' }),
    /** Ids of kept projects: "how we'll move this KR". */
    initiatives: idList('projects', { json: 'optional', description: 'ids of projects' }),
  },
});

export type KeyResult = SnapshotOf<typeof keyResultSpec>;
