import { describe, expect, it } from 'vitest';
import { resources } from '../../shared/i18n/resources';

/**
 * One word per thing (issue 13 §4): the workshop's vocabulary — the one-pager's, the board's,
 * the OKRs' — is said the same way in every part of the app, so a German room never reads
 * "Fokusbereich" in its history where its one-pager says "Schwerpunkte". For each term: every
 * catalogue string whose English names it says it with the chosen word, in the singular or
 * the plural; and no string uses a word the glossary replaced.
 */
type Tree = { readonly [key: string]: string | Tree };
type Language = 'it' | 'de';

function entries(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[`${prefix}${k}`, v] as [string, string]]
      : entries(v, `${prefix}${k}.`),
  );
}

const english = new Map(entries(resources.en.translation as Tree));
const translated = (language: Language) =>
  new Map(entries(resources[language].translation as Tree));

interface Term {
  readonly en: RegExp;
  readonly it: RegExp;
  readonly de: RegExp;
  /** Keys that name the term without its word (a short label, a placeholder, a pronoun). */
  readonly except?: readonly string[];
}

const GLOSSARY: Readonly<Record<string, Term>> = {
  'focus area': { en: /focus areas?/i, it: /\bare[ae] di focus\b/i, de: /Schwerpunkt/ },
  'key result': {
    en: /\bkey results?\b/i,
    it: /\brisultat[oi] chiave\b/i,
    de: /Schlüsselergebnis/,
  },
  'health metric': {
    en: /\bhealth metrics?\b/i,
    it: /\bmetric[ah]e? di salute\b/i,
    de: /Gesundheitskennzahl/,
  },
  'not-doing list': {
    en: /\bnot-doing list\b/i,
    it: /\bcose da non fare\b/i,
    de: /Nicht-tun-Liste/,
  },
  'one-pager': {
    en: /\bone-pager\b/i,
    it: /\bstrategia in una pagina\b/i,
    de: /Strategie auf einer Seite/,
    except: ['steps.onepager.short', 'coachHints.objective-business-as-usual.fix'],
  },
  'kept project': {
    en: /\bkept projects?\b/i,
    it: /\bprogett[oi] tenut[oi]\b/i,
    de: /\bbehalten/i,
  },
  killed: { en: /\bkill(ed|ing)?\b/i, it: /\belimin/i, de: /\bstreich|\bgestrichen/i },
  grade: { en: /\bgrade(s|d)?\b/i, it: /\bvot[oi]\b|\bvalut/i, de: /\bBewert|\bbewert/ },
  confidence: { en: /\bconfidence\b/i, it: /\bfiducia\b/i, de: /Zuversicht/ },
  'check-in': { en: /\bcheck-ins?\b/i, it: /\bcheck-in\b/i, de: /Check-ins?\b/ },
  retrospective: { en: /\bretrospectives?\b/i, it: /\bretrospettiv[ae]\b/i, de: /Retrospektive/ },
  committed: {
    en: /\bcommitted\b/i,
    it: /\bvincolant[ei]\b/i,
    de: /\bverbindlich/i,
    except: ['drumbeatReview.convention'],
  },
  aspirational: { en: /\baspirational\b/i, it: /\bambizios[oi]\b/i, de: /\bambitioniert/i },
  facilitator: {
    en: /\bfacilitator\b/i,
    it: /\bfacilitatore\b/i,
    de: /Moderation|moderier/,
  },
};

/** Words a term had before it was unified: none may come back. */
const REPLACED: Readonly<Record<Language, RegExp>> = {
  de: /Fokusbereich|Strategieseite|One-Pager|\bNoten?\b|[Bb]eibehalten|Drumbeat|\bTafel\b|gestoppt/,
  it: /pagina della strategia|one-pager|aggiornament|impegnativ|mantenut|drumbeat|\bsala\b|non facciamo|righe? da non fare|\bfermat[oi]\b/i,
};

describe('the catalogue’s vocabulary', () => {
  for (const language of ['de', 'it'] as const) {
    it(`says each term of the workshop one way in ${language}`, () => {
      const words = translated(language);
      const astray: string[] = [];
      for (const [term, t] of Object.entries(GLOSSARY))
        for (const [key, en] of english)
          if (
            t.en.test(en.replace(/\{\w+\}/g, '')) &&
            !t.except?.includes(key) &&
            !t[language].test(words.get(key)!)
          )
            astray.push(`${term}: ${key}: ${words.get(key)}`);
      expect(astray).toEqual([]);
    });

    it(`uses none of the words it replaced in ${language}`, () => {
      const old = [...translated(language)].filter(([, text]) => REPLACED[language].test(text));
      expect(old.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
    });
  }
});
