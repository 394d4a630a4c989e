import { uiLanguage } from './languages';

/**
 * Numbers in the workshop's language, through `Intl`: "0.8" in English, "0,8" in German and
 * Italian. Never grouped ("12500", not "12.500"): a value is one token in "71 → 85" and in
 * lists, and a grouped "1.234" would read as a decimal in English. The machine formats (the
 * JSON and the CSV) do not use this: they keep plain dot numbers in every language.
 * @public
 */

const formats = new Map<string, Intl.NumberFormat>();

/** Intl's digits, shortest round-trip form, no grouping, no exponent for everyday sizes. */
function format(language: string): Intl.NumberFormat {
  let f = formats.get(language);
  if (!f) {
    f = new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 20 });
    formats.set(language, f);
  }
  return f;
}

/** The decimal mark of a language as Intl writes it: "." (en), "," (de, it). */
export function decimalMark(language: string | null | undefined): string {
  const parts = format(uiLanguage(language)).formatToParts(1.5);
  return parts.find((p) => p.type === 'decimal')?.value ?? '.';
}

/**
 * A number as people wrote it, in `language` (a BCP 47 tag): no rounding, no grouping.
 * English is `String(n)`, byte for byte what the documents always printed; other languages
 * are Intl's form of the same digits ("0,8", "-4,5").
 */
export function formatDecimal(n: number, language: string | null | undefined): string {
  const ui = uiLanguage(language);
  return ui === 'en' ? String(n) : format(ui).format(n);
}

/**
 * A number already written with a dot as decimal mark ("0.8", "1.5e-7"), with the
 * language's mark instead: for texts made by code that rounds first.
 */
export function withDecimalMark(text: string, language: string | null | undefined): string {
  const mark = decimalMark(language);
  return mark === '.' ? text : text.replace('.', mark);
}
