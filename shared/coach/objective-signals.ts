/**
 * What an objective's wording says, read from its title: a number to hit (a key result in
 * disguise), a task or deliverable, a generic intention, business as usual. The English
 * reading weighs several signals from signals.ts; German and Italian use the core signals
 * of signals-local.ts.
 */
import type { CheckedLanguage } from './language';
import {
  localBusinessAsUsual,
  localGeneric,
  localReadsAsMetric,
  localTask,
  normaliseLocal,
  type LocalLanguage,
} from './signals-local';
import {
  hasAspiration,
  hasFromTo,
  hasMeasuredChange,
  hasPercentage,
  hasPurposeClause,
  leadingVerb,
  normalise,
  startsWithActivity,
  withoutDates,
  words,
} from './signals';

/** What the wording rules read from an objective's title. */
export interface ObjectiveSignals {
  readonly metric: boolean;
  readonly task: boolean;
  readonly generic: boolean;
  readonly businessAsUsual: boolean;
}

/** Periods are not targets: "in their first 90 days" says when, not how many. */
const PERIOD = /^(?:days|weeks|months|years|hours|minutes|seconds|quarters|sprints|cycles)$/;
/** Words that end the noun phrase after a number: "the 8086 as the …" counts nothing. */
const NOT_COUNTED = new Set(
  'as the of in on at for to by with and or a an per than this these those its was has does'.split(
    ' ',
  ),
);

/**
 * A count to reach: a number, then within three words the plural thing counted ("10,000
 * users", "500 customer support tickets", "3 new enterprise logos"). Digits glued to a word
 * ("16-bit", "b2b") are names, not counts; a period ("first 90 days") is not a target.
 */
function statesCount(text: string): boolean {
  for (const m of text.matchAll(
    /(?:^|\s)\d[\d,.]*\s+((?:[a-z][a-z'-]*\s+){0,2}[a-z][a-z'-]*s)\b/g,
  )) {
    const counted = (m[1] ?? '').split(/\s+/);
    const thing = counted[counted.length - 1] ?? '';
    const plural = thing.length > 3 && !/(?:ss|us|is)$/.test(thing);
    if (plural && !counted.some((w) => PERIOD.test(w) || NOT_COUNTED.has(w))) return true;
  }
  return false;
}

/** A number that is a target: "by 25%", "$2M", "10,000 users", "from 30 to 50", "double". */
function readsAsMetric(norm: string): boolean {
  const text = withoutDates(norm);
  return (
    hasPercentage(text) ||
    hasMeasuredChange(text) ||
    hasFromTo(text) ||
    /[$€£]\s?\d/.test(text) ||
    /\b\d[\d,.]*\s?(?:k|m|bn|mm|thousand|million|billion)\b/.test(text) ||
    statesCount(text)
  );
}

const KEEPING = new Set([
  'maintain',
  'keep',
  'continue',
  'sustain',
  'preserve',
  'stay',
  'remain',
  'uphold',
  'hold',
]);
const CHANGING =
  /\b(?:become|grow|growing|improve|improving|increase|increasing|better|more|new|expand|expanding|while|reach|win|double|reduce|cut|faster|beyond|first)\b/;

const VAGUE_VERBS = new Set([
  'improve',
  'enhance',
  'increase',
  'boost',
  'grow',
  'optimise',
  'optimize',
  'strengthen',
  'drive',
  'streamline',
  'better',
  'reduce',
  'elevate',
  'advance',
  'foster',
  'promote',
  'support',
  'focus',
  'work',
  'achieve',
  'develop',
  'upgrade',
  'maximise',
  'maximize',
  'raise',
  // Feelings and good intentions: "Excite our customers" says how it should feel, not what
  // changes for whom. With something specific after them ("Delight users with seamless
  // mobile experiences") they are fine.
  'excite',
  'delight',
  'please',
  'satisfy',
  'wow',
  'impress',
  'inspire',
  'empower',
  'engage',
  'serve',
  'help',
  // "Modernise the codebase": newer, but what will anyone be able to do that they cannot now?
  'modernise',
  'modernize',
]);

/**
 * Words that fit any company. An objective made only of a vague verb and these words says
 * nothing about who benefits or what will visibly change.
 */
const GENERIC = new Set(
  (
    'a an the and or of in on at for to with our we us their its this that across all overall general ' +
    'year quarter month cycle q1 q2 q3 q4 h1 h2 ' +
    'strong stronger better more good great high higher best efficient effective successful ' +
    'communication communications management project projects process processes efficiency quality productivity ' +
    'performance collaboration innovation innovative engagement satisfaction customer customers user users client clients ' +
    'experience ux brand awareness presence marketing sales effort efforts revenue revenues growth business operations operational ' +
    'retention churn support service services teamwork alignment visibility transparency product products results value ' +
    'strategy execution organisation organization company team teams base activation new progress effectiveness ' +
    'capabilities capability skills knowledge level levels health security reliability stability speed technical tech debt ' +
    'documentation internal employee employees morale data insights decision decisions making decision-making ' +
    'online digital social media market position standards profitability profit profits margins sustainability culture ' +
    'code engineering website improving improvement processes ' +
    // Boilerplate that fits any company's plan: "Develop solutions that enable long-term,
    // profitable growth while enhancing the customer experience".
    'solutions solution long-term short-term profitable sustainable scalable enable enables enabling enhancing ' +
    'while through by overall web app apps application applications platform platforms site system systems software tools ' +
    'improve enhance increase boost grow optimise optimize strengthen drive streamline reduce elevate ' +
    // Adoption is a generic measure like engagement or retention; a codebase is code; looks
    // are design. And "x", "y", "z" are placeholders: "Drive adoption of product y" names nothing.
    'adoption codebase aesthetics design x y z'
  ).split(/\s+/),
);

/**
 * Verbs that sweep over a whole field. "Transform the healthcare industry" or "Change the
 * world" is a mission, not something one team reaches in a cycle: it names no one who
 * benefits and nothing anybody would notice by the end of the quarter.
 */
const SWEEPING = new Set([
  'transform',
  'revolutionise',
  'revolutionize',
  'disrupt',
  'reinvent',
  'redefine',
  'reshape',
  'change',
  'save',
]);
/** The whole of a field, with at most one word naming it: "the (healthcare) industry". */
const WHOLE_FIELD =
  /^(?:the |our |this )?(?:entire |whole )?(?:[a-z-]+ )?(?:industry|world|sector|market|category|space|planet|game)$/;

/**
 * Work done on a schedule ("Check in regularly with …", "Hold weekly one-on-ones") is the
 * work of any quarter: business as usual unless something is to change. Only work: "Our
 * customers get answers the same day, every day" is an outcome.
 */
const RECURRING =
  /\b(?:regularly|routinely|weekly|daily|monthly|fortnightly|every (?:day|week|month|sprint|quarter)|on an? (?:regular|ongoing|daily|weekly|monthly) basis|as usual|ongoing)\b/;

/**
 * A decision or an agreement to reach ("Get Sales and Marketing to agree on a lead
 * definition", "Decide whether to enter Spain") is a milestone: done or not done, like a
 * deliverable, with no change for anyone yet.
 */
const DECISION =
  /\b(?:agree|agrees|agreed|agreement) (?:on|upon)\b|\bdecide (?:on|whether|how|which|what|if|who|where)\b|\bsign(?:s|ed)? off on\b|\bsettle on\b|\bmake (?:a|the) (?:decision|call) (?:on|about)\b/;

/**
 * An objective written as a gerund ("Setting up a sales team", "Launching the new app") is
 * the same task as its imperative: read "setting" as "set", "launching" as "launch".
 */
function gerundActivity(ws: readonly string[]): boolean {
  const lead = leadingVerb(ws);
  const verb = lead?.verb ?? '';
  if (!lead || !verb.endsWith('ing') || verb.length < 6) return false;
  const stem = verb.slice(0, -3);
  const undoubled = /([bdgmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
  for (const base of [stem, undoubled, `${stem}e`]) {
    const asImperative = [...ws.slice(0, lead.index), base, ...ws.slice(lead.index + 1)];
    if (base !== verb && startsWithActivity(asImperative)) return true;
  }
  return false;
}

/**
 * A bare superlative about oneself: "Be the best CS team", "Become the best company". It
 * says nothing about who would notice, or where: "Be the best choice for small businesses in
 * Germany" names both and is left alone.
 */
function bareSuperlative(verb: string, rest: readonly string[]): boolean {
  if (verb !== 'be' && verb !== 'become') return false;
  const i = rest[0] === 'the' ? 1 : 0;
  if (rest[i] !== 'best') return false;
  return !rest
    .slice(i + 1)
    .some((w) => /^(?:for|in|at|among|to|with|that|which|who|where|choice|option)$/.test(w));
}

/**
 * Only a promise to stop being bad ("Stop sucking at customer support", "Stop failing our
 * users") names no destination: what should support be like instead?
 */
const STOP_BEING_BAD =
  /^(?:we will |we'll |to )?stop (?:sucking|failing|being (?:bad|terrible|awful|slow|late))\b/;

/**
 * Reads an objective's wording. Combines signals: a delivery verb alone does not make a
 * task ("Launch an MVP that delights …" names who it is for and what it should do), and a
 * vague verb alone does not make it generic — only when nothing specific follows it.
 */
function englishObjectiveSignals(title: string): ObjectiveSignals {
  const norm = normalise(title);
  const ws = words(norm);
  const lead = leadingVerb(ws);
  const verb = lead?.verb ?? '';
  const rest = lead ? ws.slice(lead.index + 1) : ws;
  const purpose = hasPurposeClause(norm);
  const aspiration = hasAspiration(ws);

  const metric = readsAsMetric(norm);

  const activity = startsWithActivity(ws) || gerundActivity(ws);
  const keeping = KEEPING.has(verb) && !CHANGING.test(rest.join(' '));
  // Work on a schedule is routine: one finding (business as usual), not two.
  const routine =
    activity && RECURRING.test(norm) && !CHANGING.test(norm) && !aspiration && !purpose;
  const businessAsUsual = keeping || routine;

  const task = (activity || DECISION.test(norm)) && !routine && !aspiration && !purpose;

  const content = ws.filter((w) => !/^\d/.test(w));
  const beMore = (verb === 'be' || verb === 'become') && rest[0] === 'more';
  const makeProgress = verb === 'make' && rest[0] === 'progress';
  // "Make our web application better": better, but in what way and for whom?
  const makeBetter = verb === 'make' && /^(?:better|great|good)$/.test(rest[rest.length - 1] ?? '');
  const vague = VAGUE_VERBS.has(verb) || beMore || makeProgress || makeBetter;
  const afterVerb = content.slice((lead?.index ?? 0) + 1 + (beMore || makeProgress ? 1 : 0));
  const genericWords =
    afterVerb.length > 0 &&
    afterVerb.every((w) => GENERIC.has(w) || (beMore && /(?:ive|ful|ous|al|ent|ant)$/.test(w)));
  const oneWord = content.length === 1 && !aspiration;
  const wholeField = SWEEPING.has(verb) && WHOLE_FIELD.test(rest.join(' '));
  const vagueClaim = bareSuperlative(verb, rest) || STOP_BEING_BAD.test(norm);
  const generic =
    !metric && !businessAsUsual && ((vague && genericWords) || oneWord || wholeField || vagueClaim);

  return { metric, task: task && !metric, generic, businessAsUsual };
}

/** The same signals from the German or Italian rules (signals-local.ts). */
function localObjectiveSignals(title: string, language: LocalLanguage): ObjectiveSignals {
  const norm = normaliseLocal(title);
  const metric = localReadsAsMetric(norm, language);
  const businessAsUsual = localBusinessAsUsual(norm, language);
  return {
    metric,
    task: !metric && localTask(norm, language),
    generic: !metric && !businessAsUsual && localGeneric(norm, language),
    businessAsUsual,
  };
}

/** What an objective's title says, in the language it is judged in. */
export function objectiveSignals(title: string, language: CheckedLanguage): ObjectiveSignals {
  return language === 'en'
    ? englishObjectiveSignals(title)
    : localObjectiveSignals(title, language);
}
