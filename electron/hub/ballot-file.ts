import { readFile, stat, unlink } from 'node:fs/promises';
import { confidenceValue } from '../../shared/protocol/confidence';
import { AWARENESS_LIMITS, VOTE_LIMITS } from '../../shared/protocol/room';
import { writeFileAtomic } from '../storage/atomic-write';
import type { ConfidenceBallot } from './confidence-box';
import type { KeptRound } from './round-ballots';
import type { VoteBallot } from './voting';

/**
 * The ballots of a dot vote or a confidence round in progress, kept beside the workshop
 * file (`<file>.ballots.json`, owner-only like the tokens), so a hub restarted mid-round
 * (`offsite hub --data DIR` again, a crash) still counts the ballots already cast: the doc
 * says who has voted, and a reveal that forgot them would publish a count that contradicts
 * it. Never in the Yjs doc, which every peer holds: a ballot is private until the reveal.
 * The file lives only while a round runs: the reveal (or clearing the round, or the next
 * one) takes its ballots out, and with none left the file is deleted, so no one's choices
 * outlive the round on disk.
 *
 * Its size is bounded by what the hub accepts: at most VOTE_LIMITS.voters ballots per box,
 * each a message of at most 16 KiB (room.ts parseVote, confidence.ts parseConfidence).
 */
export function ballotsFileFor(workshopPath: string): string {
  return `${workshopPath}.ballots.json`;
}

/** A file larger than two full boxes is no file this hub wrote: it is not read. */
export const MAX_BALLOTS_FILE_BYTES = 2 * VOTE_LIMITS.voters * 16_384 + 1_048_576;

export interface KeptBallots {
  readonly vote: KeptRound<VoteBallot> | null;
  readonly confidence: KeptRound<ConfidenceBallot> | null;
}

export const NO_BALLOTS: KeptBallots = { vote: null, confidence: null };

const FORMAT = 'offsite.ballots';

/** As stored: arrays of entries, so no voter id is ever an object key (`__proto__`). */
interface StoredRound<B> {
  readonly id: string;
  readonly ballots: readonly (readonly [voter: string, ballot: B])[];
}

const isText = (v: unknown, min: number, max: number): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;

/** A vote ballot as kept (here, or in a server's database), or null if it is none. */
export function readVoteBallot(value: unknown): VoteBallot | null {
  const b = value as Partial<Record<keyof VoteBallot, unknown>> | null;
  if (typeof b !== 'object' || b === null || !isText(b.name, 0, AWARENESS_LIMITS.nameLength))
    return null;
  const items = b.items;
  if (!Array.isArray(items) || items.length > VOTE_LIMITS.items) return null;
  if (!items.every((id) => isText(id, 1, 100))) return null;
  return { name: b.name, items: items as string[] };
}

/** A confidence ballot as kept, or null if it is none. */
export function readConfidenceBallot(value: unknown): ConfidenceBallot | null {
  const b = value as Partial<Record<keyof ConfidenceBallot, unknown>> | null;
  if (typeof b !== 'object' || b === null || !isText(b.name, 0, AWARENESS_LIMITS.nameLength))
    return null;
  const raw = b.confidence;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length > VOTE_LIMITS.items) return null;
  const confidence: Record<string, number> = {};
  for (const [id, v] of entries) {
    const n = confidenceValue(v);
    if (!isText(id, 1, 100) || n === null) return null;
    confidence[id] = n;
  }
  return { name: b.name, confidence };
}

/** A stored round, validated ballot by ballot (a bad one is skipped), or null. */
function readRound<B>(value: unknown, ballot: (v: unknown) => B | null): KeptRound<B> | null {
  const r = value as Partial<StoredRound<unknown>> | null;
  if (typeof r !== 'object' || r === null || !isText(r.id, 1, 200) || !Array.isArray(r.ballots))
    return null;
  const ballots = new Map<string, B>();
  for (const entry of r.ballots.slice(0, VOTE_LIMITS.voters)) {
    if (!Array.isArray(entry) || !isText(entry[0], 8, 100)) continue;
    const b = ballot(entry[1]);
    if (b) ballots.set(entry[0], b);
  }
  return { id: r.id, ballots };
}

/** The ballots kept at `path`: none if there is no file, or it is unreadable or too large. */
export async function loadBallots(path: string, log: (m: string) => void): Promise<KeptBallots> {
  let text: string;
  try {
    if ((await stat(path)).size > MAX_BALLOTS_FILE_BYTES) {
      log(`not reading ${path}: larger than any ballots this hub keeps`);
      return NO_BALLOTS;
    }
    text = await readFile(path, 'utf8');
  } catch {
    return NO_BALLOTS;
  }
  try {
    const data = JSON.parse(text) as { format?: unknown; vote?: unknown; confidence?: unknown };
    if (data?.format !== FORMAT) throw new Error('not a ballots file');
    return {
      vote: readRound(data.vote, readVoteBallot),
      confidence: readRound(data.confidence, readConfidenceBallot),
    };
  } catch (error) {
    log(`the ballots in ${path} are unreadable (${(error as Error).message}): not counted`);
    return NO_BALLOTS;
  }
}

const stored = <B>(round: KeptRound<B> | null): StoredRound<B> | null =>
  round && { id: round.id, ballots: [...round.ballots] };

/**
 * Keeps the running rounds' ballots at `path`, one write after the other, each of the
 * latest ballots (writes asked for while one runs are merged into the next). `flushed()`
 * resolves once what was kept so far is on disk: the hub acknowledges a ballot only then,
 * so an accepted ballot survives a crash.
 */
export class BallotFile {
  private kept: KeptBallots;
  private writing: Promise<void> = Promise.resolve();
  private queued = false;

  constructor(
    private readonly path: string,
    initial: KeptBallots,
    private readonly log: (message: string) => void,
  ) {
    this.kept = initial;
  }

  keep(part: keyof KeptBallots, round: KeptRound<VoteBallot | ConfidenceBallot> | null): void {
    this.kept = { ...this.kept, [part]: round };
    if (this.queued) return;
    this.queued = true;
    this.writing = this.writing.then(() => {
      this.queued = false;
      return this.write(this.kept);
    });
  }

  flushed(): Promise<void> {
    return this.writing;
  }

  private async write({ vote, confidence }: KeptBallots): Promise<void> {
    const empty = (r: KeptRound<unknown> | null) => r === null || r.ballots.size === 0;
    try {
      if (empty(vote) && empty(confidence)) {
        await unlink(this.path).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        });
        return;
      }
      const data = { format: FORMAT, vote: stored(vote), confidence: stored(confidence) };
      await writeFileAtomic(this.path, `${JSON.stringify(data)}\n`, { mode: 0o600 });
    } catch (error) {
      // The ballots stay counted in memory; only a restart would lose them, as before.
      this.log(`could not keep the ballots in ${this.path}: ${(error as Error).message}`);
    }
  }
}
