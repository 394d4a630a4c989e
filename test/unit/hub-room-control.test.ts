// The hub's extensions as plain functions: links, auth, room control (welcome, rotation)
// and the broadcast window. The real hub runs them in test/integration/hub-*.test.ts.
import type { onStatelessPayload } from '@hocuspocus/server';
import { describe, expect, it } from 'vitest';
import { parseJoinLink, parseWelcome, type Role } from '../../shared/protocol/room';
import { authenticate } from '../../electron/hub/auth';
import { broadcastWindow } from '../../electron/hub/broadcast';
import { resolveLimits, DEFAULT_LIMITS } from '../../electron/hub/limits';
import { lanAddress, linkHost, roomLinks } from '../../electron/hub/links';
import { RoomControl } from '../../electron/hub/room-control';
import { newRoomTokens } from '../../electron/hub/tokens';

describe('links', () => {
  const tokens = newRoomTokens();
  const links = roomLinks({ host: '192.168.1.20', port: 4455, room: 'q1-room' }, tokens);

  it('every role’s join link is the same link with that role’s token (the viewer’s: presentation)', () => {
    for (const [role, link] of [
      ['participant', links.participant],
      ['viewer', links.viewer],
      ['facilitator', links.facilitator],
    ] as const) {
      expect(parseJoinLink(link)).toEqual({
        httpBase: 'http://192.168.1.20:4455',
        wsUrl: 'ws://192.168.1.20:4455/collab',
        room: 'q1-room',
        token: tokens[role],
        view: role === 'viewer' ? 'present' : 'join',
      });
    }
    expect(links.ws).toBe('ws://192.168.1.20:4455/collab');
    expect(links.localWs).toBe('ws://127.0.0.1:4455/collab');
  });

  it('brackets an IPv6 host, and names the LAN address for a wildcard', () => {
    const v6 = roomLinks({ host: 'fe80::1', port: 80, room: 'room1' }, tokens);
    expect(v6.participant.startsWith('http://[fe80::1]:80/#/join/room1?t=')).toBe(true);
    expect(v6.ws).toBe('ws://[fe80::1]:80/collab');
    expect(linkHost('127.0.0.1')).toBe('127.0.0.1');
    expect(linkHost('0.0.0.0')).toBe(lanAddress());
  });
});

describe('auth', () => {
  const tokens = newRoomTokens();
  const tryToken = (token: string, documentName = 'room1') => {
    const payload = { token, documentName, connectionConfig: { readOnly: false } };
    const context = authenticate(payload, 'room1', () => tokens);
    return { role: context.role, readOnly: payload.connectionConfig.readOnly };
  };

  it('gives each token its role, and the viewer a read-only connection', () => {
    expect(tryToken(tokens.facilitator)).toEqual({ role: 'facilitator', readOnly: false });
    expect(tryToken(tokens.participant)).toEqual({ role: 'participant', readOnly: false });
    expect(tryToken(tokens.viewer)).toEqual({ role: 'viewer', readOnly: true });
  });

  it('refuses a removed device as `removed` (4401), except the facilitator’s', () => {
    const removed = { isRemoved: (device: string) => device === 'device-gone-1' };
    const withDevice = (token: string, device: string) => () =>
      authenticate(
        {
          token,
          documentName: 'room1',
          connectionConfig: { readOnly: false },
          requestParameters: new URLSearchParams({ device }),
        },
        'room1',
        () => tokens,
        removed,
      );
    expect(withDevice(tokens.participant, 'device-gone-1')).toThrow(
      expect.objectContaining({ reason: 'removed', code: 4401 }),
    );
    expect(withDevice(tokens.participant, 'device-kept-1')()).toEqual({
      role: 'participant',
      device: 'device-kept-1',
    });
    expect(withDevice(tokens.facilitator, 'device-gone-1')().role).toBe('facilitator');
    // A malformed device id is no device id.
    expect(withDevice(tokens.participant, 'x')().device).toBeNull();
  });

  it('refuses a wrong token, or a right one for another document, as permission-denied', () => {
    expect(() => tryToken('x'.repeat(32))).toThrow(
      expect.objectContaining({ reason: 'permission-denied', code: 4403 }),
    );
    expect(() => tryToken(tokens.facilitator, 'another')).toThrow(
      expect.objectContaining({ reason: 'permission-denied' }),
    );
  });
});

describe('room control', () => {
  function control() {
    const refused: (Role | null)[] = [];
    const c = new RoomControl({
      room: 'room1',
      tokens: newRoomTokens(),
      tokensPath: null,
      admission: {
        refuseRoles: (which) => {
          for (const role of ['facilitator', 'participant', 'viewer', null] as const)
            if (which(role)) refused.push(role);
        },
        refuse: () => {},
      },
      log: () => {},
    });
    return { c, refused };
  }

  /** What the extension answers `payload` from `role`. */
  async function ask(c: RoomControl, role: Role, payload: string): Promise<string[]> {
    const sent: string[] = [];
    const connection = { context: { role }, sendStateless: (m: string) => sent.push(m) };
    await c.onStateless({ payload, connection } as unknown as onStatelessPayload);
    return sent;
  }

  it('welcomes every role with its role, the hub clock and the links the policy lets it see', async () => {
    const { c } = control();
    c.listening('127.0.0.1', 4000);
    const expected = {
      facilitator: { join: c.links.participant, viewer: c.links.viewer },
      // A participant may show a late arrival the join link: the participants', nothing else.
      participant: { join: c.links.participant },
      viewer: undefined,
    };
    for (const role of ['facilitator', 'participant', 'viewer'] as const) {
      const [reply] = await ask(c, role, JSON.stringify({ type: 'offsite.hello' }));
      const welcome = parseWelcome(reply!)!;
      expect(welcome.role).toBe(role);
      expect(welcome.links).toEqual(expected[role]);
      // The facilitator's token is in no welcome, and the viewer's only in the facilitator's.
      expect(reply).not.toContain(c.tokens.facilitator);
      if (role !== 'facilitator') expect(reply).not.toContain(c.tokens.viewer);
    }
  });

  it('has no links before it listens, and says so', () => {
    const { c } = control();
    expect(c.welcome('facilitator').links).toBeUndefined();
    expect(() => c.links).toThrow(/before it listens/);
  });

  it('rotates on the facilitator’s request only, closing everyone else', async () => {
    const { c, refused } = control();
    c.listening('127.0.0.1', 4000);
    const before = c.tokens;
    await ask(c, 'participant', JSON.stringify({ type: 'offsite.rotate' }));
    expect(c.tokens).toBe(before);
    expect(refused).toEqual([]);
    const [reply] = await ask(c, 'facilitator', JSON.stringify({ type: 'offsite.rotate' }));
    expect(c.tokens.participant).not.toBe(before.participant);
    expect(refused).toEqual(['participant', 'viewer', null]);
    // The answer carries the new links.
    expect(parseJoinLink(parseWelcome(reply!)!.links!.join)!.token).toBe(c.tokens.participant);
  });
});

function controlForRemoval() {
  const closed: { device: string | null; code: number; reason: string }[] = [];
  const c = new RoomControl({
    room: 'room1',
    tokens: newRoomTokens(),
    tokensPath: null,
    admission: {
      refuseRoles: () => {},
      refuse: (connection, code, reason) => {
        const { device } = (connection as unknown as { context: { device: string | null } })
          .context;
        closed.push({ device, code, reason });
      },
    },
    log: () => {},
  });
  return { c, closed };
}

/** A document with one connection per [role, device, awareness client ids]. */
function room(...connections: [Role, string | null, number[]][]) {
  const list = connections.map(([role, device, clients]) => ({
    context: { role, device },
    webSocket: { clients: new Set(clients) },
  }));
  return {
    getConnections: () => list,
    getClients: (ws: { clients: Set<number> }) => ws.clients,
  } as unknown as Parameters<RoomControl['remove']>[0];
}

describe('removing a participant', () => {
  it('closes every connection of the device with 4401 and keeps the device out until rotation', () => {
    const { c, closed } = controlForRemoval();
    const doc = room(
      ['facilitator', 'device-fran-1', [1]],
      ['participant', 'device-pat-01', [2]],
      ['participant', 'device-pat-01', [3]],
      ['participant', 'device-quinn1', [4]],
    );
    expect(c.remove(doc, 3)).toEqual({
      type: 'offsite.remove-ack',
      clientId: 3,
      accepted: true,
      keptOut: true,
    });
    expect(closed).toEqual([
      { device: 'device-pat-01', code: 4401, reason: 'removed' },
      { device: 'device-pat-01', code: 4401, reason: 'removed' },
    ]);
    expect(c.isRemoved('device-pat-01')).toBe(true);
    expect(c.isRemoved('device-quinn1')).toBe(false);
    c.rotate();
    expect(c.isRemoved('device-pat-01')).toBe(false);
  });

  it('never removes the facilitator, and says when a device cannot be kept out', () => {
    const { c, closed } = controlForRemoval();
    const doc = room(['facilitator', 'device-fran-1', [1]], ['participant', null, [2]]);
    expect(c.remove(doc, 1)).toMatchObject({ accepted: false });
    expect(c.remove(doc, 9)).toMatchObject({ accepted: false });
    expect(c.remove(doc, 2)).toMatchObject({ accepted: true, keptOut: false });
    expect(closed).toEqual([{ device: null, code: 4401, reason: 'removed' }]);
  });

  it('refuses a removal from anyone but the facilitator', async () => {
    const { c, closed } = controlForRemoval();
    const doc = room(['participant', 'device-pat-01', [2]]);
    const sent: string[] = [];
    await c.onStateless({
      payload: JSON.stringify({ type: 'offsite.remove', clientId: 2 }),
      connection: { context: { role: 'participant' }, sendStateless: (m: string) => sent.push(m) },
      document: doc,
    } as unknown as onStatelessPayload);
    expect(JSON.parse(sent[0]!)).toMatchObject({ accepted: false });
    expect(closed).toEqual([]);
    expect(c.isRemoved('device-pat-01')).toBe(false);
  });
});

describe('broadcast window', () => {
  it('is zero by default: only one turn’s updates merge, however busy the room', () => {
    expect(broadcastWindow(10_000, 200, { windowMs: 0 })).toBe(0);
  });

  it('with a window, opens only under load and grows with it up to the maximum', () => {
    const options = { windowMs: 20 };
    expect(broadcastWindow(100, 100, options)).toBe(0); // 10,000 messages/s: quiet
    const mid = broadcastWindow(300, 100, options); // 30,000/s: half way
    expect(mid).toBeCloseTo(10);
    expect(broadcastWindow(1_000, 100, options)).toBe(20);
  });
});

describe('limits', () => {
  it('are the defaults, then `limits`, then the named shortcuts', () => {
    expect(resolveLimits({})).toEqual(DEFAULT_LIMITS);
    expect(
      resolveLimits({ limits: { maxConnections: 5, authTimeoutMs: 7 }, maxConnections: 9 }),
    ).toEqual({ ...DEFAULT_LIMITS, maxConnections: 9, authTimeoutMs: 7 });
  });
});
