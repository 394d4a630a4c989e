import { LIMITS } from '../limits';
import { date, key, oneOf, order, text } from './fields';
import { defineRecord, type SnapshotOf } from './spec';

/**
 * The lists of a team's weekly Drumbeat meeting (the four-square of Wodtke's *Radical
 * Focus*): this week's priorities, must-haves (`p1`) and nice-to-haves (`p2`); what is
 * coming in the next four weeks (`next`); and the wins of the week (`wins`).
 */
export type WeeklyList = 'p1' | 'p2' | 'next' | 'wins';
export const WEEKLY_LISTS: readonly WeeklyList[] = ['p1', 'p2', 'next', 'wins'];

/**
 * One line of a team's weekly meeting: a priority, an upcoming milestone or a win, for one
 * team (`team` as the Drumbeat names it: a key result's team, or "Company") and one week
 * (`week`: the check-in day of that week, see shared/drumbeat/meeting.ts). A line per
 * record, ordered within its list, so two people adding lines at once both keep theirs.
 * JSON: `weeklyItems[]`.
 */
export const weeklyItemSpec = defineRecord({
  noun: 'weekly meeting line',
  plural: 'weekly meeting lines',
  fields: {
    id: key(),
    order: order(),
    team: text(LIMITS.shortText, {
      json: 'required',
      description: 'the team whose meeting it is ("Company" for company-level key results)',
    }),
    week: date({ json: 'required', description: 'the check-in day of the week (YYYY-MM-DD)' }),
    list: oneOf(WEEKLY_LISTS, 'p1', {
      json: 'required',
      description: 'p1 / p2: this week’s priorities; next: the next four weeks; wins: wins',
    }),
    text: text(LIMITS.shortText, { json: 'required' }),
  },
});

export type WeeklyItem = SnapshotOf<typeof weeklyItemSpec>;
