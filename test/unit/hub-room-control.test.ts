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

  it('welcomes every role with its role and the hub clock; only the facilitator gets links', async () => {
    const { c } = control();
    c.listening('127.0.0.1', 4000);
    for (const role of ['facilitator', 'participant', 'viewer'] as const) {
      const [reply] = await ask(c, role, JSON.stringify({ type: 'offsite.hello' }));
      const welcome = parseWelcome(reply!)!;
      expect(welcome.role).toBe(role);
      expect(welcome.links).toEqual(
        role === 'facilitator' ? { join: c.links.participant, viewer: c.links.viewer } : undefined,
      );
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
