// A hub restarted in the middle of a dot vote and a confidence round (`offsite hub --data
// DIR` run again, or a crash) still counts the ballots cast before: the reveal afterwards
// publishes them with the new ones. They are kept privately beside the workshop (0600,
// never in the Yjs doc, its file or what the hub sends), and gone from the disk once revealed.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createKeyResult,
  createObjective,
  createProject,
  openConfidenceRound,
  openVote,
  readConfidenceRound,
  readRoomState,
  revealConfidenceRound,
  revealVote,
} from '../../shared/model';
import { buildCli, killCliHubs, startCliHub } from './helpers/cli-hub';
import {
  connect,
  sendBallot,
  startTestHub,
  tempDir,
  trackClients,
  waitForDoc,
  type Client,
} from './hub-helpers';

const { track, destroyAll } = trackClients();
beforeAll(buildCli);
afterEach(() => {
  destroyAll();
  killCliHubs();
});
afterAll(killCliHubs);

const MEETING = { team: 'Sales', week: '2027-01-11' };
const VOTERS = /alice-0001|bob-00001|carol-001/;
const ballotsFile = (dir: string) => readdirSync(dir).find((f) => f.endsWith('.ballots.json'));

describe('ballots across a hub restart', () => {
  it('a vote and a confidence round in progress survive a restart; the reveal counts every ballot', async () => {
    const dir = tempDir('offsite-ballots-');
    const first = await startTestHub({ dataDir: dir });
    const hub1 = first.hub;
    const fran = track(connect(hub1, hub1.tokens.facilitator));
    const alice = track(connect(hub1, hub1.tokens.participant));
    const bob = track(connect(hub1, hub1.tokens.participant));
    await Promise.all([fran.synced, alice.synced, bob.synced]);
    const pilot = createProject(fran.doc, { title: 'Vienna pilot' });
    const chat = createProject(fran.doc, { title: 'Dispatcher chat' });
    const objective = createObjective(fran.doc, { title: 'Win DACH', team: 'Sales' });
    const pipeline = createKeyResult(fran.doc, objective, { title: 'Pipeline' })!;
    const votingId = openVote(fran.doc, 'projects', 2, { items: [pilot, chat] });
    const roundId = openConfidenceRound(fran.doc, MEETING, [pipeline]);
    for (const c of [alice, bob])
      await waitForDoc(c.doc, () => readConfidenceRound(c.doc)?.id === roundId);
    const vote = (c: Client, voter: string, items: string[]) =>
      sendBallot(c, { type: 'offsite.vote', votingId, voter, name: voter.slice(0, 5), items });
    const enter = (c: Client, voter: string, value: number) =>
      sendBallot(c, {
        type: 'offsite.confidence',
        roundId,
        voter,
        name: voter.slice(0, 5),
        confidence: { [pipeline]: value },
      });
    expect(await vote(alice, 'alice-0001', [pilot, pilot])).toMatchObject({ accepted: true });
    expect(await vote(bob, 'bob-00001', [chat])).toMatchObject({ accepted: true });
    expect(await enter(alice, 'alice-0001', 8)).toMatchObject({ accepted: true });
    expect(await enter(bob, 'bob-00001', 3)).toMatchObject({ accepted: true });
    destroyAll();
    await hub1.close();

    // Kept privately beside the workshop, and nowhere in the workshop's own file.
    const kept = ballotsFile(dir)!;
    expect(kept).toBe(`${hub1.room}.offsite.ballots.json`);
    expect(statSync(join(dir, kept)).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, kept), 'utf8')).toMatch(VOTERS);
    expect(readFileSync(hub1.path).toString('latin1')).not.toMatch(VOTERS);

    const second = await startTestHub({ dataDir: dir });
    const hub2 = second.hub;
    expect(hub2.room).toBe(hub1.room);
    expect(hub2.tokens).toEqual(hub1.tokens);
    const fran2 = track(connect(hub2, hub2.tokens.facilitator));
    const carol = track(connect(hub2, hub2.tokens.participant));
    await Promise.all([fran2.synced, carol.synced]);
    expect(readRoomState(carol.doc).voting).toMatchObject({ id: votingId, ballots: 2 });
    expect(readConfidenceRound(carol.doc)).toMatchObject({ id: roundId, ballots: 2 });
    // One more of each after the restart; then the facilitator reveals both.
    expect(
      await sendBallot(carol, {
        type: 'offsite.vote',
        votingId,
        voter: 'carol-001',
        name: 'Carol',
        items: [pilot],
      }),
    ).toMatchObject({ accepted: true });
    expect(
      await sendBallot(carol, {
        type: 'offsite.confidence',
        roundId,
        voter: 'carol-001',
        name: 'Carol',
        confidence: { [pipeline]: 6 },
      }),
    ).toMatchObject({ accepted: true });
    await waitForDoc(fran2.doc, () => readConfidenceRound(fran2.doc)?.ballots === 3);
    expect(readConfidenceRound(fran2.doc)?.voters).toEqual(['alice', 'bob-0', 'Carol']);
    revealVote(fran2.doc);
    revealConfidenceRound(fran2.doc);
    await waitForDoc(
      carol.doc,
      () =>
        Object.keys(readRoomState(carol.doc).voting?.results ?? {}).length > 0 &&
        (readConfidenceRound(carol.doc)?.spread[pipeline]?.length ?? 0) > 0,
    );
    expect(readRoomState(carol.doc).voting?.results).toEqual({ [pilot]: 3, [chat]: 1 });
    expect(readConfidenceRound(carol.doc)?.spread).toEqual({ [pipeline]: [3, 6, 8] });
    // Revealed: nobody's ballot is kept on disk any more.
    await hub2.flush();
    await hub2.close();
    expect(ballotsFile(dir)).toBeUndefined();
  });

  it('a ballot the hub acknowledged survives the hub being killed (SIGKILL), and counts at the reveal', async () => {
    const dir = tempDir('offsite-ballots-kill-');
    const args = ['--data', dir, '--host', '127.0.0.1', '--json', '--no-discovery'];
    const first = await startCliHub(args);
    const { room, token } = first.info;
    const tokens = JSON.parse(readFileSync(join(dir, `${room}.offsite.tokens.json`), 'utf8')) as {
      facilitator: string;
    };
    const target = { wsUrl: first.info.ws, room };
    const fran = track(connect(target, tokens.facilitator));
    const alice = track(connect(target, token));
    await Promise.all([fran.synced, alice.synced]);
    const objective = createObjective(fran.doc, { title: 'Win DACH', team: 'Sales' });
    const pipeline = createKeyResult(fran.doc, objective, { title: 'Pipeline' })!;
    const roundId = openConfidenceRound(fran.doc, MEETING, [pipeline]);
    await waitForDoc(alice.doc, () => readConfidenceRound(alice.doc)?.id === roundId);
    const ack = await sendBallot(alice, {
      type: 'offsite.confidence',
      roundId,
      voter: 'alice-0001',
      name: 'Alice',
      confidence: { [pipeline]: 7 },
    });
    expect(ack).toMatchObject({ accepted: true });
    // Killed at once: the workshop itself may not be stored yet (the round is opened in it
    // again by the facilitator's device, which keeps its copy).
    first.child.kill('SIGKILL');
    await first.exit;
    fran.destroy();
    alice.destroy();
    expect(existsSync(join(dir, `${room}.offsite.ballots.json`))).toBe(true);

    const second = await startCliHub(args);
    expect(second.info.room).toBe(room);
    const back = track(connect({ wsUrl: second.info.ws, room }, tokens.facilitator, fran.doc));
    await back.synced;
    await waitForDoc(back.doc, () => readConfidenceRound(back.doc)?.ballots === 1);
    revealConfidenceRound(back.doc);
    await waitForDoc(
      back.doc,
      () => (readConfidenceRound(back.doc)?.spread[pipeline] ?? []).length > 0,
    );
    expect(readConfidenceRound(back.doc)?.spread).toEqual({ [pipeline]: [7] });
    second.child.kill('SIGTERM');
    expect((await second.exit).code).toBe(0);
  }, 60_000);
});
