import { LIMITS } from '../limits';
import { key, order, text } from './fields';
import { defineRecord, type SnapshotOf } from './spec';

/** One of the 2–5 focus areas of the strategy. JSON: `onePager.focusAreas[]`. */
export const focusAreaSpec = defineRecord({
  noun: 'focus area',
  plural: 'focus areas',
  fields: {
    id: key(),
    order: order(),
    title: text(LIMITS.shortText, { json: 'required' }),
    description: text(LIMITS.shortText, { json: 'optional' }),
  },
});

export type FocusArea = SnapshotOf<typeof focusAreaSpec>;
