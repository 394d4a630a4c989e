import { code, requiredId } from './fields';
import { defineRecord, type SnapshotOf } from './spec';

/** Rule ids are short kebab-case words; anything else was not written by Offsite. */
export const DISMISSAL_RULE_PATTERN = /^[a-z0-9][a-z0-9-]{0,59}$/;

/**
 * A coach finding the room decided to keep anyway ("we mean it"): the finding of `rule` on
 * the item `targetId` is no longer shown. JSON: `dismissedFindings[]`.
 */
export const dismissalSpec = defineRecord({
  noun: 'dismissed finding',
  plural: 'dismissed findings',
  fields: {
    rule: code(DISMISSAL_RULE_PATTERN, 'expected a coach rule id such as "kr-is-output"'),
    targetId: requiredId(),
  },
});

export type Dismissal = SnapshotOf<typeof dismissalSpec>;
