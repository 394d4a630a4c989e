import * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../origin';
import { newId } from '../ids';
import { readObjective, readProject } from '../read';
import { readRoomState, roomMap } from '../room-read';
import { recordMap } from '../schema';
import {
  ROOM_KEYS,
  VOTE_HISTORY_MAX,
  VOTE_LIMITS,
  type MeetingStageState,
  type RecordRef,
  type SpotlightState,
  type Step,
  type TimerState,
  type VoteTarget,
  type VotingState,
} from '../../protocol/room';

/**
 * Facilitator controls. They write only the `room` map, which the hub accepts from the
 * facilitator alone. The undo manager's scope leaves the room map out, so ctrl-z never
 * unlocks a step or stops a timer. None stamps `meta.updatedAt`: that would touch a step.
 */

function transact(doc: Y.Doc, fn: (room: Y.Map<unknown>) => void): void {
  doc.transact(() => fn(roomMap(doc)), LOCAL_ORIGIN);
}

function locks(room: Y.Map<unknown>): Y.Map<unknown> {
  const existing = room.get(ROOM_KEYS.locks);
  if (existing instanceof Y.Map) return existing as Y.Map<unknown>;
  const created = new Y.Map<unknown>();
  room.set(ROOM_KEYS.locks, created);
  return created;
}

/** Makes `step` read-only for participants; the hub rejects their writes to it. */
export function lockStep(doc: Y.Doc, step: Step): void {
  transact(doc, (room) => locks(room).set(step, true));
}

export function unlockStep(doc: Y.Doc, step: Step): void {
  transact(doc, (room) => {
    const map = room.get(ROOM_KEYS.locks);
    if (map instanceof Y.Map && map.has(step)) map.delete(step);
  });
}

/** Turns follow mode on or off; participants following see `step`. */
export function setFollow(doc: Y.Doc, on: boolean, step: Step): void {
  transact(doc, (room) => room.set(ROOM_KEYS.follow, { on, step }));
}

/**
 * Records the step the facilitator is on, leaving follow mode as it is: followers go there
 * while it is on, and the projector always shows it. A move to another step also drops the
 * focus, which belonged to the step left (and the weekly meeting, when leaving the
 * Drumbeat). No-op when nothing changes.
 */
export function setFacilitatorStep(doc: Y.Doc, step: Step): void {
  const { follow, focus, meeting } = readRoomState(doc);
  if (follow?.step === step) return;
  transact(doc, (room) => {
    room.set(ROOM_KEYS.follow, { on: follow?.on ?? false, step });
    if (focus) room.delete(ROOM_KEYS.focus);
    // The weekly meeting belongs to the Drumbeat. Kept on arriving there: the meeting view
    // (a child of the step's layout) publishes it before the step is published.
    if (meeting && step !== 'drumbeat') room.delete(ROOM_KEYS.meeting);
  });
}

function sameRef(a: RecordRef | null, b: RecordRef | null): boolean {
  return a?.type === b?.type && a?.id === b?.id;
}

/** The record the facilitator's cursor is in (null: none); no-op when it is already that. */
export function setFocus(doc: Y.Doc, focus: RecordRef | null): void {
  if (sameRef(readRoomState(doc).focus, focus)) return;
  transact(doc, (room) => {
    if (focus) room.set(ROOM_KEYS.focus, { type: focus.type, id: focus.id });
    else room.delete(ROOM_KEYS.focus);
  });
}

/**
 * Spotlights a record (followers and the projector are brought to it, and it stays
 * highlighted), or clears the spotlight with null.
 */
export function setSpotlight(doc: Y.Doc, spotlight: SpotlightState | null): void {
  transact(doc, (room) => {
    if (spotlight)
      room.set(ROOM_KEYS.spotlight, {
        type: spotlight.type,
        id: spotlight.id,
        step: spotlight.step,
      });
    else room.delete(ROOM_KEYS.spotlight);
  });
}

/**
 * The weekly meeting the facilitator has open (null: none), for the projector and the
 * followers. No-op when it is already that, so re-rendering the meeting writes nothing.
 */
export function setMeetingStage(doc: Y.Doc, meeting: MeetingStageState | null): void {
  const current = readRoomState(doc).meeting;
  if (current?.team === meeting?.team && current?.week === meeting?.week) return;
  transact(doc, (room) => {
    if (meeting) room.set(ROOM_KEYS.meeting, { team: meeting.team, week: meeting.week });
    else room.delete(ROOM_KEYS.meeting);
  });
}

function writeTimer(doc: Y.Doc, timer: TimerState): void {
  transact(doc, (room) => room.set(ROOM_KEYS.timer, { ...timer }));
}

/** Starts the timer of `step` for `durationMs`, ending at `hubNow + durationMs` on the hub clock. */
export function startTimer(doc: Y.Doc, step: Step, durationMs: number, hubNow: number): void {
  const duration = Math.max(0, Number.isFinite(durationMs) ? durationMs : 0);
  writeTimer(doc, { step, running: true, endsAt: hubNow + duration, remainingMs: duration });
}

/** Resumes a paused timer with the time it had left. No-op if none or already running. */
export function resumeTimer(doc: Y.Doc, hubNow: number): void {
  const timer = readRoomState(doc).timer;
  if (!timer || timer.running) return;
  writeTimer(doc, { ...timer, running: true, endsAt: hubNow + timer.remainingMs });
}

/** Pauses the running timer, keeping what it had left at `hubNow`. */
export function pauseTimer(doc: Y.Doc, hubNow: number): void {
  const timer = readRoomState(doc).timer;
  if (!timer || !timer.running) return;
  writeTimer(doc, { ...timer, running: false, remainingMs: Math.max(0, timer.endsAt - hubNow) });
}

/** Adds a minute, running or paused (a timer that ran out restarts with one minute). */
export function addTimerMinute(doc: Y.Doc, hubNow: number): void {
  const timer = readRoomState(doc).timer;
  if (!timer) return;
  if (timer.running) {
    writeTimer(doc, { ...timer, endsAt: Math.max(timer.endsAt, hubNow) + 60_000 });
  } else writeTimer(doc, { ...timer, remainingMs: timer.remainingMs + 60_000 });
}

/** Removes the timer. */
export function resetTimer(doc: Y.Doc): void {
  transact(doc, (room) => room.delete(ROOM_KEYS.timer));
}

function votingMap(room: Y.Map<unknown>): Y.Map<unknown> | null {
  const value = room.get(ROOM_KEYS.voting);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : null;
}

/** The title of a vote's item as it reads now ('' if it is gone). */
function itemTitle(doc: Y.Doc, target: VoteTarget, id: string): string {
  const map = recordMap(doc, target, id);
  if (!map) return '';
  return (target === 'projects' ? readProject(id, map, null) : readObjective(id, map)).title;
}

/**
 * Keeps a revealed vote as an earlier round (question, results with the items' titles now,
 * so the round still reads after a card is renamed or deleted), dropping the oldest beyond
 * VOTE_HISTORY_MAX. Runs inside the caller's transaction.
 */
function archive(doc: Y.Doc, room: Y.Map<unknown>, voting: VotingState | null): void {
  if (!voting?.revealed) return;
  let history = room.get(ROOM_KEYS.voteHistory);
  if (!(history instanceof Y.Map)) {
    history = new Y.Map<unknown>();
    room.set(ROOM_KEYS.voteHistory, history);
  }
  const rounds = history as Y.Map<unknown>;
  const ids = new Set([...(voting.items ?? []), ...Object.keys(voting.results)]);
  const rows = [...ids].map((id) => ({
    id,
    title: itemTitle(doc, voting.target, id),
    dots: voting.results[id] ?? 0,
  }));
  rounds.set(voting.id, {
    target: voting.target,
    question: voting.question,
    at: Date.now(),
    ballots: voting.ballots,
    rows,
  });
  const byAge = [...rounds.entries()]
    .map(([id, round]) => ({ id, at: (round as { at?: unknown }).at }))
    .sort((a, b) => (typeof b.at === 'number' ? b.at : 0) - (typeof a.at === 'number' ? a.at : 0));
  for (const { id } of byAge.slice(VOTE_HISTORY_MAX)) rounds.delete(id);
}

export interface VoteOptions {
  /** What the room is asked; shown to everyone with the vote. */
  readonly question?: string;
  /** The items on the ballot (ids of the target); the hub refuses dots on any other. */
  readonly items?: readonly string[];
}

/**
 * Opens a dot vote on projects or objectives (`dots` each), replacing any previous vote (a
 * revealed one is kept as an earlier round). Ballots go to the hub, never into the doc
 * (see `VotingState`). Returns the vote id.
 */
export function openVote(
  doc: Y.Doc,
  target: VoteTarget,
  dots: number,
  options: VoteOptions = {},
): string {
  const id = newId();
  const previous = readRoomState(doc).voting;
  transact(doc, (room) => {
    archive(doc, room, previous);
    const map = new Y.Map<unknown>();
    map.set('id', id);
    map.set('target', target);
    map.set('question', (options.question ?? '').trim().slice(0, VOTE_LIMITS.questionLength));
    map.set('dots', Math.max(1, Math.min(20, Math.floor(dots))));
    map.set('open', true);
    map.set('revealed', false);
    map.set('ballots', 0);
    map.set('voters', []);
    if (options.items) map.set('items', options.items.slice(0, VOTE_LIMITS.items));
    map.set('results', {});
    room.set(ROOM_KEYS.voting, map);
  });
  return id;
}

/** Stops accepting ballots (results stay hidden until revealed). */
export function closeVote(doc: Y.Doc): void {
  transact(doc, (room) => votingMap(room)?.set('open', false));
}

/** Closes the vote and asks the hub to publish the counts (it writes `results`). */
export function revealVote(doc: Y.Doc): void {
  transact(doc, (room) => {
    const map = votingMap(room);
    if (!map) return;
    map.set('open', false);
    map.set('revealed', true);
  });
}

/** Removes the vote and its results from the items; a revealed vote is kept as an earlier round. */
export function clearVote(doc: Y.Doc): void {
  const voting = readRoomState(doc).voting;
  transact(doc, (room) => {
    archive(doc, room, voting);
    room.delete(ROOM_KEYS.voting);
  });
}
