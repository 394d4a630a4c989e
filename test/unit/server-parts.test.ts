// offsite serve's small parts as plain functions: links on a base URL (https, a public
// URL behind a proxy), the admin route, the client address behind a proxy, documents per
// socket, the room of an imported workshop, export names, Redis URLs, and room control
// made per workshop (tokens kept elsewhere, links given).
import type { IncomingMessage } from 'node:http';
import type { onStatelessPayload } from '@hocuspocus/server';
import type { WebSocket } from 'ws';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initWorkshop } from '../../shared/model';
import { parseJoinLink, parseWelcome } from '../../shared/protocol/room';
import { parseWorkshopList } from '../../shared/protocol/admin';
import { RoomControl } from '../../electron/hub/room-control';
import { newRoomTokens, type RoomTokens } from '../../electron/hub/tokens';
import { exportFileName } from '../../electron/server/admin-api';
import { forwardedAddress, workshopDocuments } from '../../electron/server/client-address';
import { redisConfiguration } from '../../electron/server/redis';
import { parsePublicUrl, serverLinks } from '../../electron/server/server-links';
import { roomForWorkshop } from '../../electron/server/workshops';
import { parseHash } from '../../renderer/ui/routes';

const tokens = newRoomTokens();

describe('server links', () => {
  it('https links parse back to wss, with each role’s token', () => {
    const links = serverLinks({ listenHost: '10.0.0.5', port: 8443, tls: true });
    const w = links.workshop('team-a', tokens);
    expect(parseJoinLink(w.participant)).toMatchObject({
      httpBase: 'https://10.0.0.5:8443',
      wsUrl: 'wss://10.0.0.5:8443/collab',
      room: 'team-a',
      token: tokens.participant,
    });
    expect(parseJoinLink(w.facilitator)?.token).toBe(tokens.facilitator);
    expect(parseJoinLink(w.viewer)).toMatchObject({ view: 'present', token: tokens.viewer });
    expect(w.ws).toBe('wss://10.0.0.5:8443/collab');
    expect(w.localWs).toBe('wss://127.0.0.1:8443/collab');
    expect(links.admin('T0k')).toBe('https://10.0.0.5:8443/#/admin?t=T0k');
  });

  it('a public URL (behind a proxy) is the base of every link; it must be an origin', () => {
    const links = serverLinks({
      listenHost: '127.0.0.1',
      port: 4461,
      tls: false,
      publicUrl: parsePublicUrl('https://okr.example.com/'),
    });
    expect(links.workshop('team-a', tokens).participant).toBe(
      `https://okr.example.com/#/join/team-a?t=${tokens.participant}`,
    );
    expect(links.workshop('team-a', tokens).ws).toBe('wss://okr.example.com/collab');
    expect(parseJoinLink(links.workshop('team-a', tokens).viewer)?.wsUrl).toBe(
      'wss://okr.example.com:443/collab',
    );
    expect(() => parsePublicUrl('https://okr.example.com/offsite')).toThrow(/no path/);
    expect(() => parsePublicUrl('ftp://x')).toThrow(/http/);
    expect(() => parsePublicUrl('not a url')).toThrow(/URL/);
  });

  it('the admin route carries its token; other paths stay what they were', () => {
    expect(parseHash('#/admin?t=abc')).toEqual({ name: 'admin', token: 'abc' });
    expect(parseHash('#/admin')).toEqual({ name: 'admin', token: '' });
    expect(parseHash('#/admin/x').name).toBe('not-found');
  });
});

describe('clients behind a proxy', () => {
  const req = (xff: string | undefined, remote = '10.0.0.1') =>
    ({
      headers: xff === undefined ? {} : { 'x-forwarded-for': xff },
      socket: { remoteAddress: remote },
    }) as unknown as IncomingMessage;

  it('takes the last X-Forwarded-For entry (what the proxy saw), else the socket', () => {
    expect(forwardedAddress(req('6.6.6.6, 203.0.113.9'))).toBe('203.0.113.9');
    expect(forwardedAddress(req('203.0.113.9'))).toBe('203.0.113.9');
    expect(forwardedAddress(req(undefined))).toBe('10.0.0.1');
  });

  it('a socket may speak of at most 4 workshops, each a valid id', () => {
    const allowed = workshopDocuments(4);
    const ws = {} as WebSocket;
    for (const name of ['ws-1', 'ws-2', 'ws-3', 'ws-4', 'ws-1'])
      expect(allowed(name, ws)).toBe(true);
    expect(allowed('ws-5', ws)).toBe(false);
    expect(allowed('ws-5', {} as WebSocket)).toBe(true);
    expect(allowed('../etc', {} as WebSocket)).toBe(false);
  });
});

describe('workshops on the server', () => {
  it('an imported workshop’s room is its id, or derived from it (the same each time)', () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { id: 'team-sales-q1' });
    expect(roomForWorkshop(doc)).toBe('team-sales-q1');
    const odd = new Y.Doc();
    initWorkshop(odd, { id: 'id with spaces / and more' });
    expect(roomForWorkshop(odd)).toMatch(/^w-[0-9a-f]{24}$/);
    expect(roomForWorkshop(odd)).toBe(roomForWorkshop(odd));
  });

  it('an export is named after its title, safely', () => {
    const record = {
      id: 'abc1',
      title: 'Q1: Sales / Ops “plan”',
      archived: false,
      tokens,
      removedDevices: [],
      parent: null,
      createdAt: 0,
      updatedAt: 0,
    };
    expect(exportFileName(record)).toBe('Q1-Sales-Ops-plan-abc1.offsite');
    expect(exportFileName({ ...record, title: '' })).toBe('workshop-abc1.offsite');
  });

  it('reads a Redis URL without putting its password anywhere else', () => {
    const c = redisConfiguration('redis://user:p%40ss@cache.internal:6380/2');
    expect(c).toMatchObject({ host: 'cache.internal', port: 6380, prefix: 'offsite' });
    expect(c.options).toMatchObject({ username: 'user', password: 'p@ss', db: 2 });
    expect(redisConfiguration('rediss://h').options).toMatchObject({ tls: {} });
    expect(() => redisConfiguration('http://h')).toThrow(/redis:\/\//);
  });

  it('an admin list is validated before the page uses it', () => {
    expect(parseWorkshopList({ workshops: [{ id: 'x' }] })).toBeNull();
    expect(parseWorkshopList({ workshops: [] })).toEqual({ workshops: [] });
  });
});

describe('room control per workshop', () => {
  it('keeps rotated tokens where told, gives links from the server, closes only its own', async () => {
    const kept: RoomTokens[] = [];
    const refused: string[] = [];
    const control = new RoomControl({
      room: 'team-a',
      tokens,
      tokensPath: null,
      keepTokens: async (t) => void kept.push(t),
      links: (t) =>
        serverLinks({ listenHost: '127.0.0.1', port: 4455, tls: false }).workshop('team-a', t),
      admission: {
        refuseRoles: (_which, _code, reason) => void refused.push(reason),
        refuse: () => {},
      },
      log: () => {},
    });
    // Links before any listening: the server gives them.
    expect(control.links.participant).toBe(
      `http://127.0.0.1:4455/#/join/team-a?t=${tokens.participant}`,
    );
    const replies: string[] = [];
    await control.onStateless({
      payload: JSON.stringify({ type: 'offsite.rotate' }),
      connection: {
        context: { role: 'facilitator' },
        sendStateless: (m: string) => void replies.push(m),
      },
    } as unknown as onStatelessPayload);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.participant).not.toBe(tokens.participant);
    expect(refused).toEqual(['tokens rotated']);
    expect(parseWelcome(replies[0]!)?.links?.join).toBe(
      `http://127.0.0.1:4455/#/join/team-a?t=${kept[0]!.participant}`,
    );
  });
});
