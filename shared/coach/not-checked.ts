import type { Finding, TargetType } from './finding';
import { finding } from './make-finding';
import { languageName } from './messages';

/** Options every `analyse*` takes. */
export interface AnalyseOptions {
  /**
   * The workshop's language (BCP 47, e.g. "de", "it-CH"). When given it wins; when absent
   * each item's language is detected from its words.
   */
  readonly language?: string | null;
  /**
   * The workshop's language (meta.language): used only where detection cannot tell an
   * item's language ("NPS 30 → 45"), so a room's own language never forces a verdict on an
   * item written in another.
   */
  readonly fallbackLanguage?: string | null;
}

/**
 * The plain note on an item in a language the coach has no wording rules for: it says the
 * item was not checked, and never guesses a verdict.
 */
export function notChecked(type: TargetType, id: string, name: string, language: string): Finding {
  return language === 'und'
    ? finding('not-checked', type, id, 'coach.not-checked.unknown', { name }, { language })
    : finding(
        'not-checked',
        type,
        id,
        'coach.not-checked.message',
        { name, language, languageName: languageName(language) },
        { language },
      );
}
