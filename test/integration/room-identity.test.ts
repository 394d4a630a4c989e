// Issue 15 item 8, with the app's own client (connectRoom) on real providers and real hubs:
// a Q2 workshop made from Q1's JSON export has Q1's id, so its room has Q1's room id. A
// device still holding its copy of Q1's room must not bring Q1's dropped projects into Q2,
// nor take Q2 into its copy; the same workshop continuing (a hub restarted on its file)
// still syncs as before.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  createProject,
  docToJson,
  readProjects,
  workshopIdentity,
  type WorkshopJson,
} from '../../shared/model';
import { connectRoom, type RoomConnection } from '../../renderer/sync/room-connection';
import { startTestHub, tempDir, waitForDoc, waitForStatus, type TestHub } from './hub-helpers';

const hubs: TestHub[] = [];
const connections: RoomConnection[] = [];

afterEach(async () => {
  connections.splice(0).forEach((c) => c.destroy());
  for (const t of hubs.splice(0)) await t.hub.close();
});

async function hubOn(workshopPath: string): Promise<TestHub['hub']> {
  const t = await startTestHub({ workshopPath });
  hubs.push(t);
  return t.hub;
}

/** The app's client on `doc` (the device's stored copy), joining as a participant. */
function joinRoom(hub: TestHub['hub'], doc: Y.Doc): RoomConnection {
  const c = connectRoom({
    doc,
    wsUrl: hub.wsUrl,
    room: hub.room,
    token: hub.tokens.participant,
    deviceId: 'device-identity-01',
    minDelayMs: 100,
    maxDelayMs: 300,
    WebSocketPolyfill: WebSocket,
  });
  connections.push(c);
  return c;
}

const connected = (c: RoomConnection) =>
  waitForStatus(c, (s) => s.phase === 'connected' && s.everSynced, 'connected');

const fixture = (): WorkshopJson =>
  JSON.parse(readFileSync('test/fixtures/acme-2027.json', 'utf8')) as WorkshopJson;

const titles = (doc: Y.Doc) =>
  readProjects(doc)
    .map((p) => p.title)
    .sort();

describe('issue 15 item 8: a copy of another workshop with the same room id never merges', () => {
  it('a device holding Q1’s copy joining Q2’s room brings none of Q1 in and takes none of Q2', async () => {
    const dir = tempDir();
    const q1Path = join(dir, 'q1.json');
    writeFileSync(q1Path, JSON.stringify(fixture()));
    const q1 = await hubOn(q1Path);

    // The device joins Q1's room and keeps its copy.
    const copy = new Y.Doc();
    await connected(joinRoom(q1, copy));
    const q1Titles = titles(copy);
    expect(q1Titles.length).toBe(9);
    connections.splice(0).forEach((c) => c.destroy());
    await hubs.splice(0)[0]!.hub.close();

    // Q2 is made from Q1's JSON export: the same id, 7 projects dropped.
    const q2Json = docToJson(copy);
    q2Json.title = 'Acme 2027 Q2';
    q2Json.projects = q2Json.projects.slice(7);
    for (const o of q2Json.objectives)
      for (const kr of o.keyResults) kr.initiatives = kr.initiatives?.filter(() => false);
    const q2Path = join(tempDir(), 'q2.json');
    writeFileSync(q2Path, JSON.stringify(q2Json));
    const q2 = await hubOn(q2Path);
    expect(q2.room).toBe(q1.room);
    expect(workshopIdentity(q2.document)).not.toBe(workshopIdentity(copy));
    const q2Titles = titles(q2.document);
    expect(q2Titles.length).toBe(2);

    // The device comes back with its Q1 copy: refused as another workshop, before any sync.
    const before = Y.encodeStateAsUpdate(copy);
    const device = joinRoom(q2, copy);
    await waitForStatus(device, (s) => s.phase === 'other-workshop', 'other-workshop');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(titles(q2.document)).toEqual(q2Titles);
    expect(Y.encodeStateAsUpdate(copy)).toEqual(before);
    expect(titles(copy)).toEqual(q1Titles);

    // The room's other participants see Q2 as it is, and nothing of Q1 arrives later.
    const fresh = new Y.Doc();
    await connected(joinRoom(q2, fresh));
    expect(titles(fresh)).toEqual(q2Titles);
    await q2.flush();
    expect(titles(q2.document)).toEqual(q2Titles);
  });

  it('the same workshop continuing (its hub restarted on its file) syncs the device’s copy as before', async () => {
    const path = join(tempDir(), 'q1.json');
    writeFileSync(path, JSON.stringify(fixture()));
    const first = await hubOn(path);
    const copy = new Y.Doc();
    await connected(joinRoom(first, copy));
    connections.splice(0).forEach((c) => c.destroy());
    // An edit made on the device while the room is down.
    createProject(copy, { title: 'Made offline' });
    await hubs.splice(0)[0]!.hub.close();

    // The same command again continues from the .offsite beside the JSON: same identity.
    const again = await hubOn(path);
    expect(workshopIdentity(again.document)).toBe(workshopIdentity(copy));
    await connected(joinRoom(again, copy));
    await waitForDoc(again.document, () => titles(again.document).includes('Made offline'));
    expect(titles(again.document)).toEqual(titles(copy));
  });
});
