import { i18n, uiLanguage } from '../../shared/i18n';

const formats = new Map<string, Intl.NumberFormat>();

// No grouping: "1234" stays one token in lists such as "Values: 1234, 1250".
function numberFormat(language: string): Intl.NumberFormat {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 2, useGrouping: false });
    formats.set(language, format);
  }
  return format;
}

/** The language the app speaks now: the open workshop's (components re-render on a switch). */
const current = () => uiLanguage(i18n.language);

/** A number for people, in the app's language: at most two decimals, no exponent ("0.8", "0,8"). */
export function formatNumber(value: number, language: string = current()): string {
  return numberFormat(uiLanguage(language)).format(value);
}

/** A value with its unit: "73%", "21 visits", "0.9 €M" ("0,9 Mio. €" in German). */
export function withUnit(value: number, unit: string, language: string = current()): string {
  const u = unit.trim();
  const n = formatNumber(value, language);
  if (u === '') return n;
  return u === '%' ? `${n}%` : `${n} ${u}`;
}

/** 0..1 as a whole percentage, "31%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
