// LAN discovery: a hub advertises `_offsite._tcp` with its room and port, never a token.
import { Bonjour, type Service } from 'bonjour-service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browseRooms, type NearbyRoom } from '../../electron/hub/discovery';
import { startTestHub, type TestHub } from './hub-helpers';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ discovery: true });
});
afterAll(async () => {
  await t?.hub.close();
});

describe('hub discovery', () => {
  it('is found by browsing, with room and port and no token', async (ctx) => {
    const unavailable = t.logs.find((l) => l.includes('multicast unavailable'));
    if (unavailable) {
      console.warn(`skipped: ${unavailable}`);
      ctx.skip();
    }
    const logs: string[] = [];
    const found = await new Promise<NearbyRoom | null>((resolve) => {
      const browser = browseRooms(
        (rooms) => {
          const mine = rooms.find((r) => r.room === t.hub.room);
          if (mine) void browser.stop().then(() => resolve(mine));
        },
        (m) => logs.push(m),
      );
      setTimeout(() => void browser.stop().then(() => resolve(null)), 8000);
    });
    expect(found, `not found; discovery logs: ${[...t.logs, ...logs].join('; ')}`).not.toBeNull();
    expect(found!.port).toBe(t.hub.port);

    // The raw DNS-SD record: nothing in it may be a token.
    const raw = await new Promise<Service | null>((resolve) => {
      const b = new Bonjour();
      const browser = b.find({ type: 'offsite' }, (s: Service) => {
        if ((s.txt as Record<string, string>)?.room !== t.hub.room) return;
        browser.stop();
        b.destroy();
        resolve(s);
      });
      setTimeout(() => (b.destroy(), resolve(null)), 8000);
    });
    expect(raw, 'the raw DNS-SD record').not.toBeNull();
    const record = JSON.stringify({ name: raw?.name, txt: raw?.txt, host: raw?.host });
    for (const token of Object.values(t.hub.tokens)) expect(record).not.toContain(token);
  });
});
