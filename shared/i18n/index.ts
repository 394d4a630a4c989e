/**
 * The room's own language: one i18next catalogue (English, Italian, German) for the app,
 * the coach's messages and the exports, and `Intl` for dates and numbers.
 * @public
 */
export { i18n, fixedT } from './i18n';
export {
  DEFAULT_LANGUAGE,
  LANGUAGE_NAMES,
  LANGUAGE_TAG,
  UI_LANGUAGES,
  uiLanguage,
  type UiLanguage,
} from './languages';
export { localiseFinding } from './coach';
export { decimalMark, formatDecimal, withDecimalMark } from './numbers';
