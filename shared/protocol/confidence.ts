/**
 * The private confidence round of a weekly Drumbeat meeting: everyone enters their
 * confidence (0–10) in each key result unseen, the facilitator reveals all at once, and the
 * room agrees a value (so nobody anchors on the owner's number). It works like the dot vote
 * (room.ts, `VotingState`): a person's confidences go to the hub as a stateless message,
 * never into the shared doc; the hub publishes how many have entered theirs and their names,
 * and on reveal, per key result, the values entered, sorted, with nothing to tell whose
 * is whose. The hub answers each ballot with a `VoteAck` (its `votingId` the round's id).
 * @public
 */
import { AWARENESS_LIMITS, VOTE_LIMITS } from './room';

/** The key of the `room` map holding the round (ROOM_KEYS beside it). */
export const CONFIDENCE_ROUND_KEY = 'confidenceRound';

/** The highest confidence (the lowest is 0). */
export const CONFIDENCE_MAX = 10;

/** A confidence round as read (validated) from the room map. */
export interface ConfidenceRoundState {
  readonly id: string;
  /** The team whose meeting it is, and its week (the check-in day). */
  readonly team: string;
  readonly week: string;
  /** The key results asked about (ids), fixed when the round opened. */
  readonly items: readonly string[];
  readonly open: boolean;
  readonly revealed: boolean;
  /** How many people have entered their confidences so far. */
  readonly ballots: number;
  /** The display names of those who have, sorted ('' for no name, as VotingState.voters); never what they entered. */
  readonly voters: readonly string[];
  /**
   * Key result id → every confidence entered for it, lowest first; written by the hub on
   * reveal, empty before (whatever a peer wrote there).
   */
  readonly spread: Readonly<Record<string, readonly number[]>>;
}

/**
 * One person's confidences, sent as a stateless message (JSON). It replaces the sender's
 * earlier ballot in that round; `voter` is the random id the client keeps for votes. A key
 * result left out is not rated by this person; an empty `confidence` withdraws the ballot.
 */
export interface ConfidenceMessage {
  readonly type: 'offsite.confidence';
  readonly roundId: string;
  readonly voter: string;
  readonly name?: string;
  /** Key result id → a whole number from 0 to CONFIDENCE_MAX. */
  readonly confidence: Readonly<Record<string, number>>;
}

function jsonOf(payload: string): unknown {
  try {
    return JSON.parse(payload) as unknown;
  } catch {
    return undefined;
  }
}

/** A whole confidence from 0 to CONFIDENCE_MAX, or null. */
export function confidenceValue(value: unknown): number | null {
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= CONFIDENCE_MAX
    ? value
    : null;
}

/**
 * A confidence ballot from its JSON text, validated (at most 16 KiB, at most
 * VOTE_LIMITS.items key results of ids up to 100 characters, each a whole 0–10; a voter id
 * of 8 to 100 characters), or null if it is not one.
 */
export function parseConfidence(payload: string): ConfidenceMessage | null {
  if (typeof payload !== 'string' || payload.length > 16_384) return null;
  const m = jsonOf(payload) as Record<string, unknown> | null | undefined;
  if (!m || typeof m !== 'object' || m.type !== 'offsite.confidence') return null;
  if (typeof m.roundId !== 'string' || typeof m.voter !== 'string') return null;
  if (m.voter.length < 8 || m.voter.length > 100) return null;
  const raw = m.confidence;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length > VOTE_LIMITS.items) return null;
  const confidence: Record<string, number> = {};
  for (const [id, value] of entries) {
    const v = confidenceValue(value);
    if (id.length === 0 || id.length > 100 || v === null) return null;
    confidence[id] = v;
  }
  if (m.name !== undefined && typeof m.name !== 'string') return null;
  const name =
    typeof m.name === 'string'
      ? m.name.replace(/\s+/g, ' ').trim().slice(0, AWARENESS_LIMITS.nameLength)
      : '';
  return {
    type: 'offsite.confidence',
    roundId: m.roundId.slice(0, 100),
    voter: m.voter,
    ...(name && { name }),
    confidence,
  };
}
