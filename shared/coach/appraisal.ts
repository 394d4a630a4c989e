/**
 * Does a key result name an individual's appraisal, bonus or pay, or rank people? OKRs are
 * owned by teams and are not a performance-appraisal tool (see docs/ARCHITECTURE.md): the coach
 * says so when a key result ties itself to a person's review, rating, bonus or salary.
 *
 * Words alone would misfire on an HR team's own work ("Cut payroll errors to zero",
 * "Salaries paid on time"), so pay words count only with an individual or a reward link,
 * and review words only with an individual or a ranking.
 */
import type { CheckedLanguage } from './language';

export type AppraisalTopic = 'appraisal' | 'bonus' | 'pay' | 'ranking';

interface Patterns {
  /** Always about rewarding people: a bonus, a commission, a pay rise. */
  readonly reward: RegExp;
  /** Pay in general: counts with an individual or a link to the key result. */
  readonly pay: RegExp;
  /** A review or rating of a person's performance. */
  readonly appraisal: RegExp;
  /** Ranking people against each other. */
  readonly ranking: RegExp;
  /** A person: a name-like word, "each employee", "my", "his", "individual". */
  readonly individual: RegExp;
}

const PATTERNS: Readonly<Record<CheckedLanguage, Patterns>> = {
  en: {
    reward:
      /\b(?:bonus(?:es)?|commissions?|pay (?:rise|raise|increase)s?|salary (?:increase|raise|rise|bump)s?|raises? for|incentive pay|variable pay|merit increase)\b/i,
    pay: /\b(?:salary|salaries|compensation|pay|wages?|remuneration)\b/i,
    appraisal:
      /\b(?:appraisals?|performance (?:reviews?|ratings?|evaluations?|scores?|appraisals?)|(?:annual|yearly) reviews?|rated (?:as )?(?:exceeds|meets|top)|rating of (?:at least )?\d)\b/i,
    ranking:
      /\b(?:stack[- ]rank(?:ing|ed)?|rank(?:ing|ed)? (?:of )?(?:employees|people|staff|reps|engineers|individuals|team members)|top performers?|low performers?|bottom \d+ ?%|leaderboard)\b/i,
    individual:
      /\b(?:each|every|per) (?:employee|person|rep|engineer|team member|individual|manager|agent)\b|\bindividual(?:ly)?\b|\b(?:my|his|her)\b|\b[A-Z][a-z]+'s\b|\b(?:to|will) (?:earn|get|receive|qualify for)\b|\btied to\b|\blinked to\b|\bbased on\b/,
  },
  de: {
    reward:
      /\b(?:bonus(?:se)?|boni|prämien?|provisionen?|gehaltserhöhung(?:en)?|lohnerhöhung(?:en)?|leistungszulage)\b/i,
    pay: /\b(?:gehalt|gehälter|vergütung|lohn|löhne|entgelt)\b/i,
    appraisal:
      /\b(?:leistungsbeurteilung(?:en)?|mitarbeiterbeurteilung(?:en)?|leistungsbewertung(?:en)?|beurteilung(?:en)?|jahresgespräch(?:e)?|mitarbeitergespräch(?:e)?|performance[- ]review)\b/i,
    ranking:
      /\b(?:ranking der mitarbeiter|rangliste|mitarbeiter-ranking|top-performer|low-performer|leistungsträger)\b/i,
    individual:
      /\b(?:jede[rns]?|pro) (?:mitarbeiter(?:in)?|person|vertriebler(?:in)?|entwickler(?:in)?)\b|\bindividuell(?:e[nrs]?)?\b|\b(?:mein|sein|ihr)(?:e[nrs]?)?\b|\bgekoppelt an\b|\babhängig von\b/i,
  },
  it: {
    reward:
      /\b(?:bonus|premi(?:o)?|provvigion[ei]|commission[ei]|aument[oi] di stipendio|aument[oi] salarial[ei]|incentiv[oi])\b/i,
    pay: /\b(?:stipendi?o?|stipendi|retribuzion[ei]|salari?o?|compens[oi])\b/i,
    appraisal:
      /\b(?:valutazion[ei] (?:delle prestazioni|della performance|annual[ei]|individual[ei])|performance review|review annual[ei])\b/i,
    ranking:
      /\b(?:classifica (?:dei|delle) (?:dipendenti|persone|collaboratori|venditori)|top performer|low performer)\b/i,
    individual:
      /\b(?:ogni|per) (?:dipendente|persona|venditore|venditrice|collaboratore|collaboratrice)\b|\bindividual[ei]\b|\b(?:mio|mia|suo|sua)\b|\blegat[oi] a\b|\bin base a\b/i,
  },
};

/**
 * What the key result ties to a person, or `null`: "bonus", "pay", "appraisal" or
 * "ranking". `text` is the title as typed (case matters for names).
 * @public
 */
export function appraisalTopic(text: string, language: CheckedLanguage): AppraisalTopic | null {
  const p = PATTERNS[language];
  const sample = text.length > 600 ? text.slice(0, 600) : text;
  if (p.reward.test(sample)) return 'bonus';
  if (p.ranking.test(sample)) return 'ranking';
  // Names need their capital ("Maria's"); everything else is matched in lower case too.
  const individual = p.individual.test(sample) || p.individual.test(sample.toLowerCase());
  if (p.appraisal.test(sample) && individual) return 'appraisal';
  if (p.pay.test(sample) && individual) return 'pay';
  return null;
}
