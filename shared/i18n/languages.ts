/**
 * The languages the app speaks, and how a workshop's BCP 47 tag maps onto one of them.
 * @public
 */
export const UI_LANGUAGES = ['en', 'it', 'de'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The language of a workshop that names none (the interchange JSON's absent `"language"`). */
export const DEFAULT_LANGUAGE: UiLanguage = 'en';

/** Each language's own name, as its speakers look for it in a list. */
export const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = {
  en: 'English',
  it: 'Italiano',
  de: 'Deutsch',
};

/**
 * A BCP 47 tag as the interchange JSON accepts it: a 2–3 letter language, then subtags
 * (script, region, variants) of 1–8 letters or digits. Loose on purpose: the JSON carries
 * the room's language even where the app has no translation for it ("es", "fr-CA").
 */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** "de-CH" → "de", "IT" → "it", "es" → "en" (no translation), "" → "en". */
export function uiLanguage(tag: string | null | undefined): UiLanguage {
  const primary = (tag ?? '').split('-')[0]!.toLowerCase();
  return (UI_LANGUAGES as readonly string[]).includes(primary)
    ? (primary as UiLanguage)
    : DEFAULT_LANGUAGE;
}
