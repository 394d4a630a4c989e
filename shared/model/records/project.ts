import { LIMITS } from '../limits';
import { idList, key, oneOf, order, text } from './fields';
import { defineRecord, type SnapshotOf } from './spec';

export type Column = 'inbox' | 'keep' | 'kill';
export const COLUMNS: readonly Column[] = ['inbox', 'keep', 'kill'];

/** A running project, sorted into Keep or Kill on the board. */
export const projectSpec = defineRecord({
  noun: 'project',
  plural: 'projects',
  fields: {
    id: key(),
    order: order(),
    title: text(LIMITS.shortText, { json: 'required' }),
    description: text(LIMITS.longText, { json: 'optional' }),
    team: text(LIMITS.shortText, { json: 'optional' }),
    column: oneOf(COLUMNS, 'inbox', { json: 'required' }),
    focusAreaIds: idList('focusAreas', { json: 'required', description: 'ids of focus areas' }),
    rationale: text(LIMITS.longText, { json: 'optional' }),
  },
  migrations: {
    // Schema 0 (the first prototype) stored the column as `status`, 'new' for the inbox.
    0: (record) => {
      const status: unknown = record.get('status');
      if (status === undefined) return;
      if (!record.has('column')) record.set('column', status === 'new' ? 'inbox' : status);
      record.delete('status');
    },
  },
});

export type Project = SnapshotOf<typeof projectSpec>;
