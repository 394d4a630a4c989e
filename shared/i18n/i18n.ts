import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { resources } from './resources';
import { DEFAULT_LANGUAGE, UI_LANGUAGES, uiLanguage } from './languages';

/**
 * The app's one i18next instance, initialised synchronously with every language bundled
 * (three small catalogues: no loading, no flash of English). shared/ code (exports, the
 * coach, the CLI) asks for a fixed `t` in the workshop's language; the renderer binds the
 * same instance to React (renderer/ui/i18n.tsx) and switches it to the open workshop's.
 * @public
 */
export const i18n: I18n = i18next.createInstance();

void i18n.init({
  resources,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...UI_LANGUAGES],
  initAsync: false,
  // React escapes what it renders; the PDF, Markdown and CSV writers escape for their own
  // formats. HTML-escaping here would print "&amp;" into a PDF.
  interpolation: { escapeValue: false, prefix: '{', suffix: '}' },
  returnNull: false,
});

/** A `t` bound to a workshop's language (a BCP 47 tag; unknown or absent: English). */
export function fixedT(language: string | null | undefined): TFunction {
  return i18n.getFixedT(uiLanguage(language));
}
