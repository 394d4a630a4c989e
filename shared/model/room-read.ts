import * as Y from 'yjs';
import {
  AWARENESS_LIMITS,
  isStep,
  RECORD_REF_ID_PATTERN,
  RECORD_REF_TYPES,
  ROOM_KEYS,
  ROOM_MAP,
  STEPS,
  MEETING_STAGE_TEAM_LENGTH,
  type FollowState,
  type MeetingStageState,
  type RecordRef,
  type RecordRefType,
  type RoomState,
  type SpotlightState,
  type Step,
  type TimerState,
  type VoteRound,
  type VotingState,
  VOTE_HISTORY_MAX,
  VOTE_LIMITS,
} from '../protocol/room';
import {
  CONFIDENCE_ROUND_KEY,
  confidenceValue,
  type ConfidenceRoundState,
} from '../protocol/confidence';
import { isIsoDate } from '../dates';
import type { ReportProblem } from './read';

/** The room map (facilitation state), created on first use like every root type. */
export function roomMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOM_MAP);
}

const ignore: ReportProblem = () => {};
const MAX_ITEMS = 1000;

function record(value: unknown): Record<string, unknown> | null {
  if (value instanceof Y.Map) return value.toJSON() as Record<string, unknown>;
  if (value && typeof value === 'object' && !Array.isArray(value))
    return value as Record<string, unknown>;
  return null;
}

function finiteNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function readLocks(value: unknown, report: ReportProblem): Step[] {
  const map = record(value);
  if (value !== undefined && !map)
    report({ where: 'room.locks', message: 'expected a map of step → true' });
  return map ? STEPS.filter((step) => map[step] === true) : [];
}

function readFollow(value: unknown, report: ReportProblem): FollowState | null {
  if (value === undefined) return null;
  const map = record(value);
  if (!map || typeof map.on !== 'boolean' || !isStep(map.step)) {
    report({ where: 'room.follow', message: 'expected { on: boolean, step }' });
    return null;
  }
  return { on: map.on, step: map.step };
}

function readTimer(value: unknown, report: ReportProblem): TimerState | null {
  if (value === undefined) return null;
  const map = record(value);
  const endsAt = finiteNumber(map?.endsAt);
  const remainingMs = finiteNumber(map?.remainingMs);
  if (
    !map ||
    !isStep(map.step) ||
    typeof map.running !== 'boolean' ||
    endsAt === null ||
    remainingMs === null
  ) {
    report({ where: 'room.timer', message: 'expected { step, running, endsAt, remainingMs }' });
    return null;
  }
  return { step: map.step, running: map.running, endsAt, remainingMs: Math.max(0, remainingMs) };
}

function stringList(value: unknown, max: number, maxLength: number): string[] | null {
  if (!Array.isArray(value)) return null;
  return value
    .slice(0, max)
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.slice(0, maxLength));
}

function readVoting(value: unknown, report: ReportProblem): VotingState | null {
  if (value === undefined) return null;
  const map = record(value);
  const dots = finiteNumber(map?.dots);
  if (
    !map ||
    typeof map.id !== 'string' ||
    (map.target !== 'projects' && map.target !== 'objectives') ||
    dots === null ||
    typeof map.open !== 'boolean' ||
    typeof map.revealed !== 'boolean'
  ) {
    report({
      where: 'room.voting',
      message: 'expected { id, target, dots, open, revealed, results }',
    });
    return null;
  }
  const results: Record<string, number> = {};
  const raw = record(map.results) ?? {};
  for (const [itemId, count] of Object.entries(raw).slice(0, MAX_ITEMS)) {
    const n = finiteNumber(count);
    if (n !== null && n >= 0) results[itemId] = Math.floor(n);
    else report({ where: `room.voting.results.${itemId}`, message: 'expected a count' });
  }
  return {
    id: map.id.slice(0, 100),
    target: map.target,
    question:
      typeof map.question === 'string' ? map.question.slice(0, VOTE_LIMITS.questionLength) : '',
    dots: Math.max(1, Math.min(20, Math.floor(dots))),
    open: map.open,
    revealed: map.revealed,
    ballots: Math.max(0, Math.floor(finiteNumber(map.ballots) ?? 0)),
    voters: stringList(map.voters, VOTE_LIMITS.voters, AWARENESS_LIMITS.nameLength) ?? [],
    items: stringList(map.items, VOTE_LIMITS.items, 100),
    // Counts are shown only once revealed, whatever a peer wrote before.
    results: map.revealed ? results : {},
  };
}

function readRound(id: string, value: unknown): VoteRound | null {
  const map = record(value);
  const at = finiteNumber(map?.at);
  if (!map || (map.target !== 'projects' && map.target !== 'objectives') || at === null)
    return null;
  const rows: { id: string; title: string; dots: number }[] = [];
  for (const row of Array.isArray(map.rows) ? map.rows.slice(0, MAX_ITEMS) : []) {
    const r = record(row);
    const dots = finiteNumber(r?.dots);
    if (!r || typeof r.id !== 'string' || dots === null || dots < 0) continue;
    const title = typeof r.title === 'string' ? r.title.slice(0, 200) : '';
    rows.push({ id: r.id.slice(0, 100), title, dots: Math.floor(dots) });
  }
  return {
    id: id.slice(0, 100),
    target: map.target,
    question:
      typeof map.question === 'string' ? map.question.slice(0, VOTE_LIMITS.questionLength) : '',
    at,
    ballots: Math.max(0, Math.floor(finiteNumber(map.ballots) ?? 0)),
    rows: rows.sort((a, b) => b.dots - a.dots || a.title.localeCompare(b.title)),
  };
}

/**
 * The earlier vote rounds kept in the room map, newest first (at most VOTE_HISTORY_MAX);
 * whatever a peer wrote there, malformed rounds are left out.
 * @public
 */
export function readVoteHistory(doc: Y.Doc): VoteRound[] {
  const history = record(roomMap(doc).get(ROOM_KEYS.voteHistory));
  if (!history) return [];
  const rounds: VoteRound[] = [];
  for (const [id, value] of Object.entries(history).slice(0, 100)) {
    const round = readRound(id, value);
    if (round) rounds.push(round);
  }
  return rounds.sort((a, b) => b.at - a.at).slice(0, VOTE_HISTORY_MAX);
}

/** A `{ type, id }` the screens can find: a known type and an id of plain characters. */
function recordRefOf(map: Record<string, unknown> | null): RecordRef | null {
  if (!map || !(RECORD_REF_TYPES as readonly unknown[]).includes(map.type)) return null;
  if (typeof map.id !== 'string' || !RECORD_REF_ID_PATTERN.test(map.id)) return null;
  return { type: map.type as RecordRefType, id: map.id };
}

function readFocus(value: unknown, report: ReportProblem): RecordRef | null {
  if (value === undefined || value === null) return null;
  const ref = recordRefOf(record(value));
  if (!ref) report({ where: 'room.focus', message: 'expected { type, id } of a record' });
  return ref;
}

function readSpotlight(value: unknown, report: ReportProblem): SpotlightState | null {
  if (value === undefined || value === null) return null;
  const map = record(value);
  const ref = recordRefOf(map);
  if (!ref || !isStep(map?.step)) {
    report({ where: 'room.spotlight', message: 'expected { type, id, step } of a record' });
    return null;
  }
  return { ...ref, step: map.step };
}

function readMeetingStage(value: unknown, report: ReportProblem): MeetingStageState | null {
  if (value === undefined || value === null) return null;
  const map = record(value);
  const team = typeof map?.team === 'string' ? map.team.trim() : '';
  if (!map || team === '' || team.length > MEETING_STAGE_TEAM_LENGTH || !isIsoDate(map.week)) {
    report({ where: 'room.meeting', message: 'expected { team, week } of a weekly meeting' });
    return null;
  }
  return { team, week: map.week };
}

/**
 * The facilitation state, validated: whatever a peer wrote into the `room` map, this
 * returns a well-formed `RoomState` (bad parts become null/empty, each reported).
 * @public
 */
export function readRoomState(doc: Y.Doc, report: ReportProblem = ignore): RoomState {
  const map = roomMap(doc);
  return {
    locks: readLocks(map.get(ROOM_KEYS.locks), report),
    follow: readFollow(map.get(ROOM_KEYS.follow), report),
    timer: readTimer(map.get(ROOM_KEYS.timer), report),
    voting: readVoting(map.get(ROOM_KEYS.voting), report),
    focus: readFocus(map.get(ROOM_KEYS.focus), report),
    spotlight: readSpotlight(map.get(ROOM_KEYS.spotlight), report),
    meeting: readMeetingStage(map.get(ROOM_KEYS.meeting), report),
  };
}

/**
 * The locked steps, read straight from the `locks` map: what the hub's guard needs for every
 * incoming update, without building the rest of the room state.
 */
export function lockedSteps(doc: Y.Doc): Step[] {
  const locks = roomMap(doc).get(ROOM_KEYS.locks);
  if (!(locks instanceof Y.Map)) return readLocks(locks, ignore);
  const out: Step[] = [];
  for (const step of STEPS) if (locks.get(step) === true) out.push(step);
  return out;
}

/**
 * The confidence round of the weekly meeting (shared/protocol/confidence.ts), validated, or
 * null when there is none. The spread is shown only once revealed, whatever a peer wrote.
 * @public
 */
export function readConfidenceRound(
  doc: Y.Doc,
  report: ReportProblem = ignore,
): ConfidenceRoundState | null {
  const value = roomMap(doc).get(CONFIDENCE_ROUND_KEY);
  if (value === undefined) return null;
  const map = record(value);
  if (
    !map ||
    typeof map.id !== 'string' ||
    typeof map.team !== 'string' ||
    typeof map.week !== 'string' ||
    typeof map.open !== 'boolean' ||
    typeof map.revealed !== 'boolean'
  ) {
    report({
      where: `room.${CONFIDENCE_ROUND_KEY}`,
      message: 'expected { id, team, week, items, open, revealed }',
    });
    return null;
  }
  const items = stringList(map.items, VOTE_LIMITS.items, 100) ?? [];
  const spread: Record<string, number[]> = {};
  const raw = map.revealed ? (record(map.spread) ?? {}) : {};
  for (const id of items) {
    const values = Array.isArray(raw[id]) ? (raw[id] as unknown[]) : [];
    spread[id] = values
      .slice(0, VOTE_LIMITS.voters)
      .map(confidenceValue)
      .filter((v): v is number => v !== null)
      .sort((a, b) => a - b);
  }
  return {
    id: map.id.slice(0, 100),
    team: map.team.slice(0, 200),
    week: map.week.slice(0, 10),
    items,
    open: map.open,
    revealed: map.revealed,
    ballots: Math.max(0, Math.floor(finiteNumber(map.ballots) ?? 0)),
    voters: stringList(map.voters, VOTE_LIMITS.voters, AWARENESS_LIMITS.nameLength) ?? [],
    spread: map.revealed ? spread : {},
  };
}
