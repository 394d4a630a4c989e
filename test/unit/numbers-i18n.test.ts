import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../shared/i18n';
import { formatNumber as shownNumber, withUnit } from '../../renderer/ui/format-number';
import { formatNumber as fieldText, parseNumberInput } from '../../renderer/ui/parse-number';

/**
 * Numbers in the workshop's language (issue 13 §4): a German or Italian room reads "0,8"
 * and "4,5" where an English one reads "0.8" and "4.5", never with grouping; a value a
 * number field shows with a comma reads back unchanged.
 */
describe('numbers for people', () => {
  it('write the decimal mark of the language, and English as before', () => {
    expect(shownNumber(0.8, 'de')).toBe('0,8');
    expect(shownNumber(0.8, 'en')).toBe('0.8');
    expect(shownNumber(4.5, 'it')).toBe('4,5');
    expect(shownNumber(12500.25, 'de')).toBe('12500,25');
    expect(shownNumber(12500.25, 'en')).toBe('12500.25');
    expect(withUnit(0.9, '€M', 'de')).toBe('0,9 €M');
    expect(withUnit(73.5, '%', 'it')).toBe('73,5%');
    expect(withUnit(0.9, '€M', 'en')).toBe('0.9 €M');
    // The documents: no rounding, English is String(n) byte for byte.
    for (const n of [0.8, 4.5, -3.25, 12500, 0.1 + 0.2, 1e21, 1e-7])
      expect(formatDecimal(n, 'en')).toBe(String(n));
    expect(formatDecimal(0.8, 'de')).toBe('0,8');
    expect(formatDecimal(-4.5, 'it')).toBe('-4,5');
    expect(formatDecimal(1234567.5, 'de')).toBe('1234567,5');
    // A language without a translation is written as English.
    expect(formatDecimal(0.8, 'fr')).toBe('0.8');
  });
});

describe('a number field in German', () => {
  it('shows a stored value with a comma and reads it back unchanged', () => {
    for (const value of [0.8, 1.234, 4.5, -4.5, 71, 1234.5, 0.001, 99.99, 1e-6, 123456789.125]) {
      const shown = fieldText(value, 'de');
      expect(shown, String(value)).not.toContain('.');
      const parsed = parseNumberInput(shown, 'de');
      expect(parsed, shown).toEqual({ ok: true, value });
      // Shown again, the same text: the field does not drift.
      expect(fieldText(parsed.ok ? parsed.value : null, 'de')).toBe(shown);
    }
    expect(fieldText(0.8, 'de')).toBe('0,8');
    expect(fieldText(1.234, 'it')).toBe('1,234');
  });

  it('keeps English as it was: a dot, and "1,000" refused as ambiguous', () => {
    expect(fieldText(0.8, 'en')).toBe('0.8');
    expect(fieldText(0.8)).toBe('0.8');
    expect(parseNumberInput('1,000', 'en').ok).toBe(false);
    expect(parseNumberInput('1,000').ok).toBe(false);
    expect(parseNumberInput('1,5', 'en')).toEqual({ ok: true, value: 1.5 });
    // German reads both its own writing and the English one.
    expect(parseNumberInput('1.234,5', 'de')).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumberInput('0.8', 'de')).toEqual({ ok: true, value: 0.8 });
  });
});
