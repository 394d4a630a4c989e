import { addDays, dayNumber, isoFromDayNumber, nextWeekday } from '../dates';
import type {
  CheckIn,
  HealthRating,
  HealthRatingRecord,
  Meta,
  WeeklyItem,
  WeeklyList,
  Workshop,
} from '../model/types';
import { checkInWeeks } from './calendar';
import { checkInsOf } from './progress';

/**
 * The weekly Drumbeat meeting (Wodtke's *Radical Focus*): per team and week, a four-square
 * of this week's priorities (P1/P2), the key results' confidence with its trend, the next
 * four weeks, and the health metrics rated green/yellow/red; plus the wins of the week.
 * A meeting is named by its team and its week, the week being the check-in day of that
 * week (`meta.checkInWeekday`), so everyone meeting on Tuesday or Wednesday of one week
 * writes into the same meeting.
 * @public
 */

type CycleMeta = Pick<Meta, 'cycleStart' | 'cycleEnd' | 'checkInWeekday'>;

/**
 * The meeting week that holds `today`: the check-in day of the cycle's week holding it
 * (before the cycle, its first week; after it, its last). Without usable cycle dates, the
 * check-in weekday nearest to today (three days either side), as a week counts check-ins.
 * Null when `today` is no date.
 * @public
 */
export function meetingWeek(meta: CycleMeta, today: string): string | null {
  const day = dayNumber(today);
  if (day === null) return null;
  const weeks = checkInWeeks(meta);
  if (weeks.length > 0) {
    const first = weeks[0]!;
    const last = weeks[weeks.length - 1]!;
    if (today < first.start) return first.date;
    if (today > last.end) return last.date;
    return weeks.find((w) => w.start <= today && today <= w.end)?.date ?? last.date;
  }
  const weekday = Number.isInteger(meta.checkInWeekday) ? meta.checkInWeekday : 1;
  return isoFromDayNumber(nextWeekday(day - 3, ((weekday % 7) + 7) % 7, false));
}

/** The meeting week `n` weeks after `week` (before, when negative). @public */
export function shiftWeek(week: string, n: number): string {
  return addDays(week, 7 * n) ?? week;
}

/** One team's meeting of one week, as read from the workshop. @public */
export interface Meeting {
  readonly team: string;
  readonly week: string;
  /** The lines of each list, in order. */
  readonly lists: Readonly<Record<WeeklyList, readonly WeeklyItem[]>>;
  /** The rating of each health metric (by metric id); a metric not rated is absent. */
  readonly ratings: ReadonlyMap<string, HealthRating>;
}

/** The lines and ratings of one team's meeting in one week. @public */
export function meetingOf(
  items: readonly WeeklyItem[],
  ratings: readonly HealthRatingRecord[],
  team: string,
  week: string,
): Meeting {
  const lists: Record<WeeklyList, WeeklyItem[]> = { p1: [], p2: [], next: [], wins: [] };
  for (const item of items)
    if (item.team === team && item.week === week) lists[item.list].push(item);
  for (const list of Object.values(lists)) list.sort((a, b) => compare(a.order, b.order));
  const rated = new Map<string, HealthRating>();
  for (const r of ratings) if (r.team === team && r.week === week) rated.set(r.metricId, r.rating);
  return { team, week, lists, ratings: rated };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every (team, week) that has a meeting in the workshop, by week, then team. @public */
export function meetingsIn(w: Pick<Workshop, 'weeklyItems' | 'healthRatings'>): Meeting[] {
  const items = w.weeklyItems ?? [];
  const ratings = w.healthRatings ?? [];
  const keys = new Map<string, { team: string; week: string }>();
  for (const { team, week } of [...items, ...ratings]) keys.set(`${week}\n${team}`, { team, week });
  return [...keys.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([, { team, week }]) => meetingOf(items, ratings, team, week));
}

/** A key result's confidence at one check-in. @public */
export interface ConfidencePoint {
  readonly date: string;
  readonly confidence: number;
  /** Agreed in a private confidence round. */
  readonly round: boolean;
}

/** How a key result's confidence moved between its last two check-ins. @public */
export type ConfidenceTrend = 'up' | 'down' | 'flat';

/** A key result's confidence over the weeks, and where it stands. @public */
export interface ConfidenceHistory {
  /** One point per check-in on or before today, oldest first. */
  readonly points: readonly ConfidencePoint[];
  /** The latest confidence, or null before the first check-in. */
  readonly latest: number | null;
  /** Null with fewer than two check-ins. */
  readonly trend: ConfidenceTrend | null;
  /** The change since the previous check-in (latest − previous), or null. */
  readonly change: number | null;
}

/**
 * The confidence of one key result over the weeks up to `today`: every usable check-in
 * (checkInsOf), oldest first, and the move between the last two.
 * @public
 */
export function confidenceHistory(
  keyResultId: string,
  checkIns: readonly CheckIn[],
  today: string,
): ConfidenceHistory {
  const points = checkInsOf(keyResultId, checkIns)
    .filter((c) => c.date <= today)
    .map((c) => ({ date: c.date, confidence: c.confidence, round: c.confidenceRound === true }));
  const last = points[points.length - 1];
  const before = points[points.length - 2];
  const change = last && before ? last.confidence - before.confidence : null;
  return {
    points,
    latest: last ? last.confidence : null,
    trend: change === null ? null : change > 0 ? 'up' : change < 0 ? 'down' : 'flat',
    change,
  };
}

/** What a revealed confidence round says about one key result. @public */
export interface RoundSummary {
  /** Every confidence entered, lowest first (who entered which is never known). */
  readonly values: readonly number[];
  readonly low: number;
  readonly high: number;
  /** The median, rounded to a whole number: the value offered as the agreed one. */
  readonly median: number;
  /** The highest and lowest differ by 3 or more: worth talking about before agreeing. */
  readonly split: boolean;
}

/** The gap between the highest and lowest confidence that makes a round worth discussing. */
export const SPLIT_GAP = 3;

/** The summary of the confidences entered for one key result; null when nobody did. @public */
export function roundSummary(values: readonly number[]): RoundSummary | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length / 2;
  const median = Number.isInteger(mid)
    ? (sorted[mid - 1]! + sorted[mid]!) / 2
    : sorted[Math.floor(mid)]!;
  const low = sorted[0]!;
  const high = sorted[sorted.length - 1]!;
  return { values: sorted, low, high, median: Math.round(median), split: high - low >= SPLIT_GAP };
}
