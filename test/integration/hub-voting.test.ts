// Dot voting: ballots go to the hub, never into the doc; counts appear only on reveal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createProject, openVote, readRoomState, revealVote } from '../../shared/model';
import { connect, startTestHub, trackClients, waitForDoc, type TestHub } from './hub-helpers';
import { vote } from './helpers/vote';

let t: TestHub;
const { track, destroyAll } = trackClients();

beforeAll(async () => {
  t = await startTestHub();
});
afterAll(async () => {
  destroyAll();
  await t?.hub.close();
});

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
});
