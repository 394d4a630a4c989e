// @vitest-environment jsdom
// "Who took part": the names this device saw in the room, and ticking them into the cover's
// participants (renderer/sync/people-seen.ts, renderer/features/export/who-took-part.tsx).
import { beforeEach, describe, expect, it } from 'vitest';
import { toggleParticipant } from '../../renderer/features/export/who-took-part';
import { notePeopleSeen, peopleSeen } from '../../renderer/sync/people-seen';

beforeEach(() => localStorage.clear());

describe('people seen in the room', () => {
  it('keeps each name once, in the order first seen, per workshop', () => {
    expect(notePeopleSeen('w1', ['Fran', 'Pat'])).toBe(true);
    expect(notePeopleSeen('w1', ['Pat', ' Quinn ', '', 'Quinn'])).toBe(true);
    expect(notePeopleSeen('w1', ['Fran'])).toBe(false);
    expect(peopleSeen('w1')).toEqual(['Fran', 'Pat', 'Quinn']);
    expect(peopleSeen('w2')).toEqual([]);
  });

  it('is bounded, and survives garbage in storage', () => {
    notePeopleSeen(
      'w1',
      Array.from({ length: 250 }, (_, i) => `Person ${i}`),
    );
    expect(peopleSeen('w1')).toHaveLength(200);
    expect(peopleSeen('w1')[199]).toBe('Person 249');
    localStorage.setItem('offsite:seen:w3', '{not json');
    expect(peopleSeen('w3')).toEqual([]);
    localStorage.setItem('offsite:seen:w3', JSON.stringify(['Ana', 4, null]));
    expect(peopleSeen('w3')).toEqual(['Ana']);
  });
});

describe('ticking a name into the participants', () => {
  it('adds at the end, once; unticking takes every mention out', () => {
    expect(toggleParticipant('', 'Pat', true)).toBe('Pat');
    expect(toggleParticipant('Ana Müller, Ben', 'Pat', true)).toBe('Ana Müller, Ben, Pat');
    expect(toggleParticipant('Ana, Pat', 'Pat', true)).toBe('Ana, Pat');
    expect(toggleParticipant('Ana; Pat\nBen, Pat', 'Pat', false)).toBe('Ana, Ben');
  });
});
