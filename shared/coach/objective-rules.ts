import type { KeyResult, Objective } from '../model/types';
import { byRule, quote, type Finding } from './finding';
import { isChecked, languageOf, type CheckedLanguage } from './language';
import { finding } from './make-finding';
import { notChecked, type AnalyseOptions } from './not-checked';
import {
  localBusinessAsUsual,
  localDeadline,
  localGeneric,
  localReadsAsMetric,
  localTask,
  normaliseLocal,
  type LocalLanguage,
} from './signals-local';
import {
  objectiveBeyondUsualSuggestion,
  objectiveGenericSuggestion,
  objectiveMetricSuggestion,
  objectiveTaskSuggestion,
} from './suggestions';
import {
  hasAspiration,
  hasDeadline,
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
interface ObjectiveSignals {
  readonly metric: boolean;
  readonly task: boolean;
  readonly generic: boolean;
  readonly businessAsUsual: boolean;
}

const COUNT_NOUNS =
  '(?:users|customers|clients|sign-?ups|downloads|visits|visitors|subscribers|leads|orders|hours|dollars|euros|members|installs|accounts|deals|logos|readers|followers|views|sales|units|stores|countries|markets)';

/** A number that is a target: "by 25%", "$2M", "10,000 users", "from 30 to 50", "double". */
function readsAsMetric(norm: string): boolean {
  const text = withoutDates(norm);
  return (
    hasPercentage(text) ||
    hasMeasuredChange(text) ||
    hasFromTo(text) ||
    /[$€£]\s?\d/.test(text) ||
    /\b\d[\d,.]*\s?(?:k|m|bn|mm|thousand|million|billion)\b/.test(text) ||
    new RegExp(`\\b\\d[\\d,.]*\\s+(?:\\S+\\s+)?${COUNT_NOUNS}\\b`).test(text)
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
    'improve enhance increase boost grow optimise optimize strengthen drive streamline reduce elevate'
  ).split(/\s+/),
);

/**
 * Reads an objective's wording. Combines signals: a delivery verb alone does not make a
 * task ("Launch an MVP that delights …" names who it is for and what it should do), and a
 * vague verb alone does not make it generic — only when nothing specific follows it.
 */
function objectiveSignals(o: Objective, language: CheckedLanguage): ObjectiveSignals {
  if (language !== 'en') return localObjectiveSignals(o, language);
  const norm = normalise(o.title);
  const ws = words(norm);
  const lead = leadingVerb(ws);
  const verb = lead?.verb ?? '';
  const rest = lead ? ws.slice(lead.index + 1) : ws;

  const metric = readsAsMetric(norm);

  const task = startsWithActivity(ws) && !hasAspiration(ws) && !hasPurposeClause(norm);

  const businessAsUsual = KEEPING.has(verb) && !CHANGING.test(rest.join(' '));

  const content = ws.filter((w) => !/^\d/.test(w));
  const beMore = (verb === 'be' || verb === 'become') && rest[0] === 'more';
  const makeProgress = verb === 'make' && rest[0] === 'progress';
  const vague = VAGUE_VERBS.has(verb) || beMore || makeProgress;
  const afterVerb = content.slice((lead?.index ?? 0) + 1 + (beMore || makeProgress ? 1 : 0));
  const genericWords =
    afterVerb.length > 0 &&
    afterVerb.every((w) => GENERIC.has(w) || (beMore && /(?:ive|ful|ous|al|ent|ant)$/.test(w)));
  const oneWord = content.length === 1 && !hasAspiration(ws);
  const generic = !metric && !businessAsUsual && ((vague && genericWords) || oneWord);

  return { metric, task: task && !metric, generic, businessAsUsual };
}

/** The same signals from the German or Italian rules (signals-local.ts). */
function localObjectiveSignals(o: Objective, language: LocalLanguage): ObjectiveSignals {
  const norm = normaliseLocal(o.title);
  const metric = localReadsAsMetric(norm, language);
  const businessAsUsual = localBusinessAsUsual(norm, language);
  return {
    metric,
    task: !metric && localTask(norm, language),
    generic: !metric && !businessAsUsual && localGeneric(norm, language),
    businessAsUsual,
  };
}

/** How many key results an objective should have. */
export const KR_RANGE = { min: 2, max: 5 } as const;

/** The wording findings on an objective's title, each with a rewrite. */
function wordingFindings(o: Objective, name: string, language: CheckedLanguage): Finding[] {
  const out: Finding[] = [];
  const r = objectiveSignals(o, language);
  const params = { name };
  if (r.metric) {
    out.push(
      finding(
        'objective-is-metric',
        'objective',
        o.id,
        'coach.objective-is-metric.message',
        params,
        {
          language,
          suggestion: objectiveMetricSuggestion(o.title, language),
        },
      ),
    );
  }
  if (r.task) {
    const deadline =
      language === 'en'
        ? hasDeadline(normalise(o.title))
        : localDeadline(normaliseLocal(o.title), language);
    out.push(
      finding(
        'objective-is-task',
        'objective',
        o.id,
        deadline ? 'coach.objective-is-task.deadline' : 'coach.objective-is-task.message',
        params,
        { language, suggestion: objectiveTaskSuggestion(o.title, language) },
      ),
    );
  }
  if (r.generic) {
    out.push(
      finding('objective-generic', 'objective', o.id, 'coach.objective-generic.message', params, {
        language,
        suggestion: objectiveGenericSuggestion(o.title, language),
      }),
    );
  }
  if (r.businessAsUsual) {
    out.push(
      finding(
        'objective-business-as-usual',
        'objective',
        o.id,
        'coach.objective-business-as-usual.message',
        params,
        { language, suggestion: objectiveBeyondUsualSuggestion(o.title, language) },
      ),
    );
  }
  return out;
}

/**
 * The findings on one objective given its key results, in rule order. Counts and alignment
 * are checked in any language; the wording in the languages the coach has rules for, with a
 * "not checked" note otherwise (see {@link analyseKeyResult}).
 * @public
 */
export function analyseObjective(
  o: Objective,
  keyResults: readonly KeyResult[],
  options: AnalyseOptions = {},
): Finding[] {
  const out: Finding[] = [];
  const name = quote(o.title);
  const count = keyResults.filter((k) => k.objectiveId === o.id).length;
  if (count === 0) {
    out.push(
      finding('objective-without-krs', 'objective', o.id, 'coach.objective-without-krs.message', {
        name,
      }),
    );
  } else if (count < KR_RANGE.min) {
    out.push(finding('too-few-krs', 'objective', o.id, 'coach.too-few-krs.message', { name }));
  } else if (count > KR_RANGE.max) {
    out.push(
      finding('too-many-krs', 'objective', o.id, 'coach.too-many-krs.message', { name, count }),
    );
  }

  if (o.title.trim() !== '') {
    const language = languageOf(o.title, options.language);
    if (isChecked(language)) out.push(...wordingFindings(o, name, language));
    else out.push(notChecked('objective', o.id, name, language));
  }

  if (o.team !== null && o.parentId === null && o.focusAreaId === null) {
    out.push(
      finding(
        'team-objective-unaligned',
        'objective',
        o.id,
        'coach.team-objective-unaligned.message',
        {
          name,
          team: o.team,
        },
      ),
    );
  } else if (o.team === null && o.parentId === null && o.focusAreaId === null) {
    out.push(
      finding(
        'objective-without-focus-area',
        'objective',
        o.id,
        'coach.objective-without-focus-area.message',
        { name },
      ),
    );
  }
  return out.sort(byRule);
}
