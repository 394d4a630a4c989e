import { decimalMark, i18n, uiLanguage, withDecimalMark } from '../../shared/i18n';

/**
 * Numbers typed into a key result's Baseline, Target and Current fields.
 *
 * The room may be anywhere, so both decimal marks are accepted:
 * - "71", "-3", "+4", "0.8", ".5" and "1,5" (a lone comma is a decimal mark: 1.5);
 * - thousands separators: spaces, apostrophes and underscores ("10 000", "10'000"), commas
 *   when there is also a dot ("1,234.5") or more than one comma ("1,000,000"), dots when
 *   there is also a comma ("1.234,5");
 * - a trailing "%" is dropped ("71%" = 71): the unit belongs in the Unit field.
 * - empty = no value (null).
 *
 * A single dot is always a decimal mark ("1.000" = 1). A single comma followed by exactly
 * three digits ("1,000") is refused as ambiguous (one thousand, or one?) rather than
 * guessed: a wrong guess would silently store a target a thousand times off — except in a
 * language whose decimal mark is the comma (German, Italian), where "1,234" is what the
 * app itself shows for 1.234 (formatNumber below), so it reads back as 1.234.
 */
type ParsedNumber =
  | { readonly ok: true; readonly value: number | null }
  | {
      readonly ok: false;
      /** The English sentence; `problem` and `params` let the UI say it in the room's language. */
      readonly message: string;
      readonly problem: 'invalid' | 'ambiguous' | 'tooLarge';
      readonly params: Readonly<Record<string, string>>;
    };

const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** The language the app speaks now (the open workshop's). */
const current = () => uiLanguage(i18n.language);

export function parseNumberInput(raw: string, language: string = current()): ParsedNumber {
  let s = raw.trim().replace(/%$/, '').trim();
  if (s === '') return { ok: true, value: null };
  s = s.replace(/[\s'_\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  if (commas > 0 && dots > 0) {
    // The last mark is the decimal one: "1,234.5" or "1.234,5".
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    if (s.split(decimal).length > 2) return invalid(raw);
    s = s.split(thousands).join('').replace(',', '.');
  } else if (commas > 1) {
    if (!/^[+-]?\d{1,3}(,\d{3})+$/.test(s)) return invalid(raw);
    s = s.split(',').join('');
  } else if (dots > 1) {
    if (!/^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) return invalid(raw);
    s = s.split('.').join('');
  } else if (commas === 1) {
    const commaIsDecimal = decimalMark(language) === ',';
    if (!commaIsDecimal && /^[+-]?\d{1,3},\d{3}$/.test(s) && !/^[+-]?0,/.test(s))
      return ambiguous(raw);
    s = s.replace(',', '.');
  }
  if (!PLAIN.test(s)) return invalid(raw);
  const value = Number(s);
  if (!Number.isFinite(value))
    return {
      ok: false,
      message: `“${raw.trim()}” is too large.`,
      problem: 'tooLarge',
      params: { raw: raw.trim() },
    };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

/**
 * How a stored number is shown in a field: plain, no grouping, no exponent for everyday
 * sizes, with the language's decimal mark ("0.8" in English, "0,8" in German and Italian),
 * which parseNumberInput in the same language reads back as the same number.
 */
export function formatNumber(value: number | null, language: string = current()): string {
  if (value === null) return '';
  const plain =
    Math.abs(value) < 1e15 && Math.abs(value) >= 1e-6
      ? String(Number(value.toPrecision(15)))
      : String(value);
  return withDecimalMark(plain, language);
}

function invalid(raw: string): ParsedNumber {
  return {
    ok: false,
    message: `“${raw.trim()}” is not a number. Write e.g. 71, 0.8 or 1,5.`,
    problem: 'invalid',
    params: { raw: raw.trim() },
  };
}

function ambiguous(raw: string): ParsedNumber {
  const s = raw.trim().replace(/%$/, '').trim();
  const params = { raw: s, thousands: s.replace(',', ''), decimal: s.replace(',', '.') };
  return {
    ok: false,
    message: `“${s}” is ambiguous: write ${params.thousands} for thousands, or ${params.decimal} for a decimal.`,
    problem: 'ambiguous',
    params,
  };
}
