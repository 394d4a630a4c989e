import { describe, expect, it } from 'vitest';
import { initialsOf } from '../../renderer/features/room/identity';
import { plural } from '../../renderer/ui/plural';

describe('initialsOf: the letters on a person’s avatar', () => {
  it.each([
    ['Fran (facilitator)', 'F'],
    ['Pat Doe', 'PD'],
    ['  anna   maria   schmidt ', 'AS'],
    ['Zoë', 'Z'],
    ['José Ñúñez', 'JÑ'],
    ['Quinn [projector]', 'Q'],
    ['Lee (she/her) Chan', 'LC'],
    ['🙂 Bob', 'B'],
    ['"Kim" O’Neil', 'KO'],
    ['(facilitator)', 'F'],
    ['', '?'],
    ['   ', '?'],
    ['---', '?'],
  ])('%j → %j', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe('plural: a count with its noun in the right number', () => {
  it('says "1 change" and "2 changes", "0 changes"', () => {
    expect(plural(1, 'change')).toBe('1 change');
    expect(plural(2, 'change')).toBe('2 changes');
    expect(plural(0, 'change')).toBe('0 changes');
  });

  it('takes an irregular plural', () => {
    expect(plural(1, 'person has', 'people have')).toBe('1 person has');
    expect(plural(3, 'person has', 'people have')).toBe('3 people have');
  });
});
