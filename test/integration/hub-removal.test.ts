// Removing a participant (issue 12 part 4), with the app's own client (connectRoom) on real
// providers and a real hub: the removed device is closed with 4401, its reconnect is
// refused before any document data, everyone else carries on, a restarted hub still keeps
// it out, and rotating the links lets it go. A refused edit that no waiting will allow
// (not a locked step) stops the client instead of a reconnect loop.
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createProject, readMeta, readProjects, setAgreed } from '../../shared/model';
import { HUB_CLOSE } from '../../shared/protocol/room';
import type { RoomConnection } from '../../renderer/sync/room-connection';
import {
  appClient,
  present,
  startTestHub,
  waitForDoc,
  waitForStatus,
  type TestHub,
} from './hub-helpers';

let t: TestHub | null = null;
const connections: RoomConnection[] = [];

afterEach(async () => {
  connections.splice(0).forEach((c) => c.destroy());
  await t?.hub.close();
  t = null;
});

function join(
  hub: TestHub['hub'],
  token: string,
  deviceId?: string,
  doc?: Y.Doc,
): { doc: Y.Doc; c: RoomConnection } {
  const joined = appClient(hub, token, deviceId, doc);
  connections.push(joined.c);
  return joined;
}

const connected = (c: RoomConnection) =>
  waitForStatus(c, (s) => s.phase === 'connected' && s.role !== null, 'connected');

/** How many times the hub refused a removed device's connection. */
function refusedRejoins(hubLogs: string[]): number {
  return hubLogs.filter((line) => line.includes('removed device')).length;
}

describe('the facilitator removes a participant', () => {
  it('closes the removed device with 4401, refuses its reconnect, and the room carries on', async () => {
    t = await startTestHub();
    const { hub } = t;
    const fran = join(hub, hub.tokens.facilitator, 'device-fran-0001');
    const pat = join(hub, hub.tokens.participant, 'device-pat-00001');
    const quinn = join(hub, hub.tokens.participant, 'device-quinn-0001');
    await Promise.all([fran, pat, quinn].map(({ c }) => connected(c)));
    const patId = await present(pat.c, 'Pat Participant', fran.c);
    await present(quinn.c, 'Quinn Participant', fran.c);

    // A participant may not remove anyone: the hub says no and closes nobody.
    quinn.c.removeParticipant(patId);
    const denied = await waitForStatus(quinn.c, (s) => s.lastRemoveAck !== null, 'a refusal');
    expect(denied.lastRemoveAck).toMatchObject({ accepted: false });
    expect(pat.c.status.getState().phase).toBe('connected');

    fran.c.removeParticipant(patId);
    const ack = await waitForStatus(fran.c, (s) => s.lastRemoveAck !== null, 'the ack');
    expect(ack.lastRemoveAck).toEqual({
      type: 'offsite.remove-ack',
      clientId: patId,
      accepted: true,
      keptOut: true,
    });
    await waitForStatus(pat.c, (s) => s.phase === 'removed', 'Pat removed');
    expect(hub.removedDevices()).toEqual(['device-pat-00001']);
    // Pat's presence is gone for everyone.
    await expect.poll(() => fran.c.awareness.getStates().has(patId)).toBe(false);

    // Pat's copy stays; Pat's edit made after removal never reaches the room.
    const before = readProjects(pat.doc).length;
    createProject(pat.doc, { title: 'Made after removal' });
    expect(readProjects(pat.doc)).toHaveLength(before + 1);

    // Everyone else carries on.
    createProject(quinn.doc, { title: 'Quinn carries on' });
    await waitForDoc(fran.doc, () =>
      readProjects(fran.doc).some((p) => p.title === 'Quinn carries on'),
    );

    // The same device joining again with the same link is refused before any data.
    const again = join(hub, hub.tokens.participant, 'device-pat-00001');
    await waitForStatus(again.c, (s) => s.phase === 'removed', 'the rejoin refused');
    // No data: not one item from anyone (the connection itself may declare `meta` to watch
    // the workshop's identity, which holds nothing).
    expect(again.doc.store.clients.size).toBe(0);
    expect(readProjects(hub.document).some((p) => p.title === 'Made after removal')).toBe(false);
    // …and it does not keep trying (no reconnect loop against a refusal): one attempt, one
    // refusal, however long we wait.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(refusedRejoins(t.logs)).toBe(1);
  });

  it('keeps the device out across a hub restart; rotating the links lets it in with the new link', async () => {
    t = await startTestHub();
    const path = t.hub.path;
    const fran = join(t.hub, t.hub.tokens.facilitator, 'device-fran-0001');
    const pat = join(t.hub, t.hub.tokens.participant, 'device-pat-00001');
    await Promise.all([connected(fran.c), connected(pat.c)]);
    fran.c.removeParticipant(await present(pat.c, 'Pat', fran.c));
    await waitForStatus(pat.c, (s) => s.phase === 'removed', 'Pat removed');
    connections.splice(0).forEach((c) => c.destroy());
    await t.hub.close();

    t = await startTestHub({ workshopPath: path });
    const participantToken = t.hub.tokens.participant;
    const stillOut = join(t.hub, participantToken, 'device-pat-00001');
    await waitForStatus(stillOut.c, (s) => s.phase === 'removed', 'refused after restart');
    // The honest limit: another device id (cleared storage) gets in with the same link…
    const cleared = join(t.hub, participantToken, 'device-pat-cleared');
    await connected(cleared.c);

    // …which is what rotating the links is for; and rotation forgets the removed devices.
    t.hub.rotateTokens();
    await waitForStatus(cleared.c, (s) => s.phase === 'refused', 'the old link dead');
    expect(t.hub.removedDevices()).toEqual([]);
    const back = join(t.hub, t.hub.tokens.participant, 'device-pat-00001');
    await connected(back.c);
  });
});

describe('a refusal no waiting will allow stops the client (issue 12: no resend loop)', () => {
  it('a participant’s un-agree is refused once: the client stops, keeps its copy and says why', async () => {
    t = await startTestHub();
    const { hub } = t;
    const fran = join(hub, hub.tokens.facilitator, 'device-fran-0001');
    await connected(fran.c);
    createProject(fran.doc, { title: 'Something to agree on' });
    setAgreed(fran.doc, true, 'Fran');
    await waitForDoc(hub.document, () => readMeta(hub.document).agreed);

    const pat = join(hub, hub.tokens.participant, 'device-pat-00001');
    await connected(pat.c);
    const refusedAt = t.logs.length;
    setAgreed(pat.doc, false, 'Pat');
    const status = await waitForStatus(pat.c, (s) => s.phase === 'edit-refused', 'edit refused');
    expect(status.refusal).toBe('only the facilitator may agree or un-agree the OKRs');
    // The local copy keeps the edit; the room does not have it.
    expect(readMeta(pat.doc).agreed).toBe(false);
    expect(readMeta(hub.document)).toMatchObject({ agreed: true, agreedBy: 'Fran' });
    // No reconnect sends it again: one refusal in the log, however long we wait.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const refusals = t.logs
      .slice(refusedAt)
      .filter((l) => l.includes('only the facilitator may agree'));
    expect(refusals).toHaveLength(1);
    expect(HUB_CLOSE.forbidden).toBe(4403);
  });
});
