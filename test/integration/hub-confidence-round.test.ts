// The weekly meeting's private confidence round against a real hub: everyone's confidences
// go to the hub, never into the doc; nobody (the facilitator included) sees anyone's before
// the reveal; the reveal publishes the values sorted, with nothing tying one to a person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  addWeeklyItem,
  clearConfidenceRound,
  createKeyResult,
  createObjective,
  openConfidenceRound,
  readConfidenceRound,
  readWorkshop,
  recordAgreedConfidence,
  revealConfidenceRound,
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

const enter = sendBallot;

const room = (doc: Y.Doc) => JSON.stringify(doc.getMap('room').toJSON());
const MEETING = { team: 'Sales', week: '2027-01-11' };

describe('the private confidence round', () => {
  it('publishes a nameless person without a name, for each screen to word', async () => {
    const fran = track(connect(t.hub, t.hub.tokens.facilitator));
    const alice = track(connect(t.hub, t.hub.tokens.participant));
    await Promise.all([fran.synced, alice.synced]);
    const objective = createObjective(fran.doc, { title: 'Nameless', team: 'Ops' });
    const kr = createKeyResult(fran.doc, objective, { title: 'Uptime', current: 1 })!;
    const roundId = openConfidenceRound(fran.doc, { team: 'Ops', week: '2027-02-01' }, [kr]);
    await waitForDoc(alice.doc, () => readConfidenceRound(alice.doc)?.id === roundId);
    const base = { type: 'offsite.confidence', roundId } as const;
    expect(
      await enter(alice, { ...base, voter: 'alice-0002', confidence: { [kr]: 7 } }),
    ).toMatchObject({ accepted: true });
    expect(
      await enter(fran, { ...base, voter: 'fran-0002', name: 'Fran', confidence: { [kr]: 6 } }),
    ).toMatchObject({ accepted: true });
    await waitForDoc(fran.doc, () => readConfidenceRound(fran.doc)?.ballots === 2);
    expect(readConfidenceRound(fran.doc)?.voters).toEqual(['', 'Fran']);
    clearConfidenceRound(fran.doc);
    await waitForDoc(alice.doc, () => readConfidenceRound(alice.doc) === null);
  });

  it('keeps everyone’s confidence unseen until the reveal, then shows all at once', async () => {
    const fran = track(connect(t.hub, t.hub.tokens.facilitator));
    const alice = track(connect(t.hub, t.hub.tokens.participant));
    const bob = track(connect(t.hub, t.hub.tokens.participant));
    const viewer = track(connect(t.hub, t.hub.tokens.viewer));
    await Promise.all([fran.synced, alice.synced, bob.synced, viewer.synced]);
    // Everything the hub says to anyone, stateless, from now on.
    const heard: string[] = [];
    for (const c of [fran, alice, bob, viewer])
      c.provider.on('stateless', ({ payload }: { payload: string }) => heard.push(payload));

    const objective = createObjective(fran.doc, { title: 'Win DACH', team: 'Sales' });
    const pipeline = createKeyResult(fran.doc, objective, { title: 'Pipeline', current: 40 })!;
    const deals = createKeyResult(fran.doc, objective, { title: 'Deals', baseline: 0 })!;
    // Two participants edit the meeting's lines at once; both keep theirs.
    addWeeklyItem(alice.doc, MEETING, 'p1', 'Close the Vienna pilot');
    addWeeklyItem(bob.doc, MEETING, 'p1', 'Hire the DACH lead');

    const roundId = openConfidenceRound(fran.doc, MEETING, [pipeline, deals]);
    for (const c of [alice, bob, viewer])
      await waitForDoc(c.doc, () => readConfidenceRound(c.doc)?.id === roundId);

    const base = { type: 'offsite.confidence', roundId } as const;
    expect(
      await enter(alice, {
        ...base,
        voter: 'alice-0001',
        name: 'Alice',
        confidence: { [pipeline]: 9, [deals]: 4 },
      }),
    ).toMatchObject({ accepted: true });
    expect(
      await enter(bob, { ...base, voter: 'bob-00001', name: 'Bob', confidence: { [pipeline]: 3 } }),
    ).toMatchObject({ accepted: true });
    // Changing one's mind replaces the ballot; it does not count twice.
    expect(
      await enter(bob, {
        ...base,
        voter: 'bob-00001',
        name: 'Bob',
        confidence: { [pipeline]: 2, [deals]: 6 },
      }),
    ).toMatchObject({ accepted: true });
    expect(
      await enter(fran, { ...base, voter: 'fran-0001', name: 'Fran', confidence: { [deals]: 5 } }),
    ).toMatchObject({ accepted: true });
    // A projector does not vote; an unknown key result or an 11 is no ballot.
    expect(
      await enter(viewer, { ...base, voter: 'viewer-01', confidence: { [deals]: 5 } }),
    ).toMatchObject({ accepted: false });
    expect(
      await enter(alice, { ...base, voter: 'alice-0001', confidence: { nope: 5 } }),
    ).toMatchObject({ accepted: false, reason: 'a key result that is not in the round' });

    for (const c of [fran, alice, bob, viewer])
      await waitForDoc(c.doc, () => readConfidenceRound(c.doc)?.ballots === 3);
    // Before the reveal: who has entered theirs, and nothing of what, in any copy of the doc
    // (the hub's own included) and in anything the hub said to anyone.
    for (const doc of [fran.doc, alice.doc, bob.doc, viewer.doc, t.hub.document]) {
      expect(readConfidenceRound(doc)).toMatchObject({
        voters: ['Alice', 'Bob', 'Fran'],
        spread: {},
        revealed: false,
      });
      const raw = JSON.parse(room(doc)) as { confidenceRound: { spread: object } };
      expect(raw.confidenceRound.spread).toEqual({});
      expect(room(doc)).not.toMatch(/alice-0001|bob-00001|fran-0001/);
    }
    for (const payload of heard) {
      const message = JSON.parse(payload) as Record<string, unknown>;
      if (message.type !== 'offsite.vote-ack') continue;
      expect(Object.keys(message).sort()).toEqual(
        message.accepted
          ? ['accepted', 'type', 'votingId']
          : ['accepted', 'reason', 'type', 'votingId'],
      );
    }

    revealConfidenceRound(fran.doc);
    for (const c of [fran, alice, bob, viewer])
      await waitForDoc(
        c.doc,
        () => (readConfidenceRound(c.doc)?.spread[pipeline]?.length ?? 0) > 0,
      );
    // Sorted values per key result: all at once, nobody's name beside a number.
    expect(readConfidenceRound(alice.doc)?.spread).toEqual({
      [pipeline]: [2, 9],
      [deals]: [4, 5, 6],
    });
    expect(room(bob.doc)).not.toMatch(/alice-0001|bob-00001|fran-0001/);
    // Too late to enter: the round is closed.
    expect(
      await enter(alice, { ...base, voter: 'alice-0001', confidence: { [deals]: 10 } }),
    ).toMatchObject({ accepted: false, reason: 'the round is closed' });

    // The facilitator records what the room agreed: a check-in marked as a round's result.
    expect(
      recordAgreedConfidence(fran.doc, pipeline, { date: '2027-01-12', confidence: 5 }),
    ).not.toBeNull();
    expect(
      recordAgreedConfidence(fran.doc, deals, { date: '2027-01-12', confidence: 5 }),
    ).not.toBeNull();
    clearConfidenceRound(fran.doc);
    await waitForDoc(
      alice.doc,
      () =>
        readConfidenceRound(alice.doc) === null && readWorkshop(alice.doc).checkIns.length === 2,
    );
    const w = readWorkshop(alice.doc);
    expect(
      w.checkIns.map((c) => [c.keyResultId, c.value, c.confidence, c.confidenceRound]),
    ).toEqual(
      expect.arrayContaining([
        [pipeline, 40, 5, true],
        [deals, 0, 5, true],
      ]),
    );
    expect((w.weeklyItems ?? []).map((i) => i.text).sort()).toEqual([
      'Close the Vienna pilot',
      'Hire the DACH lead',
    ]);
  });

  it('refuses a participant who tries to open or reveal a round (the room map is the facilitator’s)', async () => {
    const fran = track(connect(t.hub, t.hub.tokens.facilitator));
    const mallory = track(connect(t.hub, t.hub.tokens.participant));
    await Promise.all([fran.synced, mallory.synced]);
    const roundId = openConfidenceRound(fran.doc, MEETING, []);
    await waitForDoc(mallory.doc, () => readConfidenceRound(mallory.doc)?.id === roundId);
    revealConfidenceRound(mallory.doc);
    // The hub closes the participant's connection on a forbidden write; the round stays unrevealed.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readConfidenceRound(t.hub.document)?.revealed).toBe(false);
    expect(readConfidenceRound(fran.doc)?.revealed).toBe(false);
  });
});
