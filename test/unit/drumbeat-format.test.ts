import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../renderer/features/drumbeat/format';

describe('check-in values follow the key-result number rules', () => {
  it('reads decimal commas and thousands separators', () => {
    expect(parseNumber('74')).toBe(74);
    expect(parseNumber('0,9')).toBe(0.9);
    expect(parseNumber('10 000')).toBe(10000);
    expect(parseNumber('1,234.5')).toBe(1234.5);
  });

  it('refuses "1,000" as ambiguous instead of storing 1, and refuses junk and empty', () => {
    expect(parseNumber('1,000')).toBeNull();
    expect(parseNumber('abc')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
});
