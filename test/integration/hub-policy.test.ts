// The policy table at the hub, with real providers: the agreement is the facilitator's, and
// the workshop's identity and format keys are nobody's (issue 12; issue 15 items 1 and 2).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createProject,
  decodeOffsiteFile,
  metaMap,
  readMeta,
  readProjects,
  SCHEMA_VERSION,
  readRoomState,
  setAgreed,
  setMeetingStage,
} from '../../shared/model';
import { mayWrite, partOf } from '../../shared/protocol/policy';
import { ROOM_KEYS, ROOM_MAP } from '../../shared/protocol/room';
import { connect, startTestHub, trackClients, waitForDoc, type TestHub } from './hub-helpers';

let t: TestHub;
const { track, destroyAll } = trackClients();
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(async () => {
  destroyAll();
  await t?.hub.close();
});

type Who = 'participant' | 'facilitator';

/** `who` connects, makes `write`, and is closed with 4403; the hub's document is unchanged. */
async function expectRefused(who: Who, write: (doc: Y.Doc) => void): Promise<void> {
  const client = track(connect(t.hub, t.hub.tokens[who]));
  await client.synced;
  const before = Y.encodeStateAsUpdate(t.hub.document);
  const closed = new Promise<number>((resolve) =>
    client.provider.on('close', ({ event }: { event: { code: number } }) => resolve(event.code)),
  );
  // An accepted write fails at once rather than at the test's timeout.
  let onUpdate = () => {};
  const applied = new Promise<string>((resolve) => {
    onUpdate = () => resolve('applied by the hub');
    t.hub.document.on('update', onUpdate);
  });
  write(client.doc);
  const outcome = await Promise.race([closed, applied]);
  t.hub.document.off('update', onUpdate);
  expect(outcome).toBe(4403);
  client.destroy();
  expect(Y.encodeStateAsUpdate(t.hub.document)).toEqual(before);
}

/** The room still takes an allowed edit, and the file still saves it. */
async function stillSavesAnEdit(title: string): Promise<void> {
  const p = track(connect(t.hub, t.hub.tokens.participant));
  await p.synced;
  createProject(p.doc, { title });
  await waitForDoc(t.hub.document, () =>
    readProjects(t.hub.document).some((x) => x.title === title),
  );
  await t.hub.flush();
  const { header } = decodeOffsiteFile(new Uint8Array(readFileSync(t.hub.path)));
  expect(header.schemaVersion).toBe(SCHEMA_VERSION);
  expect(header.id).toBe(t.hub.room);
}

/** A hub started on the saved file serves the same room, with the edit and its identity. */
async function restartsOnTheFile(title: string): Promise<void> {
  await t.hub.close();
  const room = t.hub.room;
  t = await startTestHub({ workshopPath: t.hub.path });
  expect(t.hub.room).toBe(room);
  expect(metaMap(t.hub.document).get('id')).toBe(room);
  expect(metaMap(t.hub.document).get('schemaVersion')).toBe(SCHEMA_VERSION);
  expect(readProjects(t.hub.document).map((p) => p.title)).toContain(title);
}

describe('the agreement (meta.agreed) is the facilitator’s', () => {
  it('a participant’s write to meta.agreed is refused with 4403, the document unchanged', async () => {
    await expectRefused('participant', (doc) => setAgreed(doc, true));
    expect(readMeta(t.hub.document).agreed).toBe(false);
  });

  it('the facilitator’s is accepted, and a participant cannot un-agree', async () => {
    const facilitator = track(connect(t.hub, t.hub.tokens.facilitator));
    await facilitator.synced;
    setAgreed(facilitator.doc, true);
    await waitForDoc(t.hub.document, () => readMeta(t.hub.document).agreed);
    await expectRefused('participant', (doc) => setAgreed(doc, false));
    expect(readMeta(t.hub.document).agreed).toBe(true);
    expect(facilitator.closes).toEqual([]);
    facilitator.destroy();
  });
});

describe('the weekly meeting on the projector (room.meeting) is the facilitator’s', () => {
  it('the policy table places it in the room state: the facilitator’s alone', () => {
    const part = partOf(ROOM_MAP, ROOM_KEYS.meeting);
    expect(part).toEqual({ kind: 'room' });
    expect(mayWrite('facilitator', part, [])).toBe(true);
    expect(mayWrite('participant', part, [])).toBe(false);
    expect(mayWrite('viewer', part, [])).toBe(false);
  });

  it('the facilitator’s choice of team and week reaches the hub; a participant’s is refused with 4403', async () => {
    const facilitator = track(connect(t.hub, t.hub.tokens.facilitator));
    await facilitator.synced;
    setMeetingStage(facilitator.doc, { team: 'Customer Success', week: '2027-01-12' });
    await waitForDoc(t.hub.document, () => readRoomState(t.hub.document).meeting !== null);
    expect(readRoomState(t.hub.document).meeting).toEqual({
      team: 'Customer Success',
      week: '2027-01-12',
    });
    // Neither pointing the projector at another team, nor taking the meeting off it.
    await expectRefused('participant', (doc) =>
      setMeetingStage(doc, { team: 'Sales', week: '2027-01-12' }),
    );
    await expectRefused('participant', (doc) => setMeetingStage(doc, null));
    expect(readRoomState(t.hub.document).meeting).toEqual({
      team: 'Customer Success',
      week: '2027-01-12',
    });
    setMeetingStage(facilitator.doc, null);
    await waitForDoc(t.hub.document, () => readRoomState(t.hub.document).meeting === null);
    expect(facilitator.closes).toEqual([]);
    facilitator.destroy();
  });
});

describe('issue 15 item 1: no peer can set meta.schemaVersion', () => {
  it('meta.set("schemaVersion", 2) is refused from a participant and from the facilitator', async () => {
    for (const who of ['participant', 'facilitator'] as const) {
      await expectRefused(who, (doc) => metaMap(doc).set('schemaVersion', 2));
    }
    expect(metaMap(t.hub.document).get('schemaVersion')).toBe(SCHEMA_VERSION);
  });

  it('the file still saves, and the hub restarts on it', async () => {
    await stillSavesAnEdit('after a schemaVersion attempt');
    await restartsOnTheFile('after a schemaVersion attempt');
  });
});

describe('issue 15 item 2: no peer can delete meta.id', () => {
  it('meta.delete("id") is refused from a participant and from the facilitator', async () => {
    for (const who of ['participant', 'facilitator'] as const) {
      await expectRefused(who, (doc) => metaMap(doc).delete('id'));
      await expectRefused(who, (doc) => metaMap(doc).set('id', 'another-room'));
    }
    expect(metaMap(t.hub.document).get('id')).toBe(t.hub.room);
  });

  it('the file still saves, and the hub restarts on it as the same room', async () => {
    await stillSavesAnEdit('after an id attempt');
    await restartsOnTheFile('after an id attempt');
  });
});

describe('issue 15 item 8: no peer can change meta.identity', () => {
  it('setting or deleting meta.identity is refused from a participant and from the facilitator', async () => {
    const identity = metaMap(t.hub.document).get('identity');
    expect(typeof identity).toBe('string');
    for (const who of ['participant', 'facilitator'] as const) {
      await expectRefused(who, (doc) => metaMap(doc).set('identity', 'another-workshop'));
      await expectRefused(who, (doc) => metaMap(doc).delete('identity'));
    }
    expect(metaMap(t.hub.document).get('identity')).toBe(identity);
  });
});
