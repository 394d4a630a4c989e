/**
 * Rewrites built from an item's own words, one per wording finding: a task as a key result
 * becomes the outcome it should move (the task kept as an initiative), a number-less key
 * result gets "from __ to __", a deliverable objective becomes the change people should
 * notice. The blanks ("__") are left for the room to fill: a draft, never a made-up number.
 *
 * Templates are chosen by what the work produces (a guide, a website, an app, a campaign,
 * a system, a hire), in the language the item was judged in.
 */
import type { KeyResultDraft, Suggestion } from './finding';
import type { CheckedLanguage } from './language';
import { suggestion } from './make-finding';
import { parseTarget } from './target-parser';

/** "mobile app" → "Mobile app". */
const capitalise = (s: string) => (s === '' ? s : s[0]!.toUpperCase() + s.slice(1));

type Category = 'docs' | 'web' | 'product' | 'marketing' | 'system' | 'sales' | 'research';

const CATEGORY_WORDS: readonly [Category, RegExp][] = [
  [
    'docs',
    /\b(?:guides?|manuals?|documentation|docs|faqs?|help cent(?:er|re)|knowledge base|tutorials?|playbooks?|wiki|handbook|leitfaden|handbuch|dokumentation|anleitung|guida|manuale|documentazione)\b/,
  ],
  [
    'web',
    /\b(?:website|web ?site|site|landing pages?|homepage|web pages?|checkout|pricing page|webseite|sito(?: web)?|pagina)\b/,
  ],
  [
    'marketing',
    /\b(?:campaigns?|ads|adverts?|posts?|newsletters?|webinars?|podcasts?|videos?|events?|content|instagram|linkedin|social|rebrand|blog|kampagnen?|veranstaltungen?|campagn[ae]|eventi|contenuti)\b/,
  ],
  [
    'system',
    /\b(?:crm|erp|systems?|migration|database|infrastructure|kubernetes|cloud|tooling|automation|process|processes|ci\/cd|architecture|stack|system|systeme|prozesse?|sistema|processi|infrastruttura)\b/,
  ],
  [
    'sales',
    /\b(?:sales(?:people|persons?| reps?)?|account executives?|vertriebler\w*|commerciali|venditori)\b/,
  ],
  ['research', /\b(?:surveys?|research|interviews?|umfragen?|sondaggi|interviste|ricerca)\b/],
  [
    'product',
    /\b(?:apps?|application|features?|products?|dashboards?|integrations?|api|portal|tool|flow|module|platform|release|version|beta|mvp|onboarding|funktion\w*|produkt\w*|anwendung|funzionalità|prodotto|applicazione|piattaforma)\b/,
  ],
];

function categoryOf(text: string): Category {
  for (const [category, pattern] of CATEGORY_WORDS) if (pattern.test(text)) return category;
  return 'product';
}

const DEADLINE = [
  /[,;]?\s*\b(?:by|before|until|no later than|in|within|during)\s+(?:the\s+)?(?:end of|middle of|start of|beginning of)?\s*(?:the\s+)?(?:q[1-4]|h[12]|fy\s?\d+|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|\d{4}|year-end|this (?:quarter|year|month)|next (?:quarter|month)|quarter|month|week)\b[^,;.]*$/i,
  /\s*\b(?:bis|vor|spätestens)\s+(?:zum\s+|ende\s+|anfang\s+|mitte\s+)*(?:q[1-4]|h[12]|\d|jan\w*|feb\w*|mär\w*|apr\w*|mai|jun\w*|jul\w*|aug\w*|sep\w*|okt\w*|nov\w*|dez\w*|ende|quartal)\S*(?:\s+(?:q[1-4]|\d{4}))?/i,
  /\s*\b(?:entro|prima di|prima del)\s+(?:la\s+|il\s+|fine\s+|inizio\s+|metà\s+)*(?:q[1-4]|h[12]|\d|gen\w*|feb\w*|mar\w*|apr\w*|mag\w*|giu\w*|lug\w*|ago\w*|set\w*|ott\w*|nov\w*|dic\w*|fine|trimestre|anno)\S*(?:\s+(?:q[1-4]|\d{4}))?/i,
];

/** The line without its deadline and without "new": the work as an initiative's name. */
export function initiativeName(title: string): string {
  let s = title.replace(/\s+/g, ' ').trim();
  for (const pattern of DEADLINE) s = s.replace(pattern, '');
  s = s
    .replace(/\b(?:new|brand-new|neue[nrsm]?|nuov[oaie])\s+/gi, '')
    .replace(/[\s.,;:!]+$/, '')
    .trim();
  return s;
}

const EN_VERBS =
  /^(?:(?:we will|we'll|successfully|fully|to)\s+)*(?:launch|build|deliver|implement|hold|publish|attend|migrate|move|create|write|develop|design|redesign|rebuild|rewrite|release|ship|complete|finish|finalise|finalize|run|hire|recruit|train|interview|post|send|conduct|organise|organize|host|set up|setup|install|upgrade|integrate|deploy|roll out|renegotiate|negotiate|collect|document|draft|prepare|introduce|add|refactor|automate|test|review|update|produce|plan|research|survey|map|define|submit|present|record|translate|replace|evaluate|audit|make|fix|improve|increase|grow|raise|boost|enhance|reduce|cut|decrease|lower|get|achieve|reach|maintain|keep|optimi[sz]e|streamline|drive|strengthen|double|halve|become|be|provide|ensure|support|focus on|work on)\b\s*/i;
const DE_VERB_LAST =
  /\s+(?:einführen|einzuführen|entwickeln|erstellen|schreiben|bauen|aufbauen|starten|launchen|lancieren|implementieren|umsetzen|durchführen|organisieren|veranstalten|einstellen|rekrutieren|veröffentlichen|migrieren|gestalten|neu gestalten|neugestalten|überarbeiten|programmieren|liefern|ausliefern|abschließen|fertigstellen|planen|definieren|dokumentieren|schulen|trainieren|installieren|integrieren|automatisieren|testen|einrichten|aufsetzen|ausrollen|bereitstellen|relaunchen|verbessern|optimieren|steigern|erhöhen|stärken|fördern|ausbauen|senken|reduzieren|halten|beibehalten|sichern|verdoppeln|halbieren)$/i;
const IT_VERB_FIRST =
  /^(?:lanciare|sviluppare|creare|scrivere|costruire|realizzare|implementare|introdurre|organizzare|assumere|reclutare|pubblicare|migrare|ridisegnare|riprogettare|progettare|rifare|completare|terminare|consegnare|rilasciare|formare|installare|integrare|automatizzare|testare|definire|documentare|preparare|pianificare|tenere|fare|avviare|attivare|inviare|produrre|aggiornare|redigere|migliorare|ottimizzare|aumentare|rafforzare|potenziare|promuovere|incrementare|ridurre|diminuire|mantenere|continuare|garantire|raddoppiare|dimezzare|portare)\b\s*/i;

/** The object of the line: its words minus the verb, the deadline, counts and articles. */
export function topicOf(title: string, language: CheckedLanguage): string {
  let s = initiativeName(title);
  if (language === 'en') s = s.replace(EN_VERBS, '').replace(/^(?:up|out|over)\s+/i, '');
  if (language === 'de') s = s.replace(DE_VERB_LAST, '').replace(/^(?:wir\s+\w+\s+)/i, '');
  if (language === 'it') s = s.replace(IT_VERB_FIRST, '');
  s = s
    .replace(/\b\d[\d,.]*\s*(?:%|x|times|mal|volte)?\s*/gi, '')
    .replace(/^(?:on|in|at|via|from|for|auf|bei|su|per)\s+/i, '')
    .replace(
      /^(?:(?:the|a|an|our|all|every|each|der|die|das|den|dem|des|ein|eine|einen|unsere[nrs]?|il|lo|la|i|gli|le|l'|un|una|uno|il nostro|la nostra|i nostri|le nostre|nostro|nostra)\s+)+/i,
      '',
    )
    .replace(/^l'/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return s === '' ? initiativeName(title) : s;
}

const HEAD_NOUN =
  /\s*\b(?:guides?|manuals?|documentation|docs|faqs?|help cent(?:er|re)|knowledge base|tutorials?|playbooks?|wiki|handbook|leitfaden|handbuch|dokumentation|anleitung|guida|manuale|documentazione)\b\s*/i;

interface Draft {
  readonly title: string;
  readonly metric: string;
  readonly unit: string;
  readonly direction: NonNullable<KeyResultDraft['direction']>;
}

/** A key result that measures what the work should change, in the item's language. */
function outcomeKeyResult(work: string, topic: string, language: CheckedLanguage): Draft {
  const category = categoryOf(work.toLowerCase());
  // German and Italian need an article the topic may lack: quoting the topic keeps the
  // sentence grammatical whatever its gender.
  if (language === 'de')
    return {
      title: `Nutzungsquote „${topic}“ von __ % auf __ % steigern`,
      metric: `Nutzungsquote „${topic}“`,
      unit: '%',
      direction: 'increase',
    };
  if (language === 'it')
    return {
      title: `Portare l’adozione di «${topic}» da __ % a __ %`,
      metric: `adozione di «${topic}»`,
      unit: '%',
      direction: 'increase',
    };
  switch (category) {
    case 'docs': {
      const modifier = topic.replace(HEAD_NOUN, ' ').trim();
      const metric = `self-serve ${modifier ? `${modifier} ` : ''}completion`;
      return {
        title: `Raise ${metric} from __ % to __ %`,
        metric,
        unit: '%',
        direction: 'increase',
      };
    }
    case 'web':
      return {
        title: `Raise ${topic} conversion from __ % to __ %`,
        metric: `${topic} conversion`,
        unit: '%',
        direction: 'increase',
      };
    case 'marketing':
      return {
        title: `Grow qualified leads from ${topic} from __ to __`,
        metric: `qualified leads from ${topic}`,
        unit: 'leads',
        direction: 'increase',
      };
    case 'system':
      return {
        title: `Cut the time customers wait on us with the ${topic} from __ h to __ h`,
        metric: `customer waiting time with the ${topic}`,
        unit: 'h',
        direction: 'decrease',
      };
    case 'sales':
      return {
        title: 'Grow qualified pipeline from __ to __',
        metric: 'qualified pipeline',
        unit: '',
        direction: 'increase',
      };
    case 'research':
      return {
        title: 'Raise customer satisfaction (NPS) from __ to __',
        metric: 'NPS',
        unit: '',
        direction: 'increase',
      };
    default:
      return {
        title: `Raise ${topic} adoption from __ % to __ % of active customers`,
        metric: `${topic} adoption`,
        unit: '%',
        direction: 'increase',
      };
  }
}

/** The objective a deliverable should serve, in the item's language. */
function outcomeObjective(work: string, topic: string, language: CheckedLanguage): string {
  if (language === 'de') return `${capitalise(topic)}: spürbarer Nutzen für unsere Kunden`;
  if (language === 'it') return `${capitalise(topic)}: valore concreto per i nostri clienti`;
  const the = /^(?:the|our)\b/i.test(topic) ? '' : 'the ';
  switch (categoryOf(work.toLowerCase())) {
    case 'docs':
      return `Customers help themselves with ${the}${topic}`;
    case 'web':
      return `Visitors find what they need on ${the}${topic}`;
    case 'marketing':
      return `The right customers find us through ${the}${topic}`;
    case 'system':
      return `Our team serves customers faster with ${the}${topic}`;
    case 'sales':
      return 'We win more of the customers we want';
    case 'research':
      return 'We build what our customers actually need';
    default:
      return `Customers get real value from ${the}${topic}`;
  }
}

const REDUCING_EN = /^(?:reduce|cut|decrease|lower|halve|shrink|minimi[sz]e|drop)\b/i;
const REDUCING_DE = /\b(?:senken|reduzieren|verringern|halbieren|minimieren)$/i;
const REDUCING_IT = /^(?:ridurre|diminuire|abbassare|dimezzare|tagliare)\b/i;

function reduces(title: string, language: CheckedLanguage): boolean {
  const t = title.trim();
  if (language === 'de') return REDUCING_DE.test(t.replace(/[.!]+$/, ''));
  if (language === 'it') return REDUCING_IT.test(t);
  return REDUCING_EN.test(t);
}

const PERCENT_WORDS =
  /\b(?:rate|churn|retention|conversion|share|ratio|quote|anteil|quota|tasso|percentuale)\b/i;

/** A task or "% done" as a key result: measure its effect, keep the work as an initiative. */
export function outputSuggestion(title: string, language: CheckedLanguage): Suggestion {
  const work = initiativeName(title);
  const draft = outcomeKeyResult(work, topicOf(title, language), language);
  return suggestion(
    'coach.suggestion.kr-outcome',
    { initiative: work, title: draft.title },
    {
      keyResult: { ...draft, baseline: null, target: null },
      initiative: work,
    },
  );
}

/** No number: say how much, from where to where. */
export function measurableSuggestion(title: string, language: CheckedLanguage): Suggestion {
  const topic = topicOf(title, language);
  const down = reduces(title, language);
  const unit = PERCENT_WORDS.test(topic) ? ' %' : '';
  const draftTitle =
    language === 'de'
      ? `${capitalise(topic)} von __${unit} auf __${unit} ${down ? 'senken' : 'steigern'}`
      : language === 'it'
        ? `${down ? 'Ridurre' : 'Portare'} ${topic} da __${unit} a __${unit}`
        : `${down ? 'Cut' : 'Raise'} ${topic} from __${unit} to __${unit}`;
  return suggestion(
    'coach.suggestion.kr-add-number',
    { title: draftTitle },
    {
      keyResult: {
        title: draftTitle,
        metric: topic,
        unit: unit.trim(),
        baseline: null,
        target: null,
        direction: down ? 'decrease' : 'increase',
      },
    },
  );
}

/** A target with no starting point: "from __ to 85 %". */
export function baselineSuggestion(title: string, language: CheckedLanguage): Suggestion {
  const parsed = parseTarget(title, language);
  const unit = parsed?.unit ? (parsed.unit === '%' ? ' %' : ` ${parsed.unit}`) : '';
  const blank =
    language === 'de' ? `von __${unit} ` : language === 'it' ? `da __${unit} ` : `from __${unit} `;
  const to =
    language === 'de'
      ? /\bauf\s+(?=[$€£]?\d)/i
      : language === 'it'
        ? /\b(?:a|al|all')\s*(?=[$€£]?\d)/i
        : /\bto\s+(?=[$€£]?\d)/i;
  const today = language === 'de' ? 'heute' : language === 'it' ? 'oggi' : 'today';
  const draftTitle = to.test(title)
    ? title.replace(to, (m) => `${blank}${m}`)
    : `${title.trim().replace(/[.!]+$/, '')} (${today}: __${unit})`;
  return suggestion(
    'coach.suggestion.kr-add-baseline',
    { title: draftTitle },
    {
      keyResult: {
        title: draftTitle,
        ...(parsed
          ? {
              metric: parsed.metric,
              unit: parsed.unit,
              target: parsed.target,
              direction: parsed.direction,
            }
          : {}),
        baseline: null,
      },
    },
  );
}

const REWARD_CLAUSE =
  /\s*[,;]?\s*(?:so (?:that )?\S+ (?:earns?|gets?|receives?|qualif(?:y|ies) for)|(?:in order )?to (?:earn|get|receive|qualify for|unlock)|for (?:the|a|my|his|her|their)|tied to|linked to|based on|um (?:den|die|das|einen|eine) |per (?:ottenere|il|la) )[^,.;]*\b(?:bonus(?:es)?|salary|salaries|raise|pay|commission|review|rating|appraisal|prämie|gehalt|provision|stipendio|premio|provvigione)\b[^,.;]*/i;

/** A key result tied to someone's bonus or review: keep the outcome, drop the reward. */
export function appraisalSuggestion(title: string): Suggestion {
  const stripped = title.replace(REWARD_CLAUSE, '').trim();
  const changed = stripped !== title.trim() && stripped.length > 3;
  return suggestion(
    'coach.suggestion.kr-drop-appraisal',
    { title: changed ? stripped : title.trim() },
    changed ? { keyResult: { title: stripped } } : {},
  );
}

/** A deliverable as an objective: the change it should bring, the work as an initiative. */
export function objectiveTaskSuggestion(title: string, language: CheckedLanguage): Suggestion {
  const work = initiativeName(title);
  const topic = topicOf(title, language);
  const draft = outcomeKeyResult(work, topic, language);
  const objectiveTitle = outcomeObjective(work, topic, language);
  return suggestion(
    'coach.suggestion.objective-outcome',
    { initiative: work, title: objectiveTitle },
    {
      objectiveTitle,
      keyResult: { ...draft, baseline: null, target: null },
      initiative: work,
    },
  );
}

/** A number as an objective: the direction in words, the number moved to a key result. */
export function objectiveMetricSuggestion(title: string, language: CheckedLanguage): Suggestion {
  let object = topicOf(title, language)
    .replace(
      /\b(?:by|in|this|next|within)\s+(?:the\s+)?(?:next\s+)?(?:quarter|year|month|week)s?\b/gi,
      '',
    )
    .replace(
      /\s*\b(?:decrease|increase|growth|reduction|rückgang|anstieg|riduzione|aumento)\s+(?:in|of|an|der|des|di|del|della)\s+/i,
      '',
    )
    .replace(/(?:\s+\b(?:by|um|del|di|of|von|da))+\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (object === '') object = initiativeName(title);
  const down =
    reduces(title, language) || /\b(?:decrease|reduction|rückgang|riduzione)\b/i.test(title);
  const objectiveTitle =
    language === 'de'
      ? down
        ? `${capitalise(object)} bremst uns nicht mehr`
        : `${capitalise(object)} wächst, weil Kunden uns wählen`
      : language === 'it'
        ? down
          ? `${capitalise(object)} non ci frena più`
          : `${capitalise(object)} cresce perché i clienti ci scelgono`
        : down
          ? `${capitalise(object)} stops holding us back`
          : `${capitalise(object)} grows because customers choose us`;
  const parsed = parseTarget(title, language);
  const keyResult: KeyResultDraft = {
    title: title.trim(),
    ...(parsed
      ? {
          metric: parsed.metric,
          unit: parsed.unit,
          baseline: parsed.baseline,
          target: parsed.target,
          direction: parsed.direction,
        }
      : {}),
  };
  return suggestion(
    'coach.suggestion.objective-qualitative',
    { keyResult: keyResult.title, title: objectiveTitle },
    { objectiveTitle, keyResult },
  );
}

/** A generic intention: keep its words, leave a blank for who benefits. */
export function objectiveGenericSuggestion(title: string, language: CheckedLanguage): Suggestion {
  const object = topicOf(title, language);
  const objectiveTitle =
    language === 'de'
      ? `${capitalise(object)} wird für __ spürbar besser`
      : language === 'it'
        ? `Rendere ${object} visibilmente migliore per __`
        : `Make ${object} visibly better for __`;
  return suggestion(
    'coach.suggestion.objective-name-who',
    { title: objectiveTitle },
    { objectiveTitle },
  );
}

/** Business as usual: aim for a change people notice. */
export function objectiveBeyondUsualSuggestion(
  title: string,
  language: CheckedLanguage,
): Suggestion {
  const object = topicOf(title, language);
  const objectiveTitle =
    language === 'de'
      ? `${capitalise(object)}: etwas, worüber unsere Kunden nie nachdenken müssen`
      : language === 'it'
        ? `Fare di ${object} qualcosa a cui i clienti non devono mai pensare`
        : `Make ${object} something our customers never have to think about`;
  return suggestion(
    'coach.suggestion.objective-beyond-usual',
    { title: objectiveTitle },
    { objectiveTitle },
  );
}
