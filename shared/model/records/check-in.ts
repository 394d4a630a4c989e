import { LIMITS } from '../limits';
import { date, id, key, requiredNumber, text } from './fields';
import { defineRecord, type SnapshotOf } from './spec';

/**
 * A weekly check-in on a key result. It has no order of its own: check-ins show by date.
 * Without a real date or a value it is skipped on read.
 */
export const checkInSpec = defineRecord({
  noun: 'check-in',
  plural: 'check-ins',
  fields: {
    id: key(),
    keyResultId: id({ json: 'required', refersTo: 'keyResults' }),
    date: date({ json: 'required' }),
    value: requiredNumber(),
    confidence: requiredNumber({ range: { lo: 0, hi: 10 }, fallback: 5 }),
    note: text(LIMITS.longText, { json: 'optional' }),
  },
});

export type CheckIn = SnapshotOf<typeof checkInSpec>;
