import type { RedisInstance } from '@hocuspocus/extension-redis';
import type * as Y from 'yjs';
import { readRoomState } from '../../shared/model';
import { parseVote, type Role, type VoteAck } from '../../shared/protocol/room';
import { checkBallot, tally, writeVoting, type BallotCounter } from '../hub/voting';

/** How long a vote's ballots stay in Redis after the last one: a workshop day. */
const BALLOTS_TTL_SECONDS = 24 * 60 * 60;

/**
 * Dot votes counted in Redis, so every process serving a workshop counts every ballot:
 * with ballots in each process's memory (hub/voting.ts), the participants on one process
 * would only see their own process's count. A ballot is one hash field per voter
 * (`offsite:ballots:<workshop>:<vote>`), never in the shared document; on reveal every
 * process that has the workshop open writes the same tally (the same hash), so whichever
 * write wins, the counts are right. Ballots expire a day after the last one.
 */
export class SharedBallots implements BallotCounter {
  constructor(
    private readonly doc: Y.Doc,
    private readonly workshop: string,
    private readonly redis: RedisInstance,
  ) {}

  private key(votingId: string): string {
    return `offsite:ballots:${this.workshop}:${votingId}`;
  }

  async receive(payload: string, role: Role): Promise<VoteAck | null> {
    const vote = parseVote(payload);
    if (!vote) return null;
    const checked = checkBallot(this.doc, vote, role);
    if ('refusal' in checked) return checked.refusal;
    const key = this.key(checked.voting.id);
    const [, , count] = (await this.redis
      .multi()
      .hset(key, vote.voter, JSON.stringify(vote.items))
      .expire(key, BALLOTS_TTL_SECONDS)
      .hlen(key)
      .exec()) as [unknown, unknown, [Error | null, number]];
    writeVoting(this.doc, (map) => map.set('ballots', count[1]));
    return { type: 'offsite.vote-ack', votingId: vote.votingId, accepted: true };
  }

  async revealIfAsked(): Promise<void> {
    const voting = readRoomState(this.doc).voting;
    if (!voting || !voting.revealed || Object.keys(voting.results).length > 0) return;
    const stored = await this.redis.hgetall(this.key(voting.id));
    const ballots = Object.values(stored).map((items) => {
      const parsed: unknown = JSON.parse(items);
      return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
    });
    if (ballots.length === 0) return;
    // Still the same revealed vote once Redis answered.
    const now = readRoomState(this.doc).voting;
    if (now?.id !== voting.id || !now.revealed) return;
    writeVoting(this.doc, (map) => map.set('results', tally(ballots)));
  }
}
