import { parseNumberInput } from '../../ui/parse-number';
import { weekdayName as localWeekday } from '../../../shared/dates';
import { i18n, uiLanguage } from '../../../shared/i18n';

// Shared with the presentation view (renderer/ui/format-number.ts).
export { formatNumber, percent, withUnit } from '../../ui/format-number';

/** 0..1 as a score with one decimal, "0.7" (how OKR scores are read out). */
export function score(share: number): string {
  return (Math.round(share * 10) / 10).toFixed(1);
}

/**
 * Parses what a person typed as a number, by the same rules as a key result's fields
 * (renderer/ui/parse-number.ts): "74", "0.9", "0,9", "10 000"; "1,000" is refused as
 * ambiguous rather than stored a thousand times off. Null for anything else or empty.
 */
export function parseNumber(text: string): number | null {
  const parsed = parseNumberInput(text);
  return parsed.ok ? parsed.value : null;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayName(day: number): string {
  return localWeekday(day, uiLanguage(i18n.language));
}

/**
 * A readable date for an ISO day in the app's language, e.g. "Mon 16 Nov 2026", "lun 16 nov
 * 2026", "Mo., 16. Nov. 2026"; the ISO text itself if it is not one.
 */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const language = uiLanguage(i18n.language);
  return d.toLocaleDateString(language === 'en' ? 'en-GB' : language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
