import { LIMITS } from '../limits';
import { recordKey, requiredNumber, text } from './fields';
import { defineRecord, type SnapshotOf } from './spec';

/**
 * The end-of-cycle grade the team gave one key result: 0.0–1.0 (Google's convention:
 * a committed key result is expected at 1.0, an aspirational one around 0.7) and why.
 * Stored under the key result's id in `grades`, so two people grading the same key result
 * write one record; a grade without a score is skipped. In the JSON it is the key result's
 * `grade` object. A key result without one shows the grade suggested from its progress
 * (shared/drumbeat/grades.ts).
 */
export const gradeSpec = defineRecord({
  noun: 'grade',
  plural: 'grades',
  fields: {
    keyResultId: recordKey(),
    score: requiredNumber({ range: { lo: 0, hi: 1 } }),
    reason: text(LIMITS.longText, { json: 'optional', description: 'why this grade' }),
  },
});

export type Grade = SnapshotOf<typeof gradeSpec>;
