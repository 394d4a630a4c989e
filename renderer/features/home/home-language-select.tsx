import { LANGUAGE_NAMES, UI_LANGUAGES, type UiLanguage } from '../../../shared/i18n';
import { setHomeLanguage, useHomeLanguage } from '../../ui/app-language';
import { useT } from '../../ui/i18n';

/**
 * The language outside workshops: this screen, the join and admin pages, and the language
 * new workshops start in. Remembered on this device; no workshop's own language changes
 * (that is the facilitator's setting in the workshop's header).
 */
export function HomeLanguageSelect() {
  const t = useT();
  const language = useHomeLanguage();
  return (
    <select
      className="language-select home-language-select"
      aria-label={t('home.language')}
      aria-description={t('home.languageHelp')}
      title={t('home.languageHelp')}
      value={language}
      onChange={(e) => setHomeLanguage(e.target.value as UiLanguage)}
    >
      {UI_LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {LANGUAGE_NAMES[code]}
        </option>
      ))}
    </select>
  );
}
