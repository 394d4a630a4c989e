/**
 * Which language an objective or key result is written in, from a few words.
 *
 * General detectors (franc-min, tinyld) were measured on short OKR lines and got 83–85 %
 * right in five languages (see the README's coach section): trigram statistics need more
 * text than "Umsatz von 2 auf 3 Mio. steigern". OKR lines are short but not random: they
 * are made of function words ("von … auf", "da … a", "from … to"), a business vocabulary
 * and a few tell-tale letters, so a small scored word list does better and weighs a few KB.
 *
 * The detector is deliberately cautious: with no clear winner it answers `und`
 * (undetermined), and the coach then says "not checked" instead of guessing — a wrong
 * language would give a wrong verdict, a missing one only a missing hint.
 */

/** BCP 47 primary tags the detector can return, plus `und` and `und-<Script>`. */
export type DetectedLanguage = string;

/** Languages the wording rules exist for. Anything else is reported as not checked. */
export const CHECKED_LANGUAGES = ['en', 'de', 'it'] as const;
export type CheckedLanguage = (typeof CHECKED_LANGUAGES)[number];

export function isChecked(language: string): language is CheckedLanguage {
  return (CHECKED_LANGUAGES as readonly string[]).includes(language);
}

/** The primary subtag of a BCP 47 tag, lower-cased: "de-CH" → "de", "EN" → "en". */
export function primaryTag(tag: string): string {
  return (tag.trim().split(/[-_]/)[0] ?? '').toLowerCase();
}

const words = (list: string) => list.split(/\s+/).filter((w) => w !== '');

/**
 * Per language: function words and frequent OKR words. A word listed for two languages
 * ("in", "per", "da") counts for both, so only its neighbours decide. Function words
 * weigh double: they are the most reliable clue in a five-word line.
 */
const FUNCTION: Readonly<Record<string, readonly string[]>> = {
  en: words(
    'the a an of to from and for with by in on at our we us is are be become every each all more less than per into their its this that who which so new first only without has have had been was were will can not no it as or up down out off via vs one two three four five six seven eight nine ten twice half',
  ),
  de: words(
    'der die das den dem des ein eine einen einem einer und von auf zu zum zur für mit bei im in am an aus um über unter pro je bis ist sind wir unsere unser unseren jede jeden mehr weniger als neue neuen neuer ersten nur ohne ab sich dass damit nicht wird werden eins zwei drei vier fünf sechs sieben acht neun zehn doppelt',
  ),
  it: words(
    'il lo la i gli le un una uno di del della dei delle degli dal dalla da a al alla ai alle e ed per con su sul sulla nel nella tra fra che è sono nostro nostra nostri nostre ogni più meno nuovo nuova nuovi primo prima solo senza entro non sarà uno due tre quattro cinque sei sette otto nove dieci',
  ),
  es: words(
    'el la los las un una unos unas de del al a y e para por con en sobre entre que es son nuestro nuestra nuestros nuestras cada más menos nuevo nueva nuevos primer primera solo sin antes hasta no será dos tres cuatro cinco seis siete ocho nueve diez',
  ),
  fr: words(
    'le la les un une des de du au aux et pour par avec en sur dans entre que est sont notre nos chaque plus moins nouveau nouvelle nouveaux premier première seul sans avant ne pas sera deux trois quatre cinq six sept huit neuf dix',
  ),
  nl: words(
    'de het een van naar en voor met bij in op uit om over onder per tot is zijn wij onze ons elke meer minder dan nieuwe nieuw eerste alleen zonder niet wordt twee drie vier vijf zes zeven acht negen tien',
  ),
  pt: words(
    'o a os as um uma de do da dos das ao à e para por com em no na nos nas que é são nosso nossa nossos nossas cada mais menos novo nova novos primeiro primeira só sem até não dois duas três quatro cinco seis sete oito nove dez',
  ),
};

const VOCABULARY: Readonly<Record<string, readonly string[]>> = {
  en: words(
    'increase raise grow reduce cut decrease improve boost double halve reach achieve get make keep maintain launch ship build write create hire deliver run hold complete implement release publish migrate design redesign become win delight customers customer users user revenue sales churn retention satisfaction rate rating growth leads pipeline deals team teams people employees product app website support quality time days weeks hours month quarter year cost costs price visits traffic conversion onboarding guide market brand service tickets response first-time-fix signups sign-ups active weekly monthly daily score nps share adoption engagement experience world-class best obvious choice love trust',
  ),
  de: words(
    'steigern erhöhen senken reduzieren verbessern verdoppeln halbieren erreichen gewinnen begeistern einführen entwickeln erstellen schreiben bauen starten launchen einstellen liefern durchführen umsetzen veröffentlichen migrieren gestalten werden halten sichern kunden kunde nutzer umsatz vertrieb zufriedenheit quote rate bewertung wachstum leads mitarbeiter produkt website kosten zeit tage wochen stunden monat quartal jahr anteil besuche neukunden erfolgreich qualität service lieferzeit mio tsd euro sterne',
  ),
  it: words(
    'aumentare ridurre migliorare raddoppiare dimezzare raggiungere ottenere portare lanciare sviluppare creare scrivere costruire assumere consegnare completare implementare pubblicare migrare ridisegnare diventare conquistare entusiasmare mantenere clienti cliente utenti fatturato vendite soddisfazione tasso valutazione crescita dipendenti prodotto sito costi tempo giorni settimane ore mese trimestre anno quota visite nuovi successo qualità servizio consegna milioni stelle',
  ),
  es: words(
    'aumentar reducir mejorar duplicar alcanzar conseguir lanzar desarrollar crear escribir construir contratar completar implementar publicar rediseñar ser convertirse encantar mantener clientes cliente usuarios ventas ingresos satisfacción tasa valoración crecimiento empleados producto sitio costes coste tiempo días semanas horas mes trimestre año cuota visitas nuevos éxito calidad servicio entrega millones estrellas plazo opción',
  ),
  fr: words(
    'augmenter réduire améliorer doubler diviser atteindre obtenir porter lancer développer créer rédiger écrire construire recruter livrer terminer mettre publier refondre devenir ravir maintenir clients client utilisateurs chiffre affaires ventes satisfaction taux note croissance salariés produit site coûts coût délai délais temps jours semaines heures mois trimestre année visites nouveaux réussir qualité service livraison millions étoiles choix commande',
  ),
  nl: words(
    'verhogen verlagen verbeteren verdubbelen halveren bereiken lanceren ontwikkelen maken schrijven bouwen aannemen leveren klanten klant gebruikers omzet verkoop tevredenheid klanttevredenheid groei medewerkers kosten tijd dagen weken maand kwartaal jaar slagen nieuwe',
  ),
  pt: words(
    'aumentar reduzir melhorar dobrar alcançar lançar desenvolver criar escrever construir contratar clientes cliente usuários receita vendas satisfação taxa crescimento funcionários custos tempo dias semanas mês trimestre ano sucesso novos milhões',
  ),
};

/** Letters that belong to few of the languages: a strong clue even in one word. */
const LETTERS: readonly [RegExp, Readonly<Record<string, number>>][] = [
  [/[äöüß]/, { de: 3 }],
  [/ñ/, { es: 4 }],
  [/[áíóú]/, { es: 2, pt: 2 }],
  [/[ãõ]/, { pt: 4 }],
  [/[êâîôûëïœ]/, { fr: 3 }],
  [/ç/, { fr: 2, pt: 2 }],
  [/[èàù]/, { it: 1.5, fr: 1.5 }],
  [/[ìò]/, { it: 3 }],
  [/é/, { fr: 1.5, es: 0.5, it: 0.5, pt: 0.5 }],
  [/¿|¡/, { es: 4 }],
  [/[ąęłńśźżć]/, { pl: 4 }],
  [/[řůěšč]/, { cs: 4 }],
  [/[åæø]/, { da: 4 }],
  [/[ğış]/, { tr: 4 }],
];

/** Word endings typical of one language, for words in no list. */
const ENDINGS: readonly [RegExp, Readonly<Record<string, number>>][] = [
  [/(?:ung|ungen|keit|heit|schaft|lich|isch|ieren)$/, { de: 1.2 }],
  [/(?:sch|tz|pf)/, { de: 0.6 }],
  [/(?:zione|zioni|mento|menti|ità|aggio|are|ere|ire|ato|ata|ati)$/, { it: 0.8 }],
  [/(?:ción|ciones|dad|dades|ado|ada|ar|er|ir)$/, { es: 0.6 }],
  [/(?:tion|ment|eur|eurs|ité|ée|er|ir)$/, { fr: 0.4, en: 0.2 }],
  [/(?:ing|ness|ity|ship|ful|ly|ed|ers)$/, { en: 0.8 }],
  [/(?:ção|ções|mente)$/, { pt: 1 }],
  [/(?:heid|ijk|ij)/, { nl: 1.2 }],
];

/** Scripts that name their language outright, or at least the script (`und-Cyrl`). */
const SCRIPTS: readonly [RegExp, string][] = [
  [/[\u3040-\u30ff]/, 'ja'],
  [/[\uac00-\ud7af]/, 'ko'],
  [/[\u4e00-\u9fff]/, 'zh'],
  [/[\u0400-\u04ff]/, 'und-Cyrl'],
  [/[\u0600-\u06ff]/, 'und-Arab'],
  [/[\u0590-\u05ff]/, 'he'],
  [/[\u0370-\u03ff]/, 'el'],
  [/[\u0e00-\u0e7f]/, 'th'],
  [/[\u0900-\u097f]/, 'und-Deva'],
];

/** How far ahead the winner must be, and the least evidence it needs. */
const MARGIN = 1;
const MIN_SCORE = 1.5;

export interface LanguageGuess {
  readonly language: DetectedLanguage;
  /** Winner's score minus the runner-up's: how sure the guess is (0 for `und`). */
  readonly margin: number;
}

const LOOKUP = new Map<string, [string, number][]>();
for (const [weight, table] of [
  [2, FUNCTION],
  [1.5, VOCABULARY],
] as const) {
  for (const [lang, list] of Object.entries(table)) {
    for (const word of list) {
      const entry = LOOKUP.get(word) ?? [];
      const known = entry.find(([l]) => l === lang);
      if (known) known[1] = Math.max(known[1], weight);
      else entry.push([lang, weight]);
      LOOKUP.set(word, entry);
    }
  }
}

/**
 * Guesses the language of a short text. Returns `und` when the words say too little, and
 * `und-<Script>` or a language tag for non-Latin scripts.
 * @public
 */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > 400 ? text.slice(0, 400) : text;
  for (const [pattern, tag] of SCRIPTS) {
    if (pattern.test(sample)) return { language: tag, margin: 0 };
  }
  const lower = sample.toLowerCase().replace(/[’‘]/g, "'");
  // Elisions: "l'unica", "dell'app" (Italian) and "l'application", "d'affaires" (French).
  const scores = new Map<string, number>();
  const add = (lang: string, n: number) => scores.set(lang, (scores.get(lang) ?? 0) + n);
  const count = (pattern: RegExp) => (lower.match(pattern) ?? []).length;
  add('it', 2 * count(/\b(?:dell|dall|all|nell|sull|un|quest)'/g));
  add('fr', 2 * count(/\b(?:qu|jusqu|aujourd)'/g));
  const elisions = count(/\b[ld]'[aeiouhéèà]/g);
  add('fr', elisions);
  add('it', elisions);
  const tokens = lower.match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? [];
  for (const token of tokens) {
    const known = LOOKUP.get(token);
    if (known) {
      for (const [lang, weight] of known) add(lang, weight / known.length);
      continue;
    }
    for (const [pattern, weights] of LETTERS) {
      if (pattern.test(token)) for (const [lang, n] of Object.entries(weights)) add(lang, n);
    }
    for (const [pattern, weights] of ENDINGS) {
      if (pattern.test(token)) for (const [lang, n] of Object.entries(weights)) add(lang, n);
    }
  }
  // German capitalises nouns: several capitalised words after the first one are a clue.
  const capitals = (sample.match(/(?<=\s)\p{Lu}\p{Ll}{3,}/gu) ?? []).length;
  if (capitals >= 3) add('de', capitals * 0.3);

  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  // Typographic quotes and dashes ("Palo Alto’s") are punctuation, not letters of another
  // language: they do not make a line less plainly ASCII.
  const plain = /^[\x20-\x7e]*$/.test(
    sample.replace(/[\u2018\u2019\u201c\u201d\u2013\u2014]/g, "'"),
  );
  if (!best || best[1] < MIN_SCORE) {
    // Nothing points anywhere. Plain ASCII words with no clue for another language are
    // taken as English, the app's default language ("Fix bugs", "Upgrade Kubernetes");
    // anything with letters English does not use stays undetermined.
    return plain && (best === undefined || best[0] === 'en' || best[1] < 1)
      ? { language: 'en', margin: 0 }
      : { language: 'und', margin: 0 };
  }
  const margin = best[1] - (second?.[1] ?? 0);
  // Plain ASCII where English scores best has no letter pointing elsewhere: the default
  // language wins a close call ("Data warehouse migration 50% complete").
  if (margin < MARGIN && !(best[0] === 'en' && plain)) return { language: 'und', margin: 0 };
  return { language: best[0], margin };
}

/**
 * The language the coach judges an item in: the workshop's language when one is given
 * (the hint wins, as a room that writes German means German), else the detected one.
 * Text with no letters at all ("", "42") counts as the hint or English: there is nothing
 * to misjudge.
 * @public
 */
export function languageOf(
  text: string,
  hint?: string | null,
  fallback?: string | null,
): DetectedLanguage {
  if (hint && hint.trim() !== '') return primaryTag(hint);
  const room = fallback && fallback.trim() !== '' ? primaryTag(fallback) : null;
  if (!/\p{L}/u.test(text)) return room ?? 'en';
  const detected = detectLanguage(text).language;
  // The room's language settles only what the words leave open: an item written in
  // another language is still judged in its own (or not at all), never by the wrong rules.
  return detected === 'und' && room !== null ? room : detected;
}
