import type { Finding, MessageParams } from '../coach/finding';
import { languageName } from '../coach/messages';
import { fixedT } from './i18n';
import { uiLanguage } from './languages';

/**
 * A coach finding in the workshop's language: its message, one-line hint and suggestion
 * rendered whole from their ids (never glued from translated pieces). The rule, ids,
 * params and rewrites (the item's own words) are unchanged; English comes back as it was.
 * @public
 */
export function localiseFinding(f: Finding, language: string | null | undefined): Finding {
  const lang = uiLanguage(language);
  if (lang === 'en') return f;
  const t = fixedT(lang);
  const render = (id: string, params: MessageParams) => {
    const shown: Record<string, string | number> = { ...params };
    if (typeof params.language === 'string')
      shown.languageName = languageName(params.language, lang);
    // Ids come from the coach's catalogue; an unknown one (a newer coach) stays as it was.
    return (t as (key: string, options: object) => string)(id, { ...shown, defaultValue: '' });
  };
  const message = render(f.messageId, f.params) || f.message;
  const hint =
    (t as (key: string, options: object) => string)(`coachHints.${f.rule}.fix`, {
      defaultValue: '',
    }) || f.hint;
  const suggestion = f.suggestion && {
    ...f.suggestion,
    text: render(f.suggestion.messageId, f.suggestion.params) || f.suggestion.text,
  };
  return { ...f, message, hint, ...(suggestion ? { suggestion } : {}) };
}
