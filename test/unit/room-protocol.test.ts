import { describe, expect, it } from 'vitest';
import {
  buildJoinUrl,
  parseJoinLink,
  parseRemoveAck,
  parseRoomControl,
  parseVote,
  parseWelcome,
  STEP_OWNS,
  STEPS,
} from '../../shared/protocol/room';

const token = 'AbCdEfGhIjKlMnOpQrStUvWx-_12';

describe('join links', () => {
  it('builds the documented shape', () => {
    expect(buildJoinUrl({ host: '192.168.1.20', port: 4455, room: 'q1-room', token })).toBe(
      `http://192.168.1.20:4455/#/join/q1-room?t=${token}`,
    );
  });

  it('round-trips through parseJoinLink', () => {
    const url = buildJoinUrl({ host: '10.0.0.5', port: 8080, room: 'abcd1234', token });
    expect(parseJoinLink(url)).toEqual({
      httpBase: 'http://10.0.0.5:8080',
      wsUrl: 'ws://10.0.0.5:8080/collab',
      room: 'abcd1234',
      token,
      view: 'join',
    });
  });

  it('tolerates spaces, line breaks and surrounding text', () => {
    const pasted = `  Join us: http://10.0.0.5:8080/#/join/ab cd1234?t=${token.slice(0, 10)}\n${token.slice(10)}  `;
    expect(parseJoinLink(pasted)?.room).toBe('abcd1234');
    expect(parseJoinLink(pasted)?.token).toBe(token);
  });

  it.each([
    '',
    'hello',
    'http://10.0.0.5:8080/',
    `http://10.0.0.5:8080/#/join/ab?t=${token}`,
    'http://10.0.0.5:8080/#/join/abcd1234?t=short',
    `http://user:pw@10.0.0.5:8080/#/join/abcd1234?t=${token}`,
    `http://10.0.0.5:8080/#/join/%ZZ?t=${token}`,
  ])('returns null for %j', (text) => {
    expect(parseJoinLink(text)).toBeNull();
  });

  it('maps every step to what it owns, review to nothing', () => {
    expect(Object.keys(STEP_OWNS).sort()).toEqual([...STEPS].sort());
    expect(STEP_OWNS.alignment.roots).toEqual(['projects']);
    expect(STEP_OWNS.review.roots).toEqual([]);
    expect(STEP_OWNS.onepager.metaKeys).toEqual(['title', 'cycle']);
  });
});

describe('room messages (issue 12: votes with names, removal, a participant’s join link)', () => {
  const vote = { type: 'offsite.vote', votingId: 'v1', voter: 'voter-0001', items: ['p1'] };

  it('a ballot carries a display name, cleaned and bounded; a non-string name is no ballot', () => {
    expect(parseVote(JSON.stringify({ ...vote, name: '  Pat \n  Participant ' }))).toEqual({
      ...vote,
      name: 'Pat Participant',
    });
    expect(parseVote(JSON.stringify({ ...vote, name: 'x'.repeat(500) }))?.name).toHaveLength(80);
    expect(parseVote(JSON.stringify(vote))).toEqual(vote);
    expect(parseVote(JSON.stringify({ ...vote, name: 42 }))).toBeNull();
  });

  it('a removal names an awareness client id, a whole number', () => {
    expect(parseRoomControl(JSON.stringify({ type: 'offsite.remove', clientId: 12 }))).toEqual({
      type: 'offsite.remove',
      clientId: 12,
    });
    for (const clientId of ['12', 1.5, null, undefined])
      expect(parseRoomControl(JSON.stringify({ type: 'offsite.remove', clientId }))).toBeNull();
    expect(
      parseRemoveAck(
        JSON.stringify({ type: 'offsite.remove-ack', clientId: 3, accepted: true, keptOut: true }),
      ),
    ).toEqual({ type: 'offsite.remove-ack', clientId: 3, accepted: true, keptOut: true });
    expect(parseRemoveAck(JSON.stringify({ type: 'offsite.remove-ack', clientId: 3 }))).toBeNull();
  });

  it('a welcome may carry the join link alone (a participant’s)', () => {
    const base = { type: 'offsite.welcome', role: 'participant', time: 1 };
    expect(parseWelcome(JSON.stringify({ ...base, links: { join: 'j' } }))?.links).toEqual({
      join: 'j',
    });
    expect(
      parseWelcome(JSON.stringify({ ...base, links: { join: 'j', viewer: 'v' } }))?.links,
    ).toEqual({ join: 'j', viewer: 'v' });
    expect(parseWelcome(JSON.stringify({ ...base, links: { viewer: 'v' } }))?.links).toBe(
      undefined,
    );
  });
});
