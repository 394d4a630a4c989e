import 'i18next';
import type { EnglishCatalogue } from './resources';

// Typed keys: `t('board.addProject')` is checked against the English catalogue, so a typo
// or a removed key fails the typecheck. Placeholders are `{name}` (i18n.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: EnglishCatalogue };
    interpolationPrefix: '{';
    interpolationSuffix: '}';
    returnNull: false;
  }
}
