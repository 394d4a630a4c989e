import * as Y from 'yjs';
import { readRoomState, roomMap } from '../../shared/model';
import { mayDo } from '../../shared/protocol/policy';
import {
  parseVote,
  ROOM_KEYS,
  type Role,
  type VoteAck,
  type VoteMessage,
  type VotingState,
} from '../../shared/protocol/room';

/** Origin of the hub's own writes (vote counts): not a connection, never guarded. */
export const HUB_ORIGIN: { readonly name: 'offsite-hub' } = Object.freeze({ name: 'offsite-hub' });

/**
 * Counts a room's dot votes: in the hub's memory (BallotBox), or where every process of a
 * server sees them (electron/server/shared-ballots.ts).
 */
export interface BallotCounter {
  /** Handles a stateless message; the reply to send, or null if it was not a vote. */
  receive(payload: string, role: Role): VoteAck | null | Promise<VoteAck | null>;
  /** Call after room changes: publishes the counts once the facilitator has revealed. */
  revealIfAsked(): void | Promise<void>;
}

/**
 * A ballot checked against the room's vote: the open vote it counts in, or the refusal to
 * send. Who may vote, and for what, is the same wherever ballots are kept.
 */
export function checkBallot(
  doc: Y.Doc,
  vote: VoteMessage,
  role: Role,
): { voting: VotingState } | { refusal: VoteAck } {
  const refuse = (reason: string) => ({
    refusal: {
      type: 'offsite.vote-ack',
      votingId: vote.votingId,
      accepted: false,
      reason,
    } as const,
  });
  if (!mayDo(role, 'vote')) return refuse(`a ${role} does not vote`);
  const voting = readRoomState(doc).voting;
  if (!voting || voting.id !== vote.votingId) return refuse('no such vote');
  if (!voting.open) return refuse('the vote is closed');
  if (vote.items.length > voting.dots) return refuse(`at most ${voting.dots} dots`);
  const target = doc.getMap(voting.target);
  if (!vote.items.every((id) => target.has(id))) return refuse(`unknown ${voting.target}`);
  return { voting };
}

/** Dots per item, from every voter's items. */
export function tally(ballots: Iterable<readonly string[]>): Record<string, number> {
  const results: Record<string, number> = {};
  for (const items of ballots) for (const id of items) results[id] = (results[id] ?? 0) + 1;
  return results;
}

/** Writes to the room's voting map, as the hub (never guarded, never a peer's undo). */
export function writeVoting(doc: Y.Doc, fn: (voting: Y.Map<unknown>) => void): void {
  const map = roomMap(doc).get(ROOM_KEYS.voting);
  if (map instanceof Y.Map) doc.transact(() => fn(map as Y.Map<unknown>), HUB_ORIGIN);
}

/**
 * The ballot box. Ballots live here, in the hub's memory only, never in the shared doc: the
 * counts enter the doc when the facilitator reveals, and who voted for what never does.
 * A hub restart during a vote loses the ballots (people vote again), not the workshop.
 */
export class BallotBox implements BallotCounter {
  /** votingId → voter → items. */
  private readonly ballots = new Map<string, Map<string, readonly string[]>>();

  constructor(private readonly doc: Y.Doc) {}

  receive(payload: string, role: Role): VoteAck | null {
    const vote = parseVote(payload);
    if (!vote) return null;
    const checked = checkBallot(this.doc, vote, role);
    if ('refusal' in checked) return checked.refusal;
    const { voting } = checked;
    let box = this.ballots.get(voting.id);
    if (!box) {
      this.ballots.clear();
      box = new Map();
      this.ballots.set(voting.id, box);
    }
    box.set(vote.voter, [...vote.items]);
    const count = box.size;
    writeVoting(this.doc, (map) => map.set('ballots', count));
    return { type: 'offsite.vote-ack', votingId: vote.votingId, accepted: true };
  }

  revealIfAsked(): void {
    const voting = readRoomState(this.doc).voting;
    if (!voting || !voting.revealed) return;
    const box = this.ballots.get(voting.id);
    if (!box) return;
    const results = tally(box.values());
    this.ballots.delete(voting.id);
    writeVoting(this.doc, (map) => map.set('results', results));
  }
}
