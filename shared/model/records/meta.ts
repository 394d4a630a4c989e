import { LIMITS } from '../limits';
import { absentWhenEmpty, counter, date, flag, id, languageTag, text, wholeNumber } from './fields';
import { previousCycleField } from './previous-cycle';
import { defineRecord, type SnapshotOf } from './spec';

/**
 * The workshop's own fields (the `meta` map). In the JSON they sit at the top level, beside
 * `format` and `version`.
 */
export const metaSpec = defineRecord({
  noun: 'workshop',
  plural: 'workshops',
  fields: {
    id: id({ json: 'required' }),
    title: text(LIMITS.shortText, { json: 'required' }),
    cycle: text(LIMITS.shortText, { json: 'required' }),
    /** '' when not set. */
    cycleStart: date({ json: 'optional' }),
    cycleEnd: date({ json: 'optional' }),
    /** 0 = Sunday … 6 = Saturday; the day teams check in (Monday by default). */
    checkInWeekday: wholeNumber(0, 6, 1, {
      message: 'expected a whole number from 0 (Sunday) to 6 (Saturday)',
      description: '0 = Sunday … 6 = Saturday',
    }),
    /**
     * The room's language (BCP 47): the app's text, the coach's messages and the exports
     * speak it, whatever a reader's browser says. Absent (empty) means English. The
     * facilitator's setting (shared/protocol/policy.ts).
     */
    language: absentWhenEmpty(
      languageTag({
        description:
          'The workshop\'s language, a BCP 47 tag ("en", "it", "de"); absent means English',
      }),
      (tag): tag is '' => tag === '',
    ),
    schemaVersion: counter(0),
    /** The facilitator marked the OKR set agreed; editing asks for an unlock. */
    agreed: flag(),
    /**
     * Who last agreed or un-agreed the set (their display name) and when (ms since the
     * epoch, 0 when never): the agreement bar says so to everyone. Doc-only, like the room.
     */
    agreedBy: text(LIMITS.shortText, { json: 'none' }),
    agreedAt: counter(0),
    /** Milliseconds since the epoch of the last local edit, 0 when unknown. */
    updatedAt: counter(0),
    /** The cycle this one follows, with how it ended; absent for a first cycle. */
    previousCycle: absentWhenEmpty(
      previousCycleField(),
      (previous): previous is null => previous === null,
    ),
  },
});

export type Meta = SnapshotOf<typeof metaSpec>;

/**
 * What is wrong with the cycle's pair of dates, or null: an end on or before the start is
 * no cycle. The one rule for the pair — the doc reader drops such a pair (the Drumbeat then
 * asks for dates, as when none are set), the import refuses it, and the cycle settings never
 * write one — so a file the app exports always imports again.
 */
export function cycleDatesProblem(cycleStart: string, cycleEnd: string): string | null {
  if (cycleStart === '' || cycleEnd === '' || cycleEnd > cycleStart) return null;
  return `the cycle ends (${cycleEnd}) on or before it starts (${cycleStart})`;
}
