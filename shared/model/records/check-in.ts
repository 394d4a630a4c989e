import { LIMITS } from '../limits';
import { absentWhenEmpty, date, flag, id, key, requiredNumber, text } from './fields';
import { defineRecord, type SnapshotOf } from './spec';

/** How long a check-in's author (a display name) may be; the room's names are shorter. */
export const AUTHOR_MAX_LENGTH = 80;

/**
 * A weekly check-in on a key result. It has no order of its own: check-ins show by date.
 * Without a real date or a value it is skipped on read.
 *
 * `author` is the display name of whoever recorded it (the name they joined the room with,
 * or the desktop user's name). It says who typed the team's check-in in, never whose
 * performance it is: nothing adds authors up, ranks them or scores them.
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
    author: absentWhenEmpty(
      text(AUTHOR_MAX_LENGTH, {
        json: 'optional',
        description: 'the display name of who recorded the check-in (team-level, never a score)',
      }),
      (name): name is '' => name === '',
    ),
    /**
     * `confidence` is the value the team agreed after a private confidence round (everyone
     * entered theirs unseen, all were revealed at once), not one person's estimate. The
     * individual votes are never stored.
     */
    confidenceRound: absentWhenEmpty(flag(), (round): round is false => !round),
  },
});

export type CheckIn = SnapshotOf<typeof checkInSpec>;
