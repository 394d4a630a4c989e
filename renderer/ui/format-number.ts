// No grouping: "1234" stays one token in lists such as "Values: 1234, 1250".
const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2, useGrouping: false });

/** A number for people: at most two decimals, no exponent. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A value with its unit: "73%", "21 visits", "0.9 €M". */
export function withUnit(value: number, unit: string): string {
  const u = unit.trim();
  if (u === '') return formatNumber(value);
  return u === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${u}`;
}

/** 0..1 as a whole percentage, "31%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
