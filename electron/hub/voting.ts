import * as Y from 'yjs';
import { readRoomState, roomMap } from '../../shared/model';
import { mayDo } from '../../shared/protocol/policy';
import {
  parseVote,
  ROOM_KEYS,
  VOTE_LIMITS,
  type Role,
  type VoteAck,
} from '../../shared/protocol/room';
import { RoundBallots, type KeptRound } from './round-ballots';

/** Origin of the hub's own writes (vote counts): not a connection, never guarded. */
export const HUB_ORIGIN: { readonly name: 'offsite-hub' } = Object.freeze({ name: 'offsite-hub' });

/** One voter's ballot: the name they vote under and the items they put their dots on. */
export interface VoteBallot {
  readonly name: string;
  readonly items: readonly string[];
}

/**
 * The ballot box. Ballots live here, never in the shared doc: the doc gets how many have
 * voted and their names (so the facilitator sees who has not voted yet), the counts when
 * the facilitator reveals, and who voted for what never. `kept` and `changed` carry the
 * running vote's ballots across a hub restart (ballot-file.ts: private, on the hub's disk).
 */
export class BallotBox {
  private readonly ballots: RoundBallots<VoteBallot>;
  /** The vote whose counts this hub has published (once per vote). */
  private published: string | null = null;

  constructor(
    private readonly doc: Y.Doc,
    kept: KeptRound<VoteBallot> | null = null,
    changed?: (kept: KeptRound<VoteBallot> | null) => void,
  ) {
    this.ballots = new RoundBallots(kept, changed);
  }

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
    const onBallot = voting.items ? new Set(voting.items) : null;
    if (!vote.items.every((id) => target.has(id) && (!onBallot || onBallot.has(id))))
      return refuse(`unknown ${voting.target}`);
    // No dots left is no ballot: that person has not voted (yet).
    const ballot =
      vote.items.length === 0 ? null : { name: vote.name ?? '', items: [...vote.items] };
    if (!this.ballots.put(voting.id, vote.voter, ballot, VOTE_LIMITS.voters))
      return refuse('too many voters');
    const box = this.ballots.of(voting.id)!;
    const count = box.size;
    const names = [...box.values()].map((b) => b.name).sort((a, b) => a.localeCompare(b));
    this.write((map) => {
      map.set('ballots', count);
      map.set('voters', names);
    });
    return { type: 'offsite.vote-ack', votingId: vote.votingId, accepted: true };
  }

  /**
   * Call after room changes: publishes the counts once the facilitator has revealed, with 0
   * for every item on the ballot nobody chose (the room sees what got no dot too).
   */
  revealIfAsked(): void {
    const voting = readRoomState(this.doc).voting;
    this.ballots.follow(voting?.id ?? null);
    if (!voting || !voting.revealed || this.published === voting.id) return;
    const box = this.ballots.of(voting.id) ?? new Map<string, VoteBallot>();
    // A vote revealed before this hub started (its ballots lost) keeps what it has.
    if (box.size === 0 && Object.keys(voting.results).length > 0) return;
    this.published = voting.id;
    const results: Record<string, number> = {};
    for (const id of voting.items ?? []) results[id] = 0;
    for (const { items } of box.values())
      for (const id of items) results[id] = (results[id] ?? 0) + 1;
    this.ballots.take(voting.id);
    this.write((map) => map.set('results', results));
  }

  private write(fn: (voting: Y.Map<unknown>) => void): void {
    const map = roomMap(this.doc).get(ROOM_KEYS.voting);
    if (map instanceof Y.Map) this.doc.transact(() => fn(map as Y.Map<unknown>), HUB_ORIGIN);
  }
}
