/**
 * The core wording signals in German and Italian: a number or a from → to, a unit, an
 * activity verb that makes a task of a key result, a "% done" in disguise, and for
 * objectives a number to hit, a bare deliverable, business as usual and the generic
 * intention. Fewer nuances than the English rules (signals.ts): what is not covered here
 * stays silent rather than guessing, so a German or Italian item gets a finding only when
 * a signal plainly fires.
 *
 * Word order matters: German puts the infinitive last ("Neue App bis Ende Q3 launchen"),
 * Italian first ("Lanciare la nuova app entro il Q3"); both also use nouns for the same
 * work ("Einführung des CRM", "Lancio della nuova app").
 */
import { MAX_ANALYSED_LENGTH } from './signals';

export type LocalLanguage = 'de' | 'it';

/** Lower-cased, whitespace-collapsed, clamped; typographic quotes and dashes made plain. */
export function normaliseLocal(text: string): string {
  const clamped = text.length > MAX_ANALYSED_LENGTH ? text.slice(0, MAX_ANALYSED_LENGTH) : text;
  return (
    clamped
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d\u201e]/g, '"')
      .replace(/[\u2013\u2014]/g, '-')
      .replace(/\u2192/g, ' -> ')
      // The blanks of a coach draft ("from __ % to __ %") stand for numbers still to be filled in.
      .replace(/_{2,}/g, '9')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function wordsOf(norm: string): string[] {
  return norm.match(/[\p{L}\d]+(?:['-][\p{L}\d]+)*/gu) ?? [];
}

const set = (list: string) => new Set(list.split(/\s+/).filter((w) => w !== ''));

interface Lexicon {
  readonly months: string;
  readonly numberWords: RegExp;
  readonly fromTo: readonly RegExp[];
  readonly measuredChange: RegExp;
  readonly activityVerbs: ReadonlySet<string>;
  readonly activityNouns: ReadonlySet<string>;
  readonly outcomeClause: RegExp;
  readonly done: readonly RegExp[];
  readonly outputNouns: RegExp;
  readonly reducing: ReadonlySet<string>;
  readonly countNouns: string;
  readonly keeping: ReadonlySet<string>;
  readonly changing: RegExp;
  readonly purpose: RegExp;
  readonly aspiration: RegExp;
  readonly vagueVerbs: ReadonlySet<string>;
  readonly generic: ReadonlySet<string>;
  readonly deadline: RegExp;
}

const DE: Lexicon = {
  months:
    '(?:jan(?:uar)?|feb(?:ruar)?|märz|mär|apr(?:il)?|mai|jun[i]?|jul[i]?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dez(?:ember)?)',
  numberWords:
    /\b(?:eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|dreißig|hundert|tausend|million(?:en)?|doppelt|verdoppeln|verdoppelt|halbieren|halbiert|verdreifachen|hälfte)\b/,
  fromTo: [
    /\bvon\s+(?:aktuell\s+|derzeit\s+|heute\s+)?[$€£]?\d[^a-zäöü]{0,12}(?:[a-zäöü%/.]+\s+)?(?:auf|bis|zu)\s+/,
    /\d[^a-zäöü\d]{0,6}(?:[a-zäöü%/.]+\s?)?(?:->|=>) ?[$€£]?\d/,
    /\b(?:aktuell|derzeit|heute|ausgangswert|baseline|bisher)\s*:?\s*(?:bei\s+|von\s+)?[$€£]?\d/,
  ],
  measuredChange:
    /\b(?:um|auf)\s+(?:mindestens\s+|über\s+|unter\s+)?[$€£]?\d|\b(?:verdoppeln|verdoppelt|halbieren|halbiert|verdreifachen)\b/,
  activityVerbs: set(
    'einführen einzuführen entwickeln erstellen schreiben bauen aufbauen starten launchen lancieren implementieren umsetzen durchführen organisieren veranstalten einstellen rekrutieren veröffentlichen migrieren gestalten neugestalten überarbeiten programmieren liefern ausliefern abschließen fertigstellen planen definieren dokumentieren schulen trainieren installieren integrieren automatisieren testen evaluieren analysieren einrichten aufsetzen besuchen anrufen versenden produzieren übersetzen präsentieren erarbeiten konzipieren ausrollen bereitstellen relaunchen modernisieren beenden abhalten führen',
  ),
  activityNouns: set(
    'einführung entwicklung erstellung umsetzung durchführung launch relaunch migration implementierung veröffentlichung fertigstellung abschluss neugestaltung überarbeitung aufbau bereitstellung',
  ),
  outcomeClause:
    /\b(?:um|damit|sodass|so dass|wodurch|was)\b[^.;]{0,80}?\b(?:steigern|erhöhen|senken|reduzieren|verbessern|verdoppeln|halbieren|steigt|sinkt|wächst)\b/,
  done: [
    /\bzu\s+\d{1,3}\s?%\s+(?:abgeschlossen|erledigt|umgesetzt|fertig|migriert|implementiert|geliefert)/,
    /\b\d{1,3}\s?%\s+(?:der|des|aller|unserer)?\s?[^.;]{0,50}?\b(?:abgeschlossen|erledigt|umgesetzt|fertiggestellt|migriert|implementiert|ausgerollt|geliefert)\b/,
    /\bfortschritt\b[^.;]{0,30}?\d{1,3}\s?%/,
    /\b0\s?%?\s?(?:->|auf|bis)\s?100\s?%/,
  ],
  outputNouns:
    /\b(?:blogartikel|blogbeiträge|artikel|beiträge|posts|meetings|termine|anrufe|calls|webinare|workshops|schulungen|trainings|events|veranstaltungen|kampagnen|videos|features|funktionen|präsentationen|interviews|zeilen code|story points)\b/,
  reducing: set('senken reduzieren verringern halbieren kürzen minimieren'),
  countNouns:
    '(?:kunden|neukunden|nutzer|nutzerinnen|downloads|besuche|besucher|abonnenten|leads|bestellungen|mitglieder|installationen|accounts|deals|abschlüsse|leser|follower|märkte|länder|filialen)',
  keeping: set('halten beibehalten sichern aufrechterhalten weiterführen fortsetzen bewahren'),
  changing:
    /\b(?:mehr|besser|neu|neue|neuen|steigern|wachsen|erhöhen|verbessern|ausbauen|während|obwohl|trotz)\b/,
  purpose:
    /\b(?:damit|sodass|so dass|um\s+[^.;]{1,60}\bzu\b|die|der|das|welche|welcher|für unsere|für alle)\s+\S/,
  aspiration:
    /\b(?:begeistern|begeistert|begeisterung|lieben|liebe|beste|besten|führend|führende|marktführer|vorreiter|erste wahl|unverzichtbar|vertrauen|stolz|mühelos|exzellent|exzellenz|weltklasse)\b/,
  vagueVerbs: set(
    'verbessern optimieren steigern erhöhen stärken fördern ausbauen vorantreiben weiterentwickeln',
  ),
  generic: set(
    'die der das den dem des unsere unser unseren unserer und im in der bei für von mit kommunikation prozesse prozess qualität effizienz marketing vertrieb kundenzufriedenheit zufriedenheit zusammenarbeit innovation produktivität performance leistung leistungen marke service services umsatz wachstum kunden mitarbeiter mitarbeiterzufriedenheit teamarbeit transparenz sichtbarkeit ergebnisse strategie organisation unternehmen team teams abläufe digitalisierung kultur engagement bekanntheit markenbekanntheit',
  ),
  deadline:
    /\b(?:bis|vor|spätestens|innerhalb)\s+(?:zum\s+|ende\s+|anfang\s+|mitte\s+)*(?:q[1-4]|h[12]|\d|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|ende|quartal|jahr)/,
};

const IT: Lexicon = {
  months:
    '(?:gen(?:naio)?|feb(?:braio)?|mar(?:zo)?|apr(?:ile)?|mag(?:gio)?|giu(?:gno)?|lug(?:lio)?|ago(?:sto)?|set(?:tembre)?|ott(?:obre)?|nov(?:embre)?|dic(?:embre)?)',
  numberWords:
    /\b(?:uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici|venti|trenta|cento|mille|mila|milioni|doppio|raddoppiare|raddoppiato|dimezzare|dimezzato|triplicare|metà)\b/,
  fromTo: [
    /\b(?:da|dal|dallo|dalla|dall'|dai)\s*(?:attuale\s+|attuali\s+)?[$€£]?\d[^a-zàèéìòù]{0,12}(?:[a-zàèéìòù%/.]+\s+)?(?:a|al|allo|alla|all'|ai)\s*/,
    /\d[^a-zàèéìòù\d]{0,6}(?:[a-zàèéìòù%/.]+\s?)?(?:->|=>) ?[$€£]?\d/,
    /\b(?:attualmente|oggi|baseline|valore attuale|partendo da)\s*:?\s*(?:al\s+|a\s+|da\s+)?[$€£]?\d/,
  ],
  measuredChange:
    /\b(?:del|di|a|al|fino a|almeno)\s+[$€£]?\d|\b(?:raddoppiare|dimezzare|triplicare)\b/,
  activityVerbs: set(
    'lanciare sviluppare creare scrivere costruire realizzare implementare introdurre organizzare assumere reclutare pubblicare migrare ridisegnare riprogettare progettare rifare completare terminare consegnare rilasciare formare installare integrare automatizzare testare definire documentare preparare pianificare tenere fare avviare attivare inviare produrre tradurre presentare condurre effettuare svolgere aggiornare redigere',
  ),
  activityNouns: set(
    'lancio sviluppo creazione realizzazione implementazione introduzione migrazione rilascio completamento pubblicazione riprogettazione organizzazione',
  ),
  outcomeClause:
    /\b(?:per|così da|in modo da|affinché)\b[^.;]{0,80}?\b(?:aumentare|ridurre|migliorare|raddoppiare|dimezzare|portare|raggiungere)\b/,
  done: [
    /\b(?:completat[oaie]|realizzat[oaie]|migrat[oaie]|implementat[oaie]|terminat[oaie])\s+(?:al|per il)\s+\d{1,3}\s?%/,
    /\b\d{1,3}\s?%\s+(?:del|della|dei|delle|di)?\s?[^.;]{0,50}?\b(?:completat|realizzat|migrat|implementat|rilasciat|consegnat)[oaie]\b/,
    /\bavanzamento\b[^.;]{0,30}?\d{1,3}\s?%/,
    /\b(?:da\s+)?0\s?%?\s?(?:->|a|al)\s?100\s?%/,
  ],
  outputNouns:
    /\b(?:articoli|post|riunioni|chiamate|telefonate|webinar|workshop|corsi|formazioni|eventi|campagne|video|funzionalità|presentazioni|interviste|righe di codice|story point)\b/,
  reducing: set('ridurre diminuire abbassare dimezzare tagliare contenere'),
  countNouns:
    '(?:clienti|utenti|download|visite|visitatori|iscritti|abbonati|lead|ordini|membri|installazioni|account|contratti|lettori|follower|mercati|paesi|negozi)',
  keeping: set('mantenere continuare conservare preservare garantire'),
  changing:
    /\b(?:più|migliore|migliori|nuovo|nuova|nuovi|crescere|aumentare|migliorare|ampliare|mentre|nonostante)\b/,
  purpose:
    /\b(?:affinché|così che|in modo che|per (?:aiutare|permettere|consentire|dare|offrire)|che|chi|dove)\s+\S/,
  aspiration:
    /\b(?:entusiasmare|entusiasmo|amare|amato|amata|migliore|eccellenza|eccellente|leader|punto di riferimento|prima scelta|indispensabile|fiducia|orgoglio|semplice|facile)\b/,
  vagueVerbs: set('migliorare ottimizzare aumentare rafforzare potenziare promuovere incrementare'),
  generic: set(
    'il lo la i gli le l del della dello dei degli delle nel nella e di a per con nostro nostra nostri nostre comunicazione processi processo qualità efficienza marketing vendite soddisfazione clienti cliente collaborazione innovazione produttività performance prestazioni brand marchio servizio servizi fatturato crescita dipendenti lavoro squadra team trasparenza visibilità risultati strategia organizzazione azienda cultura engagement notorietà',
  ),
  deadline:
    /\b(?:entro|prima di|prima del|per|a)\s+(?:la\s+|il\s+|fine\s+|inizio\s+|metà\s+)*(?:q[1-4]|h[12]|\d|gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic|fine|trimestre|anno)/,
};

const LEXICON: Readonly<Record<LocalLanguage, Lexicon>> = { de: DE, it: IT };

/** The text with dates and periods blanked: "bis Ende Q3", "31.03.2027", "im Jahr 2027". */
function withoutDates(norm: string, lx: Lexicon): string {
  return norm
    .replace(/\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/g, ' ')
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, ' ')
    .replace(new RegExp(String.raw`\b\d{1,2}\.?\s${lx.months}\b(?:\s\d{4})?`, 'g'), ' ')
    .replace(new RegExp(String.raw`\b${lx.months}\s\d{4}\b`, 'g'), ' ')
    .replace(/\b(?:q[1-4]|h[12]|fy)\s?'?\d{0,4}\b/g, ' ')
    .replace(/\b(?:19|20)\d{2}\b/g, ' ');
}

/** A quantity: a digit that is not a date or a name ("7-Tage", "B2B", "Version 3"). */
export function localQuantity(norm: string, lang: LocalLanguage): boolean {
  const lx = LEXICON[lang];
  const text = withoutDates(norm, lx);
  if (lx.numberWords.test(text)) return true;
  const stripped = text
    .replace(/\b\d+-[\p{L}]+\b/gu, ' ')
    .replace(/\b[\p{L}]+\d+[\p{L}]*\b/gu, ' ')
    .replace(/\b(?:version|versione|release|phase|fase|stufe|livello|level) \d+(?:\.\d+)*\b/g, ' ');
  return /\d/.test(stripped);
}

export function localFromTo(norm: string, lang: LocalLanguage): boolean {
  return LEXICON[lang].fromTo.some((p) => p.test(norm));
}

function percentage(norm: string): boolean {
  return /\d\s?%|\d\s?(?:prozent|per cento|percento)\b|\bprozentpunkt|\bpunti percentuali\b/.test(
    norm,
  );
}

/** The verb that carries the line: Italian puts it first, German last (or first, imperative). */
function leadVerb(ws: readonly string[], lang: LocalLanguage): string {
  const skip = new Set(['wir', 'werden', 'ich', 'noi', 'vogliamo', 'dobbiamo']);
  const first = ws.find((w) => !skip.has(w) && !/^\d/.test(w)) ?? '';
  if (lang === 'it') return first;
  const last = ws[ws.length - 1] ?? '';
  const lx = LEXICON.de;
  if (lx.activityVerbs.has(first) || lx.keeping.has(first) || lx.vagueVerbs.has(first))
    return first;
  return last;
}

/** Work rather than an outcome: an activity verb (or its noun) with no measured effect. */
export function localActivity(norm: string, lang: LocalLanguage): boolean {
  const lx = LEXICON[lang];
  const ws = wordsOf(norm);
  const verb = leadVerb(ws, lang);
  const first = ws[0] ?? '';
  const activity = lx.activityVerbs.has(verb) || lx.activityNouns.has(first);
  if (!activity) return false;
  const clause = norm.match(lx.outcomeClause);
  return !(clause && localQuantity(norm.slice(clause.index ?? 0), lang));
}

/** A count of work produced: "12 Blogartikel veröffentlichen", "organizzare 5 webinar". */
export function localOutputCount(norm: string, lang: LocalLanguage): boolean {
  const lx = LEXICON[lang];
  if (!lx.outputNouns.test(norm) || !localQuantity(norm, lang)) return false;
  return !wordsOf(norm).some((w) => lx.reducing.has(w));
}

export function localDoneProgress(norm: string, lang: LocalLanguage): boolean {
  return LEXICON[lang].done.some((p) => p.test(norm));
}

/** An objective that states a number to hit. */
export function localReadsAsMetric(norm: string, lang: LocalLanguage): boolean {
  const lx = LEXICON[lang];
  const text = withoutDates(norm, lx);
  return (
    percentage(text) ||
    localFromTo(text, lang) ||
    lx.measuredChange.test(text) ||
    /[$€£]\s?\d|\d\s?(?:€|eur|euro)\b/.test(text) ||
    /\b\d[\d,.]*\s?(?:k|mio\.?|mrd\.?|tsd\.?|millionen|milliarden|milioni|miliardi|mila)(?:\s|$|\.)/.test(
      text,
    ) ||
    new RegExp(String.raw`\b\d[\d,.]*\s+(?:\S+\s+)?${lx.countNouns}\b`).test(text)
  );
}

/** A deliverable with no purpose and no aspiration. */
export function localTask(norm: string, lang: LocalLanguage): boolean {
  const lx = LEXICON[lang];
  if (!localActivity(norm, lang)) return false;
  return !lx.purpose.test(norm) && !lx.aspiration.test(norm);
}

export function localDeadline(norm: string, lang: LocalLanguage): boolean {
  return LEXICON[lang].deadline.test(norm);
}

export function localBusinessAsUsual(norm: string, lang: LocalLanguage): boolean {
  const lx = LEXICON[lang];
  const ws = wordsOf(norm);
  const verb = leadVerb(ws, lang);
  if (!lx.keeping.has(verb)) return false;
  return !lx.changing.test(ws.filter((w) => w !== verb).join(' '));
}

/** A vague verb and nothing but words that fit any company: "Migliorare il marketing". */
export function localGeneric(norm: string, lang: LocalLanguage): boolean {
  const lx = LEXICON[lang];
  const ws = wordsOf(norm).filter((w) => !/^\d/.test(w));
  const verb = leadVerb(ws, lang);
  if (!lx.vagueVerbs.has(verb)) return false;
  const rest = ws.filter((w) => w !== verb);
  return (
    rest.length > 0 &&
    rest.every((w) => lx.generic.has(w) || lx.generic.has(w.replace(/^[ld]'/, '')))
  );
}
