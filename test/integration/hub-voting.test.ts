// Dot voting: ballots go to the hub, never into the doc; counts appear only on reveal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  clearVote,
  createProject,
  openVote,
  readRoomState,
  readVoteHistory,
  revealVote,
} from '../../shared/model';
import {
  connect,
  sendBallot,
  startTestHub,
  trackClients,
  waitForDoc,
  type TestHub,
} from './hub-helpers';

let t: TestHub;
const { track, destroyAll } = trackClients();

beforeAll(async () => {
  t = await startTestHub();
});
afterAll(async () => {
  destroyAll();
  await t?.hub.close();
});

const vote = sendBallot;

describe('dot voting', () => {
  it('keeps ballots out of the doc until the facilitator reveals', async () => {
    const facilitator = track(connect(t.hub, t.hub.tokens.facilitator));
    const alice = track(connect(t.hub, t.hub.tokens.participant));
    const bob = track(connect(t.hub, t.hub.tokens.participant));
    const viewer = track(connect(t.hub, t.hub.tokens.viewer));
    await Promise.all([facilitator.synced, alice.synced, bob.synced, viewer.synced]);
    const p1 = createProject(facilitator.doc, { title: 'Pet project' });
    const p2 = createProject(facilitator.doc, { title: 'Other' });
    const votingId = openVote(facilitator.doc, 'projects', 2);
    await waitForDoc(alice.doc, () => readRoomState(alice.doc).voting?.id === votingId);
    await waitForDoc(bob.doc, () => readRoomState(bob.doc).voting?.id === votingId);
    await waitForDoc(viewer.doc, () => readRoomState(viewer.doc).voting?.id === votingId);

    const base = { type: 'offsite.vote', votingId } as const;
    expect(await vote(alice, { ...base, voter: 'alice-0001', items: [p2, p2] })).toMatchObject({
      accepted: true,
    });
    expect(await vote(bob, { ...base, voter: 'bob-00001', items: [p1, p2] })).toMatchObject({
      accepted: true,
    });
    expect(await vote(bob, { ...base, voter: 'bob-00001', items: [p1, p2, p1] })).toMatchObject({
      accepted: false,
      reason: 'at most 2 dots',
    });
    expect(await vote(viewer, { ...base, voter: 'viewer-001', items: [p1] })).toMatchObject({
      accepted: false,
    });
    expect(await vote(alice, { ...base, voter: 'alice-0001', items: ['nope'] })).toMatchObject({
      accepted: false,
    });

    await waitForDoc(facilitator.doc, () => readRoomState(facilitator.doc).voting?.ballots === 2);
    // Ballots without a name are published without one (''): each screen says "Someone" in
    // its own room's language, not the hub in English.
    expect(readRoomState(facilitator.doc).voting?.voters).toEqual(['', '']);
    // Nobody's copy holds a ballot or a count before the reveal.
    const raw = (doc: Y.Doc) => JSON.stringify(doc.getMap('room').toJSON());
    expect(raw(alice.doc)).not.toContain(p1);
    expect(raw(alice.doc)).not.toContain(p2);

    revealVote(facilitator.doc);
    await waitForDoc(
      bob.doc,
      () => Object.keys(readRoomState(bob.doc).voting?.results ?? {}).length > 0,
    );
    expect(readRoomState(bob.doc).voting?.results).toEqual({ [p1]: 1, [p2]: 3 });
    expect(raw(bob.doc)).not.toContain('alice');
  });

  it('publishes who voted (names, never choices) and every item on the ballot in the results', async () => {
    const facilitator = track(connect(t.hub, t.hub.tokens.facilitator));
    const alice = track(connect(t.hub, t.hub.tokens.participant));
    const bob = track(connect(t.hub, t.hub.tokens.participant));
    await Promise.all([facilitator.synced, alice.synced, bob.synced]);
    // Everything the hub says to a participant, stateless, from now on.
    const heard: string[] = [];
    for (const c of [alice, bob])
      c.provider.on('stateless', ({ payload }: { payload: string }) => heard.push(payload));

    const keep = createProject(facilitator.doc, { title: 'Keep me' });
    const quiet = createProject(facilitator.doc, { title: 'Nobody’s pick' });
    const offBallot = createProject(facilitator.doc, { title: 'Added after the vote opened' });
    const votingId = openVote(facilitator.doc, 'projects', 2, {
      question: 'Which projects matter most?',
      items: [keep, quiet],
    });
    await waitForDoc(alice.doc, () => readRoomState(alice.doc).voting?.id === votingId);
    expect(readRoomState(alice.doc).voting?.question).toBe('Which projects matter most?');

    const base = { type: 'offsite.vote', votingId } as const;
    expect(
      await vote(alice, { ...base, voter: 'alice-0001', name: 'Alice A', items: [keep, keep] }),
    ).toMatchObject({ accepted: true });
    // Only what is on the ballot counts.
    expect(
      await vote(bob, { ...base, voter: 'bob-00001', name: 'Bob B', items: [offBallot] }),
    ).toMatchObject({ accepted: false, reason: 'unknown projects' });
    expect(
      await vote(bob, { ...base, voter: 'bob-00001', name: 'Bob B', items: [keep] }),
    ).toMatchObject({ accepted: true });
    await waitForDoc(facilitator.doc, () => readRoomState(facilitator.doc).voting?.ballots === 2);
    expect(readRoomState(facilitator.doc).voting?.voters).toEqual(['Alice A', 'Bob B']);

    // Withdrawing every dot is not having voted.
    await vote(bob, { ...base, voter: 'bob-00001', name: 'Bob B', items: [] });
    await waitForDoc(facilitator.doc, () => readRoomState(facilitator.doc).voting?.ballots === 1);
    expect(readRoomState(facilitator.doc).voting?.voters).toEqual(['Alice A']);
    await vote(bob, { ...base, voter: 'bob-00001', name: 'Bob B', items: [keep] });
    await waitForDoc(facilitator.doc, () => readRoomState(facilitator.doc).voting?.ballots === 2);

    // Before the reveal, no copy of the doc holds a choice: the ballot's item list is the
    // facilitator's (written at opening), the names carry no items.
    const voting = (doc: Y.Doc) =>
      (doc.getMap('room').get('voting') as { toJSON(): Record<string, unknown> }).toJSON();
    for (const doc of [alice.doc, bob.doc, t.hub.document]) {
      await waitForDoc(doc, () => readRoomState(doc).voting?.ballots === 2);
      expect(voting(doc)).toMatchObject({ results: {}, voters: ['Alice A', 'Bob B'], ballots: 2 });
    }

    revealVote(facilitator.doc);
    await waitForDoc(
      bob.doc,
      () => Object.keys(readRoomState(bob.doc).voting?.results ?? {}).length > 0,
    );
    // Counts only, zeros included; nothing ties a name to an item.
    expect(readRoomState(bob.doc).voting?.results).toEqual({ [keep]: 3, [quiet]: 0 });
    // What participants heard: acks (their own) and nothing naming anyone's choices.
    const acks = heard.map((p) => JSON.parse(p) as { type: string });
    expect(new Set(acks.map((a) => a.type))).toEqual(new Set(['offsite.vote-ack']));
    for (const payload of heard) {
      expect(payload).not.toContain(keep);
      expect(payload).not.toContain('Alice A');
      expect(payload).not.toContain('alice-0001');
    }
    // Voter ids never leave the hub.
    for (const doc of [alice.doc, bob.doc, facilitator.doc])
      expect(JSON.stringify(doc.getMap('room').toJSON())).not.toMatch(/alice-0001|bob-00001/);

    // Cleared: the round is kept, readable by everyone, with the zero.
    clearVote(facilitator.doc);
    await waitForDoc(alice.doc, () => readVoteHistory(alice.doc).some((r) => r.id === votingId));
    expect(readVoteHistory(alice.doc).find((r) => r.id === votingId)).toMatchObject({
      question: 'Which projects matter most?',
      ballots: 2,
      rows: [
        { id: keep, title: 'Keep me', dots: 3 },
        { id: quiet, title: 'Nobody’s pick', dots: 0 },
      ],
    });
  });
});
