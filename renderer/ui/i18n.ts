import { useLayoutEffect } from 'react';
import { setI18n, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { i18n } from '../../shared/i18n';
import { uiLanguage, type UiLanguage } from '../../shared/i18n/languages';
import { useWorkshop } from '../state/workshop-context';

// The app's text in the room's language: react-i18next over the one i18next instance
// shared/i18n holds (the exports and the CLI use the same catalogue), bound once here
// instead of through a provider so every root (app, dialogs, tests) sees it.
setI18n(i18n);

/** The translate function, re-rendering the component when the language changes. */
export function useT(): TFunction {
  return useTranslation().t;
}

/** The language the app speaks now ("en", "it", "de"), for `Intl` formatting. */
export function useLanguage(): UiLanguage {
  return uiLanguage(useTranslation().i18n.language);
}

/** The language outside a workshop (home, join, admin): the browser's, when the app speaks it. */
export function browserLanguage(): UiLanguage {
  const tags =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of tags) {
    const ui = uiLanguage(tag);
    if (ui !== 'en' || tag.toLowerCase().startsWith('en')) return ui;
  }
  return 'en';
}

/** Switches the app (and `<html lang>`) to `language`; null leaves it as it is. */
export function useAppLanguage(language: UiLanguage | null): void {
  // Before paint, so a German workshop never flashes in English.
  useLayoutEffect(() => {
    if (language === null) return;
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [language]);
}

/**
 * Inside a workshop the app speaks the workshop's language (meta.language, the
 * facilitator's setting), whatever this browser prefers: the room reads one language.
 */
export function useWorkshopLanguage(): void {
  const tag = useWorkshop((s) => s.meta.language ?? '');
  useAppLanguage(uiLanguage(tag));
}
