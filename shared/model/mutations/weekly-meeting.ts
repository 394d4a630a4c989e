import type * as Y from 'yjs';
import { isIsoDate } from '../../dates';
import { newId } from '../ids';
import {
  HEALTH_RATINGS,
  healthRatingKey,
  WEEKLY_LISTS,
  type HealthRating,
  type WeeklyList,
} from '../records';
import { collection, type RecordMap } from '../schema';
import { LIMITS } from '../types';
import { getRecord, local, newRecord, orderAt, setFields, text } from './transact';

/*
 * The weekly Drumbeat meeting of a team: the lines of its four-square (this week's P1/P2
 * priorities, the next four weeks, the wins) and its ratings of the one-pager's health
 * metrics. Each line is its own record, so two people adding lines at once both keep
 * theirs; a rating is stored under one key per team, week and metric, so two people rating
 * the same metric write one record and the last rating wins.
 */

/** Which meeting a line or a rating belongs to: a team and a week (its check-in day). */
export interface MeetingRef {
  readonly team: string;
  /** `YYYY-MM-DD`: the check-in day of the week (shared/drumbeat/meeting.ts). */
  readonly week: string;
}

/** A team's name as stored: one line, trimmed, clamped; null if nothing is left. */
function teamName(team: string): string | null {
  const clean = team.replace(/\s+/g, ' ').trim().slice(0, LIMITS.shortText);
  return clean === '' ? null : clean;
}

/** One line of text as stored (a meeting line is a line, not a paragraph). */
function lineText(value: string): string {
  return text(value.replace(/\s+/g, ' ').trim()) ?? '';
}

function isList(value: unknown): value is WeeklyList {
  return (WEEKLY_LISTS as readonly unknown[]).includes(value);
}

/** The lines of one list of one meeting (a `siblings` filter). */
function inList(team: string, week: string, list: WeeklyList) {
  return (map: RecordMap) =>
    map.get('team') === team && map.get('week') === week && map.get('list') === list;
}

/**
 * Adds a line to a list of a team's meeting, at the end (or at `index` among its lines):
 * one local transaction. Null, writing nothing, for an empty line, a blank team, a week
 * that is no date or an unknown list.
 * @public
 */
export function addWeeklyItem(
  doc: Y.Doc,
  meeting: MeetingRef,
  list: WeeklyList,
  value: string,
  index?: number,
): string | null {
  const team = teamName(meeting.team);
  const line = lineText(value);
  if (team === null || !isIsoDate(meeting.week) || !isList(list) || line === '') return null;
  const id = newId();
  local(doc, () => {
    const order = orderAt(doc, 'weeklyItems', inList(team, meeting.week, list), index);
    collection(doc, 'weeklyItems').set(
      id,
      newRecord({ id, order, team, week: meeting.week, list, text: line }),
    );
  });
  return id;
}

/**
 * Changes a line's text; an empty text deletes the line (an empty priority says nothing).
 * @public
 */
export function updateWeeklyItem(doc: Y.Doc, id: string, value: string): boolean {
  const map = getRecord(doc, 'weeklyItems', id);
  if (!map) return false;
  const line = lineText(value);
  if (line === '') return deleteWeeklyItem(doc, id);
  local(doc, () => setFields(map, { text: line }));
  return true;
}

/**
 * Moves a line to `index` among the lines of `list` in its meeting (another list of the
 * same meeting, say a P2 made P1, when `list` differs).
 * @public
 */
export function moveWeeklyItem(doc: Y.Doc, id: string, list: WeeklyList, index: number): boolean {
  const map = getRecord(doc, 'weeklyItems', id);
  const team: unknown = map?.get('team');
  const week: unknown = map?.get('week');
  if (!map || typeof team !== 'string' || typeof week !== 'string' || !isList(list)) return false;
  local(doc, () =>
    setFields(map, {
      list,
      order: orderAt(doc, 'weeklyItems', inList(team, week, list), index, id),
    }),
  );
  return true;
}

/** @public */
export function deleteWeeklyItem(doc: Y.Doc, id: string): boolean {
  if (!getRecord(doc, 'weeklyItems', id)) return false;
  local(doc, () => collection(doc, 'weeklyItems').delete(id));
  return true;
}

/**
 * Rates a health metric of the one-pager for a team's week (green, yellow or red), or
 * clears the rating (`null`). False, writing nothing, when the metric is gone or the team
 * or week is unusable.
 * @public
 */
export function setHealthRating(
  doc: Y.Doc,
  meeting: MeetingRef,
  metricId: string,
  rating: HealthRating | null,
): boolean {
  const team = teamName(meeting.team);
  if (team === null || !isIsoDate(meeting.week) || !getRecord(doc, 'metrics', metricId))
    return false;
  if (rating !== null && !HEALTH_RATINGS.includes(rating)) return false;
  const key = healthRatingKey(team, meeting.week, metricId);
  const ratings = collection(doc, 'healthRatings');
  const existing = getRecord(doc, 'healthRatings', key);
  if (rating === null) {
    if (!ratings.has(key)) return false;
    local(doc, () => ratings.delete(key));
    return true;
  }
  local(doc, () => {
    if (existing) setFields(existing, { rating });
    else ratings.set(key, newRecord({ team, week: meeting.week, metricId, rating }));
  });
  return true;
}
