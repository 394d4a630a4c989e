import type { TFunction } from 'i18next';
import type { UiLanguage } from '../../shared/i18n/languages';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const formats = new Map<UiLanguage, Intl.RelativeTimeFormat>();
function formatOf(language: UiLanguage): Intl.RelativeTimeFormat {
  let format = formats.get(language);
  if (!format)
    formats.set(language, (format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' })));
  return format;
}

/**
 * "just now", "5 minutes ago", "yesterday" … for a time in ms since the epoch, in the app's
 * language ("vor 5 Minuten", "ieri"): `Intl` words the distance, the catalogue the rest.
 */
export function relativeTime(
  t: TFunction,
  language: UiLanguage,
  time: number,
  now: number = Date.now(),
): string {
  if (!time) return t('home.row.unknown');
  const seconds = Math.round((time - now) / 1000);
  if (Math.abs(seconds) < 45) return t('home.row.justNow');
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'minute')
      return formatOf(language).format(Math.round(seconds / size), unit);
  }
  return t('home.row.justNow');
}
