// The admin API over HTTP (shared/protocol/admin.ts): only a Bearer admin token opens it
// (never a token in the URL), wrong tokens are counted per address, bodies are bounded,
// answers are JSON; archiving closes the workshop's connections and refuses new ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initWorkshop } from '../../shared/model';
import { encodeWorkshopFile } from '../../electron/storage/workshop-file';
import { startServer, type OffsiteServer } from '../../electron/server/server';
import { connect, tempDir, tempWebRoot, trackClients } from './hub-helpers';

let server: OffsiteServer;
const { track, destroyAll } = trackClients();
beforeAll(async () => {
  server = await startServer({
    dataDir: tempDir('offsite-admin-api-'),
    host: '127.0.0.1',
    port: 0,
    webRoot: tempWebRoot(),
    log: () => {},
  });
});
afterAll(async () => {
  destroyAll();
  await server?.close();
});

const api = (path: string, init: RequestInit = {}, token = server.adminToken) =>
  fetch(`${server.url}/api/admin${path}`, {
    ...init,
    headers: { ...init.headers, ...(token && { Authorization: `Bearer ${token}` }) },
  });

describe('the admin API', () => {
  it('answers only a Bearer admin token; a token in the URL is no token', async () => {
    const noToken = await api('/workshops', {}, '');
    expect(noToken.status).toBe(401);
    expect(noToken.headers.get('www-authenticate')).toBe('Bearer');
    expect(await noToken.json()).toEqual({ error: 'the admin token is missing or wrong' });
    expect((await fetch(`${server.url}/api/admin/workshops?t=${server.adminToken}`)).status).toBe(
      401,
    );
    const ok = await api('/workshops');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await ok.json()).toEqual({ workshops: [] });
  });

  it('creates, imports once, refuses oversized or malformed bodies and unknown paths', async () => {
    const created = await api('/workshops', {
      method: 'POST',
      body: JSON.stringify({ title: 'Leadership Q1' }),
    });
    expect(created.status).toBe(201);
    const { workshop } = (await created.json()) as { workshop: { id: string; title: string } };
    expect(workshop.title).toBe('Leadership Q1');

    const doc = new Y.Doc();
    initWorkshop(doc, { id: 'imported-once', title: 'Imported' });
    const bytes = Buffer.from(encodeWorkshopFile(doc));
    expect((await api('/workshops/import', { method: 'POST', body: bytes })).status).toBe(201);
    const again = await api('/workshops/import', { method: 'POST', body: bytes });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { added: boolean }).added).toBe(false);

    const garbage = await api('/workshops/import', { method: 'POST', body: 'not a workshop' });
    expect(garbage.status).toBe(400);
    expect(((await garbage.json()) as { error: string }).error).toMatch(/uploaded file/);
    const big = await api('/workshops', {
      method: 'POST',
      body: JSON.stringify({ title: 'x'.repeat(20_000) }),
    });
    expect(big.status).toBe(413);
    expect((await api('/workshops', { method: 'POST', body: '{"title": ""}' })).status).toBe(400);
    expect((await api('/workshops', { method: 'DELETE' })).status).toBe(405);
    expect((await api('/nothing')).status).toBe(404);
    expect((await api('/workshops/no-such-id/export')).status).toBe(404);
  });

  it('archiving closes the workshop’s connections and refuses new ones; restoring reopens it', async () => {
    const [w] = (await server.workshops()).filter((x) => x.title === 'Leadership Q1');
    const client = track(connect({ wsUrl: w!.ws, room: w!.id }, w!.token));
    await client.synced;
    const closed = new Promise<number>((resolve) =>
      client.provider.on('close', ({ event }: { event: { code: number } }) => resolve(event.code)),
    );
    const archived = await api(`/workshops/${w!.id}/archive`, {
      method: 'POST',
      body: '{"archived":true}',
    });
    expect(archived.status).toBe(200);
    expect(await closed).toBe(4403);
    client.destroy();
    const refused = track(connect({ wsUrl: w!.ws, room: w!.id }, w!.token));
    await expect(refused.synced).rejects.toThrow(/authentication failed/);
    refused.destroy();
    await api(`/workshops/${w!.id}/archive`, { method: 'POST', body: '{"archived":false}' });
    const back = track(connect({ wsUrl: w!.ws, room: w!.id }, w!.token));
    await back.synced;
  });

  it('counts wrong tokens per address: past the limit, 429 even with the right one', async () => {
    // Two wrong ones came from the first test; 20 a minute is the limit.
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++)
      statuses.push((await api('/workshops', {}, 'wrong'.repeat(6))).status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(18);
    expect(statuses.slice(18).every((s) => s === 429)).toBe(true);
    expect((await api('/workshops')).status).toBe(429);
  });
});
