import { LIMITS } from '../limits';
import { key, link, order, text } from './fields';
import { defineRecord, type SnapshotOf } from './spec';

/**
 * One line of a plain ordered list: the not-doing list and the health metrics. In the JSON
 * a line is just its text (`onePager.notDoing: string[]`).
 */
export const listItemSpec = defineRecord({
  noun: 'line',
  plural: 'lines',
  fields: {
    id: key(),
    order: order(),
    text: text(LIMITS.shortText, { json: 'required' }),
    /** The killed project this not-doing line came from, if any. */
    projectId: link(),
  },
});

export type ListItem = SnapshotOf<typeof listItemSpec>;
export type ListName = 'notDoing' | 'metrics';
