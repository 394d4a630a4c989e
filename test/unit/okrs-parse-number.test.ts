import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumberInput } from '../../renderer/ui/parse-number';

const value = (raw: string) => {
  const r = parseNumberInput(raw);
  return r.ok ? r.value : `error: ${r.message}`;
};

describe('numbers typed into Baseline / Target / Current', () => {
  it('accepts plain numbers, both decimal marks, signs and a trailing %', () => {
    expect(value('71')).toBe(71);
    expect(value('0.8')).toBe(0.8);
    expect(value('1,5')).toBe(1.5);
    expect(value(' -3 ')).toBe(-3);
    expect(value('+4')).toBe(4);
    expect(value('.5')).toBe(0.5);
    expect(value('71%')).toBe(71);
    expect(value('−2')).toBe(-2);
    expect(value('0,250')).toBe(0.25);
    expect(value('1.000')).toBe(1);
  });

  it('accepts thousands separators when they cannot be misread', () => {
    expect(value('10 000')).toBe(10000);
    expect(value("10'000")).toBe(10000);
    expect(value('1,000,000')).toBe(1000000);
    expect(value('1.000.000')).toBe(1000000);
    expect(value('1,234.5')).toBe(1234.5);
    expect(value('1.234,5')).toBe(1234.5);
  });

  it('treats an empty field as "no value"', () => {
    expect(value('')).toBeNull();
    expect(value('   ')).toBeNull();
  });

  it('refuses "1,000" as ambiguous, naming both readings', () => {
    const r = parseNumberInput('1,000');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('ambiguous');
      expect(r.message).toContain('1000');
      expect(r.message).toContain('1.000');
    }
  });

  it('refuses what is not a number, quoting it', () => {
    for (const bad of ['abc', '1,2,3', '1.2.3', '12a', '--1', '1e5', 'Infinity', '1,2.3,4']) {
      const r = parseNumberInput(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message).toContain(bad);
    }
  });

  it('formats stored numbers for the field without float noise', () => {
    expect(formatNumber(null)).toBe('');
    expect(formatNumber(1.5)).toBe('1.5');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(85)).toBe('85');
    expect(formatNumber(0)).toBe('0');
  });
});
