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
import { keptInMemory, publishCount, RoundBallots, type BallotKeeper } from './round-ballots';

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
 * the facilitator reveals, and who voted for what never. Where the ballots are kept is the
 * keeper's (round-ballots.ts): this hub's memory, kept across a restart by ballot-file.ts,
 * or a server's database shared by its processes.
 */
export class BallotBox {
  /** The vote whose counts this hub has published, or is publishing (once per vote). */
  private published: string | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly ballots: BallotKeeper<VoteBallot> = keptInMemory(new RoundBallots(null)),
  ) {}

  /** Handles a stateless message; resolves with the reply to send, or null if it was not a vote. */
  async receive(payload: string, role: Role): Promise<VoteAck | null> {
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
    const box = await this.ballots
      .put(voting.id, vote.voter, ballot, VOTE_LIMITS.voters)
      .catch(() => 'failed' as const);
    if (box === 'failed') return refuse('the ballot could not be kept: try again');
    if (box === 'full') return refuse('too many voters');
    if (box === 'revealed') return refuse('the vote is closed');
    this.write(voting.id, (map) => publishCount(map, box));
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
    this.published = voting.id;
    // Not published (the database away): the next room change tries again.
    this.reveal(voting.id).catch(() => (this.published = null));
  }

  /**
   * Call after room changes this hub did not make: makes the doc's count of the running
   * vote the keeper's. Two server processes publishing at once may leave the doc with the
   * older count (Yjs keeps one of two concurrent writes); reading again settles it.
   */
  async recount(): Promise<void> {
    const voting = readRoomState(this.doc).voting;
    if (!voting || voting.revealed) return;
    const box = await this.ballots.current(voting.id);
    if (box && !readRoomState(this.doc).voting?.revealed)
      this.write(voting.id, (map) => publishCount(map, box));
  }

  private async reveal(id: string): Promise<void> {
    const box = await this.ballots.take(id);
    const voting = readRoomState(this.doc).voting;
    // Revealed by another process, or gone meanwhile.
    if (!box || voting?.id !== id) return;
    // A vote revealed before this hub started (its ballots lost) keeps what it has.
    if (box.size === 0 && Object.keys(voting.results).length > 0) return;
    const results: Record<string, number> = {};
    for (const item of voting.items ?? []) results[item] = 0;
    for (const { items } of box.values())
      for (const item of items) results[item] = (results[item] ?? 0) + 1;
    this.write(id, (map) => map.set('results', results));
  }

  /** Writes into vote `id`'s map, if it is still the room's vote. */
  private write(id: string, fn: (voting: Y.Map<unknown>) => void): void {
    const map = roomMap(this.doc).get(ROOM_KEYS.voting);
    if (map instanceof Y.Map && map.get('id') === id)
      this.doc.transact(() => fn(map as Y.Map<unknown>), HUB_ORIGIN);
  }
}
