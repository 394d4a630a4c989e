import { LIMITS } from '../limits';
import { date, id, oneOf, recordKey, text } from './fields';
import { defineRecord, type SnapshotOf } from './spec';

/** How a health metric of the one-pager stands this week. */
export type HealthRating = 'green' | 'yellow' | 'red';
export const HEALTH_RATINGS: readonly HealthRating[] = ['green', 'yellow', 'red'];

/**
 * A team's rating of one health metric of the one-pager (`metrics`) for one week, in its
 * weekly meeting: what must not break while the team chases its objectives. Stored under
 * {@link healthRatingKey}, so two people rating the same metric of the same team and week
 * write one record (the last rating wins); no rating is no record. In the JSON the metric
 * is named by its text (`healthRatings[].metric`), as the one-pager's metrics are plain
 * lines there.
 */
export const healthRatingSpec = defineRecord({
  noun: 'health rating',
  plural: 'health ratings',
  fields: {
    id: recordKey(),
    team: text(LIMITS.shortText, { json: 'required', description: 'the team that rated it' }),
    week: date({ json: 'required', description: 'the check-in day of the week (YYYY-MM-DD)' }),
    /** The health metric (a record of `metrics`); in the JSON, its text instead. */
    metricId: id({ json: 'none' }),
    rating: oneOf(HEALTH_RATINGS, 'yellow', { json: 'required' }),
  },
});

export type HealthRatingRecord = SnapshotOf<typeof healthRatingSpec>;

/** FNV-1a over UTF-16 code units, two 32-bit lanes: a short, stable name for a team. */
function teamHash(team: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ team.length;
  for (let i = 0; i < team.length; i++) {
    const c = team.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a >>> 7), 0x5bd1e995) >>> 0;
  }
  return a.toString(36) + b.toString(36);
}

/**
 * The key a rating is stored under: the same for everyone rating that metric of that team
 * in that week. The team's name is hashed (names are free text, keys are short); the
 * record holds the name itself, which is what readers go by.
 */
export function healthRatingKey(team: string, week: string, metricId: string): string {
  return `${week}~${metricId}~${teamHash(team)}`.slice(0, LIMITS.idLength);
}
