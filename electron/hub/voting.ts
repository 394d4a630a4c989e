import * as Y from 'yjs';
import { readRoomState, roomMap } from '../../shared/model';
import { mayDo } from '../../shared/protocol/policy';
import { parseVote, ROOM_KEYS, type Role, type VoteAck } from '../../shared/protocol/room';

/** Origin of the hub's own writes (vote counts): not a connection, never guarded. */
export const HUB_ORIGIN: { readonly name: 'offsite-hub' } = Object.freeze({ name: 'offsite-hub' });

/**
 * The ballot box. Ballots live here, in the hub's memory only, never in the shared doc: the
 * counts enter the doc when the facilitator reveals, and who voted for what never does.
 * A hub restart during a vote loses the ballots (people vote again), not the workshop.
 */
export class BallotBox {
  /** votingId → voter → items. */
  private readonly ballots = new Map<string, Map<string, readonly string[]>>();

  constructor(private readonly doc: Y.Doc) {}

  /** Handles a stateless message; returns the reply to send, or null if it was not a vote. */
  receive(payload: string, role: Role): VoteAck | null {
    const vote = parseVote(payload);
    if (!vote) return null;
    const refuse = (reason: string): VoteAck => ({
      type: 'offsite.vote-ack',
      votingId: vote.votingId,
      accepted: false,
      reason,
    });
    if (!mayDo(role, 'vote')) return refuse(`a ${role} does not vote`);
    const voting = readRoomState(this.doc).voting;
    if (!voting || voting.id !== vote.votingId) return refuse('no such vote');
    if (!voting.open) return refuse('the vote is closed');
    if (vote.items.length > voting.dots) return refuse(`at most ${voting.dots} dots`);
    const target = this.doc.getMap(voting.target);
    if (!vote.items.every((id) => target.has(id))) return refuse(`unknown ${voting.target}`);
    let box = this.ballots.get(voting.id);
    if (!box) {
      this.ballots.clear();
      box = new Map();
      this.ballots.set(voting.id, box);
    }
    box.set(vote.voter, [...vote.items]);
    const count = box.size;
    this.write((map) => map.set('ballots', count));
    return { type: 'offsite.vote-ack', votingId: vote.votingId, accepted: true };
  }

  /** Call after room changes: publishes the counts once the facilitator has revealed. */
  revealIfAsked(): void {
    const voting = readRoomState(this.doc).voting;
    if (!voting || !voting.revealed) return;
    const box = this.ballots.get(voting.id);
    if (!box) return;
    const results: Record<string, number> = {};
    for (const items of box.values()) for (const id of items) results[id] = (results[id] ?? 0) + 1;
    this.ballots.delete(voting.id);
    this.write((map) => map.set('results', results));
  }

  private write(fn: (voting: Y.Map<unknown>) => void): void {
    const map = roomMap(this.doc).get(ROOM_KEYS.voting);
    if (map instanceof Y.Map) this.doc.transact(() => fn(map as Y.Map<unknown>), HUB_ORIGIN);
  }
}
