import * as Y from 'yjs';
import { addDays, isIsoDate } from '../../dates';
import { CONFIDENCE_MAX, CONFIDENCE_ROUND_KEY } from '../../protocol/confidence';
import { VOTE_LIMITS } from '../../protocol/room';
import { newId } from '../ids';
import { LOCAL_ORIGIN } from '../origin';
import { readCheckIn, readKeyResult } from '../read';
import { roomMap } from '../room-read';
import { collection, type RecordMap } from '../schema';
import { createCheckIn, updateCheckIn } from './check-ins';
import { getRecord } from './transact';

/*
 * The facilitator's side of a private confidence round (shared/protocol/confidence.ts):
 * open it on a team's key results, reveal it, put it away. Like the dot vote these write
 * the `room` map only (the facilitator's), which no undo step covers. Recording the value
 * the room agreed is a check-in, an ordinary Drumbeat edit.
 */

function transact(doc: Y.Doc, fn: (room: Y.Map<unknown>) => void): void {
  doc.transact(() => fn(roomMap(doc)), LOCAL_ORIGIN);
}

function roundMap(room: Y.Map<unknown>): Y.Map<unknown> | null {
  const map = room.get(CONFIDENCE_ROUND_KEY);
  return map instanceof Y.Map ? (map as Y.Map<unknown>) : null;
}

/**
 * Opens a confidence round on `items` (key result ids) of a team's meeting, replacing any
 * earlier round. Returns the round's id.
 * @public
 */
export function openConfidenceRound(
  doc: Y.Doc,
  meeting: { readonly team: string; readonly week: string },
  items: readonly string[],
): string {
  const id = newId();
  transact(doc, (room) => {
    const map = new Y.Map<unknown>();
    map.set('id', id);
    map.set('team', meeting.team.slice(0, 200));
    map.set('week', meeting.week);
    map.set('items', items.slice(0, VOTE_LIMITS.items));
    map.set('open', true);
    map.set('revealed', false);
    map.set('ballots', 0);
    map.set('voters', []);
    map.set('spread', {});
    room.set(CONFIDENCE_ROUND_KEY, map);
  });
  return id;
}

/** Closes the round and asks the hub to publish every confidence entered (it writes `spread`). @public */
export function revealConfidenceRound(doc: Y.Doc): void {
  transact(doc, (room) => {
    const map = roundMap(room);
    if (!map) return;
    map.set('open', false);
    map.set('revealed', true);
  });
}

/** Puts the round away (its revealed values go with it: only the agreed ones are kept). @public */
export function clearConfidenceRound(doc: Y.Doc): void {
  transact(doc, (room) => {
    if (room.has(CONFIDENCE_ROUND_KEY)) room.delete(CONFIDENCE_ROUND_KEY);
  });
}

/** How far from the meeting's day a check-in still belongs to its week (as week-tally counts). */
const WEEK_REACH_DAYS = 3;

/**
 * Records the confidence the room agreed for a key result in the week of `date` (the
 * meeting's day): the week's latest check-in gets it, marked as the result of a confidence
 * round; without one, a check-in dated `date` carries the latest value known (the last
 * check-in's, else the key result's current value or baseline). Returns the check-in's id,
 * or null when the key result is gone or no value is known yet (check in a value first).
 * @public
 */
export function recordAgreedConfidence(
  doc: Y.Doc,
  keyResultId: string,
  input: { readonly date: string; readonly confidence: number; readonly author?: string },
): string | null {
  const krMap = getRecord(doc, 'keyResults', keyResultId);
  if (!krMap || !isIsoDate(input.date) || !Number.isFinite(input.confidence)) return null;
  const confidence = Math.min(CONFIDENCE_MAX, Math.max(0, Math.round(input.confidence)));
  const from = addDays(input.date, -WEEK_REACH_DAYS)!;
  const to = addDays(input.date, WEEK_REACH_DAYS)!;
  let inWeek: { id: string; date: string } | null = null;
  let last: { date: string; value: number } | null = null;
  for (const [id, value] of collection(doc, 'checkIns').entries()) {
    if (!(value instanceof Y.Map)) continue;
    const c = readCheckIn(id, value as RecordMap);
    if (!c || c.keyResultId !== keyResultId) continue;
    if (c.date >= from && c.date <= to && (!inWeek || c.date >= inWeek.date))
      inWeek = { id, date: c.date };
    if (c.date <= to && (!last || c.date >= last.date)) last = { date: c.date, value: c.value };
  }
  const round = { confidence, confidenceRound: true };
  // The week's check-in keeps its author: who typed the value in, not who ran the round.
  if (inWeek) return updateCheckIn(doc, inWeek.id, round) ? inWeek.id : null;
  const kr = readKeyResult(keyResultId, krMap);
  const value = last?.value ?? kr.current ?? kr.baseline;
  if (value === null || value === undefined) return null;
  return createCheckIn(doc, keyResultId, {
    ...round,
    date: input.date,
    value,
    author: input.author,
  });
}
