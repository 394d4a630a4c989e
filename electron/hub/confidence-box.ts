import * as Y from 'yjs';
import { readConfidenceRound, roomMap } from '../../shared/model';
import { CONFIDENCE_ROUND_KEY, parseConfidence } from '../../shared/protocol/confidence';
import { mayDo } from '../../shared/protocol/policy';
import { VOTE_LIMITS, type Role, type VoteAck } from '../../shared/protocol/room';
import { keptInMemory, publishCount, RoundBallots, type BallotKeeper } from './round-ballots';
import { HUB_ORIGIN } from './voting';

/** One person's confidences in a round: the name they entered them under, per key result. */
export interface ConfidenceBallot {
  readonly name: string;
  readonly confidence: Readonly<Record<string, number>>;
}

/**
 * The private confidence round's ballot box, the dot vote's BallotBox (voting.ts) for
 * numbers: ballots live with its keeper (round-ballots.ts), never in the shared doc. The
 * doc gets how many have entered theirs and their names (so the facilitator sees who is
 * missing), and, once the facilitator reveals, per key result the values entered, sorted,
 * so nobody can tell whose is whose, nor anchor on anyone's before entering their own.
 */
export class ConfidenceBox {
  /** The round whose spread this hub has published, or is publishing (once per round). */
  private published: string | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly ballots: BallotKeeper<ConfidenceBallot> = keptInMemory(new RoundBallots(null)),
  ) {}

  /** Handles a stateless message; resolves with the reply, or null if it was no confidence ballot. */
  async receive(payload: string, role: Role): Promise<VoteAck | null> {
    const ballot = parseConfidence(payload);
    if (!ballot) return null;
    const refuse = (reason: string): VoteAck => ({
      type: 'offsite.vote-ack',
      votingId: ballot.roundId,
      accepted: false,
      reason,
    });
    if (!mayDo(role, 'vote')) return refuse(`a ${role} does not take part in the round`);
    const round = readConfidenceRound(this.doc);
    if (!round || round.id !== ballot.roundId) return refuse('no such round');
    if (!round.open) return refuse('the round is closed');
    const asked = new Set(round.items);
    if (!Object.keys(ballot.confidence).every((id) => asked.has(id)))
      return refuse('a key result that is not in the round');
    // Nothing entered is no ballot: that person has not given theirs (yet).
    const entered =
      Object.keys(ballot.confidence).length === 0
        ? null
        : { name: ballot.name ?? '', confidence: ballot.confidence };
    const box = await this.ballots
      .put(round.id, ballot.voter, entered, VOTE_LIMITS.voters)
      .catch(() => 'failed' as const);
    if (box === 'failed') return refuse('the confidence could not be kept: try again');
    if (box === 'full') return refuse('too many people');
    if (box === 'revealed') return refuse('the round is closed');
    this.write(round.id, (map) => publishCount(map, box));
    return { type: 'offsite.vote-ack', votingId: ballot.roundId, accepted: true };
  }

  /** Call after room changes: publishes the round's values once the facilitator revealed it. */
  revealIfAsked(): void {
    const round = readConfidenceRound(this.doc);
    this.ballots.follow(round?.id ?? null);
    if (!round || !round.revealed || this.published === round.id) return;
    this.published = round.id;
    // Not published (the database away): the next room change tries again.
    this.reveal(round.id).catch(() => (this.published = null));
  }

  /** As BallotBox.recount: the running round's count made the keeper's. */
  async recount(): Promise<void> {
    const round = readConfidenceRound(this.doc);
    if (!round || round.revealed) return;
    const box = await this.ballots.current(round.id);
    if (box && !readConfidenceRound(this.doc)?.revealed)
      this.write(round.id, (map) => publishCount(map, box));
  }

  private async reveal(id: string): Promise<void> {
    const box = await this.ballots.take(id);
    const round = readConfidenceRound(this.doc);
    // Revealed by another process, or gone meanwhile.
    if (!box || round?.id !== id) return;
    // A round revealed before this hub started (its ballots lost) keeps what it has.
    if (box.size === 0 && Object.values(round.spread).some((values) => values.length > 0)) return;
    const spread: Record<string, number[]> = {};
    for (const kr of round.items) {
      // Sorted: the order ballots came in would say who entered which.
      spread[kr] = [...box.values()]
        .map((b) => b.confidence[kr])
        .filter((v): v is number => v !== undefined)
        .sort((a, b) => a - b);
    }
    this.write(id, (map) => map.set('spread', spread));
  }

  /** Writes into round `id`'s map, if it is still the room's round. */
  private write(id: string, fn: (round: Y.Map<unknown>) => void): void {
    const map = roomMap(this.doc).get(CONFIDENCE_ROUND_KEY);
    if (map instanceof Y.Map && map.get('id') === id)
      this.doc.transact(() => fn(map as Y.Map<unknown>), HUB_ORIGIN);
  }
}
