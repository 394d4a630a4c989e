import { HINTS } from '../../coach/hints';
import { MESSAGES } from '../../coach/messages';
import type { UiLanguage } from '../languages';
import { COACH_HINTS_DE, COACH_HINTS_IT } from './coach-hints';
import { COACH_MESSAGES_DE, COACH_MESSAGES_IT } from './coach-messages';
import { SECTIONS } from './sections';

type Sections = typeof SECTIONS;
/** The English catalogue's type: the keys `t` accepts (shared/i18n/i18next.d.ts). */
export type EnglishCatalogue = { [K in keyof Sections]: Sections[K]['en'] };

/**
 * `coach.kr-is-output.message` → `{ 'kr-is-output': { message } }`: the coach's message
 * ids are i18next key paths under the `coach` section, so `t(finding.messageId)` works.
 */
function nest(flat: Readonly<Record<string, string>>): Record<string, unknown> {
  const out: Record<string, Record<string, string>> = {};
  for (const [id, text] of Object.entries(flat)) {
    const [, group, leaf] = id.split('.') as [string, string, string];
    (out[group] ??= {})[leaf] = text;
  }
  return out;
}

function catalogue(language: UiLanguage): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, section] of Object.entries(SECTIONS)) out[name] = section[language];
  out.coach = nest(
    language === 'en' ? MESSAGES : language === 'it' ? COACH_MESSAGES_IT : COACH_MESSAGES_DE,
  );
  out.coachHints = language === 'en' ? HINTS : language === 'it' ? COACH_HINTS_IT : COACH_HINTS_DE;
  return out;
}

/** Every language's catalogue, as i18next takes it (one `translation` namespace each). */
export const resources = {
  en: { translation: catalogue('en') },
  it: { translation: catalogue('it') },
  de: { translation: catalogue('de') },
};
