import * as Y from 'yjs';
import { readConfidenceRound, roomMap } from '../../shared/model';
import { CONFIDENCE_ROUND_KEY, parseConfidence } from '../../shared/protocol/confidence';
import { mayDo } from '../../shared/protocol/policy';
import { VOTE_LIMITS, type Role, type VoteAck } from '../../shared/protocol/room';
import { RoundBallots, type KeptRound } from './round-ballots';
import { HUB_ORIGIN } from './voting';

/** One person's confidences in a round: the name they entered them under, per key result. */
export interface ConfidenceBallot {
  readonly name: string;
  readonly confidence: Readonly<Record<string, number>>;
}

/**
 * The private confidence round's ballot box, the dot vote's BallotBox (voting.ts) for
 * numbers: ballots live in the hub's memory only, never in the shared doc. The doc gets how
 * many have entered theirs and their names (so the facilitator sees who is missing), and,
 * once the facilitator reveals, per key result the values entered, sorted, so nobody can
 * tell whose is whose, nor anchor on anyone's before entering their own. `kept` and
 * `changed` carry the round's ballots across a hub restart, as the dot vote's.
 */
export class ConfidenceBox {
  private readonly ballots: RoundBallots<ConfidenceBallot>;
  /** The round whose spread this hub has published (once per round). */
  private published: string | null = null;

  constructor(
    private readonly doc: Y.Doc,
    kept: KeptRound<ConfidenceBallot> | null = null,
    changed?: (kept: KeptRound<ConfidenceBallot> | null) => void,
  ) {
    this.ballots = new RoundBallots(kept, changed);
  }

  /** Handles a stateless message; returns the reply to send, or null if it was no confidence ballot. */
  receive(payload: string, role: Role): VoteAck | null {
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
    if (!this.ballots.put(round.id, ballot.voter, entered, VOTE_LIMITS.voters))
      return refuse('too many people');
    const box = this.ballots.of(round.id)!;
    const count = box.size;
    const names = [...box.values()].map((b) => b.name).sort((a, b) => a.localeCompare(b));
    this.write((map) => {
      map.set('ballots', count);
      map.set('voters', names);
    });
    return { type: 'offsite.vote-ack', votingId: ballot.roundId, accepted: true };
  }

  /** Call after room changes: publishes the round's values once the facilitator revealed it. */
  revealIfAsked(): void {
    const round = readConfidenceRound(this.doc);
    this.ballots.follow(round?.id ?? null);
    if (!round || !round.revealed || this.published === round.id) return;
    const box = this.ballots.of(round.id);
    // A round revealed before this hub started (its ballots lost) keeps what it has.
    if (!box && Object.values(round.spread).some((values) => values.length > 0)) return;
    this.published = round.id;
    const spread: Record<string, number[]> = {};
    for (const id of round.items) {
      // Sorted: the order ballots came in would say who entered which.
      spread[id] = [...(box?.values() ?? [])]
        .map((b) => b.confidence[id])
        .filter((v): v is number => v !== undefined)
        .sort((a, b) => a - b);
    }
    this.ballots.take(round.id);
    this.write((map) => map.set('spread', spread));
  }

  private write(fn: (round: Y.Map<unknown>) => void): void {
    const map = roomMap(this.doc).get(CONFIDENCE_ROUND_KEY);
    if (map instanceof Y.Map) this.doc.transact(() => fn(map as Y.Map<unknown>), HUB_ORIGIN);
  }
}
