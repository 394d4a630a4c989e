// The ballots kept across a hub restart (electron/hub/ballot-file.ts, round-ballots.ts):
// private on disk, read back defensively, and kept no longer than the round runs.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BallotFile,
  loadBallots,
  MAX_BALLOTS_FILE_BYTES,
  NO_BALLOTS,
} from '../../electron/hub/ballot-file';
import { RoundBallots, type KeptRound } from '../../electron/hub/round-ballots';
import type { VoteBallot } from '../../electron/hub/voting';

const file = async () => join(await mkdtemp(join(tmpdir(), 'offsite-ballots-')), 'w.ballots.json');

describe('the ballots file', () => {
  it('is owner-only, reads back what was kept (any voter id), and is deleted once empty', async () => {
    const path = await file();
    const logs: string[] = [];
    const kept = new BallotFile(path, NO_BALLOTS, (m) => logs.push(m));
    const ballots = new Map<string, VoteBallot>([
      ['__proto__', { name: 'Odd', items: ['p1'] }],
      ['alice-0001', { name: 'Alice', items: ['p1', 'p2'] }],
    ]);
    kept.keep('vote', { id: 'v1', ballots });
    kept.keep('confidence', {
      id: 'r1',
      ballots: new Map([['bob-00001', { name: 'Bob', confidence: { k1: 7 } }]]),
    });
    await kept.flushed();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const back = await loadBallots(path, (m) => logs.push(m));
    expect(back.vote?.id).toBe('v1');
    expect([...back.vote!.ballots]).toEqual([...ballots]);
    expect([...back.confidence!.ballots]).toEqual([
      ['bob-00001', { name: 'Bob', confidence: { k1: 7 } }],
    ]);
    kept.keep('vote', null);
    kept.keep('confidence', null);
    await kept.flushed();
    expect(existsSync(path)).toBe(false);
    expect(logs).toEqual([]);
  });

  it('reads nothing from a file that is not one, too large, and skips a malformed ballot', async () => {
    const path = await file();
    const logs: string[] = [];
    writeFileSync(path, '{"vote": {"id": "v1", "ballots": []}}');
    expect(await loadBallots(path, (m) => logs.push(m))).toEqual(NO_BALLOTS);
    expect(logs[0]).toMatch(/unreadable \(not a ballots file\)/);
    writeFileSync(path, ' '.repeat(MAX_BALLOTS_FILE_BYTES + 1));
    expect(await loadBallots(path, (m) => logs.push(m))).toEqual(NO_BALLOTS);
    expect(logs[1]).toMatch(/larger than any ballots/);
    const good = ['alice-0001', { name: 'Alice', items: ['p1'] }];
    writeFileSync(
      path,
      JSON.stringify({
        format: 'offsite.ballots',
        vote: {
          id: 'v1',
          ballots: [
            good,
            ['short', { name: 'X', items: ['p1'] }],
            ['carol-0001', { name: 'Carol', items: [42] }],
            ['dave-00001', { name: 'D'.repeat(81), items: [] }],
          ],
        },
        confidence: { id: 'r1', ballots: [['erin-00001', { name: 'E', confidence: { k: 11 } }]] },
      }),
    );
    const back = await loadBallots(path, () => {});
    expect([...back.vote!.ballots]).toEqual([good]);
    expect(back.confidence?.ballots.size).toBe(0);
    expect(await loadBallots(join(path, 'missing'), () => {})).toEqual(NO_BALLOTS);
  });
});

describe('a round’s ballots are kept only while it runs', () => {
  const round = (): KeptRound<VoteBallot> => ({
    id: 'v1',
    ballots: new Map([['alice-0001', { name: 'Alice', items: ['p1'] }]]),
  });

  it('kept while the doc has no round yet (its copy still to come from a device)', () => {
    const told: (KeptRound<VoteBallot> | null)[] = [];
    const ballots = new RoundBallots(round(), (r) => told.push(r));
    ballots.follow(null);
    expect(ballots.of('v1')?.size).toBe(1);
    ballots.follow('v1');
    ballots.follow('v1');
    // Cleared unrevealed, once it had been the room's: gone, from the disk too.
    ballots.follow(null);
    expect(ballots.of('v1')).toBeNull();
    expect(told).toEqual([null]);
  });

  it('dropped when another round is open, and taken out by the reveal', () => {
    const other = new RoundBallots(round());
    other.follow('v2');
    expect(other.of('v1')).toBeNull();
    const told: (KeptRound<VoteBallot> | null)[] = [];
    const revealed = new RoundBallots(round(), (r) => told.push(r));
    expect(revealed.take('v1')?.size).toBe(1);
    expect(revealed.of('v1')).toBeNull();
    expect(told).toEqual([null]);
    // A ballot for a new round starts it afresh; a full round refuses a new voter.
    expect(revealed.put('v3', 'bob-00001', { name: 'Bob', items: [] }, 1)).toBe(true);
    expect(revealed.put('v3', 'carol-0001', { name: 'Carol', items: [] }, 1)).toBe(false);
    expect(revealed.put('v3', 'bob-00001', null, 1)).toBe(true);
    expect(revealed.of('v3')?.size).toBe(0);
  });
});
