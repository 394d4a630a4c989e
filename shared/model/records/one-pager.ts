import { LIMITS } from '../limits';
import { text } from './fields';
import { defineRecord, type SnapshotOf } from './spec';

/**
 * The texts of the strategy one-pager, typed into by several people at once: each is a
 * Y.Text in the `onePager` map (the lists beside them are records of their own).
 */
export const onePagerTextsSpec = defineRecord({
  noun: 'one-pager',
  plural: 'one-pagers',
  fields: {
    purpose: text(LIMITS.longText, { json: 'required' }),
    vision: text(LIMITS.longText, { json: 'required' }),
    customers: text(LIMITS.longText, { json: 'required' }),
  },
});

export type OnePagerTexts = SnapshotOf<typeof onePagerTextsSpec>;
export type OnePagerField = keyof OnePagerTexts;
export const ONE_PAGER_FIELDS = Object.keys(onePagerTextsSpec.fields) as readonly OnePagerField[];
