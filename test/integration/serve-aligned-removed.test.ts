// A device the facilitator removed from a server workshop loses what its link reads across
// workshops too (issue 14, left alone there): `GET /api/workshops/<team>/aligned` answers it
// 403 right after the removal, while a participant still in the room reads the company's
// titles; the removal holds after the workshop unloads (it is kept with the tokens in the
// store, as the laptop hub keeps it beside its tokens file), and rotating the links lets go.
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { alignedPath, parseAlignedAnswer } from '../../shared/protocol/aligned';
import type { AdminWorkshop } from '../../shared/protocol/admin';
import type { RoomConnection } from '../../renderer/sync/room-connection';
import { startServer, type OffsiteServer } from '../../electron/server/server';
import { appClient, present, tempDir, tempWebRoot, waitForStatus } from './hub-helpers';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'acme-2027.json');
const PAT = 'device-pat-00001';
const QUINN = 'device-quinn-0001';
let server: OffsiteServer;
let team: { id: string; ws: string; participant: string; facilitator: string };
const connections: RoomConnection[] = [];

const tokenOf = (link: string) => new URL(link.replace('#/', '')).searchParams.get('t')!;
const adminApi = (path: string, body: unknown) =>
  fetch(`${server.url}/api/admin${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.adminToken}` },
    body: JSON.stringify(body),
  });
/** What the team's link reads of the company workshop, as device `device` (the app sends it). */
const aligned = (token: string, device?: string) =>
  fetch(`${server.url}${alignedPath(team.id, device)}`, {
    headers: { Authorization: `Bearer ${token}` },
  });

function joinTeam(token: string, device: string): RoomConnection {
  const { c } = appClient({ wsUrl: team.ws, room: team.id }, token, device);
  connections.push(c);
  return c;
}
const connected = (c: RoomConnection) =>
  waitForStatus(c, (s) => s.phase === 'connected' && s.role !== null, 'connected');

beforeAll(async () => {
  server = await startServer({
    dataDir: tempDir('offsite-aligned-removed-'),
    host: '127.0.0.1',
    port: 0,
    webRoot: tempWebRoot(),
    imports: [FIXTURE],
    log: () => {},
  });
  const company = (await server.workshops())[0]!.id;
  const created = await adminApi('/workshops', { title: 'Customer Success 2027' });
  const { workshop } = (await created.json()) as { workshop: AdminWorkshop };
  expect((await adminApi(`/workshops/${workshop.id}/parent`, { parent: company })).status).toBe(
    200,
  );
  team = {
    id: workshop.id,
    ws: server.links.workshop(workshop.id, { facilitator: '', participant: '', viewer: '' }).ws,
    participant: tokenOf(workshop.links.participant),
    facilitator: tokenOf(workshop.links.facilitator),
  };
});
afterEach(() => connections.splice(0).forEach((c) => c.destroy()));
afterAll(async () => {
  await server?.close();
});

describe('a removed device and the company’s titles (/aligned)', () => {
  it('is refused right after the removal, and after the workshop unloads; the others still read', async () => {
    const fran = joinTeam(team.facilitator, 'device-fran-0001');
    const pat = joinTeam(team.participant, PAT);
    const quinn = joinTeam(team.participant, QUINN);
    await Promise.all([fran, pat, quinn].map(connected));
    expect((await aligned(team.participant, PAT)).status).toBe(200);

    fran.removeParticipant(await present(pat, 'Pat', fran));
    await waitForStatus(pat, (s) => s.phase === 'removed', 'Pat removed');
    const refused = await aligned(team.participant, PAT);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: 'this device was removed from the room' });
    const still = await aligned(team.participant, QUINN);
    expect(still.status).toBe(200);
    expect(parseAlignedAnswer(await still.json())?.parent?.objectives[0]?.title).toBe(
      'Make the first visit the only visit',
    );

    // Everyone leaves: the workshop unloads, its room control with it. The removal stays.
    connections.splice(0).forEach((c) => c.destroy());
    await expect
      .poll(() => server.hocuspocus.documents.has(team.id), { timeout: 15_000 })
      .toBe(false);
    expect((await aligned(team.participant, PAT)).status).toBe(403);
    expect((await aligned(team.participant, QUINN)).status).toBe(200);
    const back = joinTeam(team.participant, PAT);
    await waitForStatus(back, (s) => s.phase === 'removed', 'Pat refused after the unload');
  });

  it('rotating the links lets the device go, with the new link', async () => {
    const fran = joinTeam(team.facilitator, 'device-fran-0001');
    await connected(fran);
    fran.rotateLinks();
    const rotated = async () => (await server.store.get(team.id))!.tokens.participant;
    await expect.poll(rotated).not.toBe(team.participant);
    const fresh = await rotated();
    expect((await aligned(team.participant, PAT)).status).toBe(401);
    expect((await aligned(fresh, PAT)).status).toBe(200);
  });
});
