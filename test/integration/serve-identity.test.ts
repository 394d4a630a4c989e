// Issue 15 item 8 on `offsite serve` (many workshops, a database): a device whose stored copy
// is another workshop with this workshop's id is refused before any sync, whether the
// workshop is open on the process (its live document) or only in the store (after a
// restart); the same workshop's copy still syncs. The app's own client, a real server.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  createProject,
  docToJson,
  importWorkshopJson,
  readProjects,
  workshopIdentity,
} from '../../shared/model';
import { startServer, type OffsiteServer } from '../../electron/server/server';
import { connectRoom, type RoomConnection } from '../../renderer/sync/room-connection';
import { tempDir, tempWebRoot, waitForDoc, waitForStatus } from './hub-helpers';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'acme-2027.json');
const servers: OffsiteServer[] = [];
const connections: RoomConnection[] = [];

afterEach(async () => {
  connections.splice(0).forEach((c) => c.destroy());
  for (const s of servers.splice(0)) await s.close();
});

async function serve(dataDir: string, imports: string[] = []): Promise<OffsiteServer> {
  const server = await startServer({
    dataDir,
    host: '127.0.0.1',
    port: 0,
    webRoot: tempWebRoot(),
    imports,
    log: () => undefined,
  });
  servers.push(server);
  return server;
}

async function joinAs(server: OffsiteServer, doc: Y.Doc): Promise<RoomConnection> {
  const [w] = await server.workshops();
  const c = connectRoom({
    doc,
    wsUrl: `ws://127.0.0.1:${server.port}/collab`,
    room: w!.id,
    token: w!.token,
    deviceId: 'device-serve-id-01',
    minDelayMs: 100,
    maxDelayMs: 300,
    WebSocketPolyfill: WebSocket,
  });
  connections.push(c);
  return c;
}

const titles = (doc: Y.Doc) =>
  readProjects(doc)
    .map((p) => p.title)
    .sort();

describe('issue 15 item 8 on offsite serve: a copy of another workshop never merges', () => {
  it('refuses it against the live document and against the stored one after a restart', async () => {
    const dataDir = tempDir('offsite-serve-id-');
    const server = await serve(dataDir, [fixture]);
    const [w] = await server.workshops();

    // A device joins and keeps its copy.
    const copy = new Y.Doc();
    const own = await joinAs(server, copy);
    await waitForStatus(own, (s) => s.phase === 'connected' && s.everSynced, 'connected');
    const roomTitles = titles(copy);
    expect(roomTitles.length).toBeGreaterThan(0);

    // Another device holds a workshop rebuilt from the JSON: the same id, another history,
    // with a project the room never had.
    const foreign = new Y.Doc();
    importWorkshopJson(foreign, docToJson(copy));
    createProject(foreign, { title: 'From the other workshop' });
    expect(workshopIdentity(foreign)).not.toBe(workshopIdentity(copy));
    const before = Y.encodeStateAsUpdate(foreign);
    const refused = await joinAs(server, foreign);
    await waitForStatus(refused, (s) => s.phase === 'other-workshop', 'refused (live)');
    expect(Y.encodeStateAsUpdate(foreign)).toEqual(before);

    // The workshop only in the store: a new process on the same data.
    connections.splice(0).forEach((c) => c.destroy());
    await servers.splice(0)[0]!.close();
    const again = await serve(dataDir);
    expect((await again.workshops())[0]!.id).toBe(w!.id);
    const refusedAgain = await joinAs(again, foreign);
    await waitForStatus(refusedAgain, (s) => s.phase === 'other-workshop', 'refused (stored)');

    // The same workshop's copy still syncs, with an edit made while it was away.
    createProject(copy, { title: 'Made offline' });
    const back = await joinAs(again, copy);
    await waitForStatus(back, (s) => s.phase === 'connected' && s.everSynced, 'connected again');
    const fresh = new Y.Doc();
    await joinAs(again, fresh);
    await waitForDoc(fresh, () => titles(fresh).includes('Made offline'));
    expect(titles(fresh)).toEqual([...roomTitles, 'Made offline'].sort());
    expect(titles(fresh)).not.toContain('From the other workshop');
  });
});
