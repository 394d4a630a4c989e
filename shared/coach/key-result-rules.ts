import type { KeyResult } from '../model/types';
import { appraisalTopic } from './appraisal';
import { byRule, quote, type Finding } from './finding';
import { isChecked, languageOf, type CheckedLanguage } from './language';
import { finding } from './make-finding';
import { notChecked, type AnalyseOptions } from './not-checked';
import {
  localActivity,
  localDoneProgress,
  localFromTo,
  localOutputCount,
  localQuantity,
  normaliseLocal,
  type LocalLanguage,
} from './signals-local';
import {
  appraisalSuggestion,
  baselineSuggestion,
  measurableSuggestion,
  outputSuggestion,
} from './suggestions';
import {
  countsOutput,
  hasFromTo,
  hasOutcomeClause,
  hasQuantity,
  isDoneProgress,
  leadingVerb,
  normalise,
  startsWithActivity,
  words,
} from './signals';

/** What the key-result rules read from one key result's text. */
interface KeyResultSignals {
  readonly binaryProgress: boolean;
  readonly output: boolean;
  readonly measurable: boolean;
  readonly baseline: boolean;
}

/** Change verbs that make an output count an efficiency outcome: "cut calls per deal from 12 to 6". */
const REDUCING = new Set([
  'reduce',
  'cut',
  'decrease',
  'lower',
  'halve',
  'shrink',
  'minimise',
  'minimize',
]);

/**
 * Reads a key result's wording together with its fields. The signals are combined so that
 * published good key results are not flagged for a word: an activity with its measured
 * effect ("launch X to improve sign-ups by 25 percent") is an outcome; an output count is an
 * output even dressed as from → to ("10,000 lines of code, up from 6,000").
 */
function keyResultSignals(kr: KeyResult, language: CheckedLanguage): KeyResultSignals {
  if (language !== 'en') return localKeyResultSignals(kr, language);
  const norm = normalise(kr.title);
  const ws = words(norm);
  const binaryProgress =
    isDoneProgress(norm) ||
    kr.direction === 'milestone' ||
    (kr.unit.trim() === '%' &&
      kr.baseline === 0 &&
      kr.target === 100 &&
      isDoneProgress(`${norm} 100% done`) &&
      startsWithActivity(ws));
  const lead = leadingVerb(ws)?.verb ?? '';
  const outputCount = countsOutput(norm) && !REDUCING.has(lead);
  const activity = startsWithActivity(ws) && !hasOutcomeClause(norm);
  const output = !binaryProgress && (outputCount || activity);
  const measurable = hasQuantity(norm) || kr.target !== null;
  const baseline = kr.baseline !== null || hasFromTo(norm);
  return { binaryProgress, output, measurable, baseline };
}

/** The same four signals from the German or Italian rules (signals-local.ts). */
function localKeyResultSignals(kr: KeyResult, language: LocalLanguage): KeyResultSignals {
  const norm = normaliseLocal(kr.title);
  const binaryProgress = localDoneProgress(norm, language) || kr.direction === 'milestone';
  const output =
    !binaryProgress && (localOutputCount(norm, language) || localActivity(norm, language));
  const measurable = localQuantity(norm, language) || kr.target !== null;
  const baseline = kr.baseline !== null || localFromTo(norm, language);
  return { binaryProgress, output, measurable, baseline };
}

/**
 * The findings on one key result, in rule order. The more specific finding hides the
 * vaguer one on the same item: "% done" hides output, output hides "no number" and "no
 * baseline" — one clear hint beats three overlapping ones. Each wording finding carries a
 * rewrite built from the key result's own words.
 *
 * The wording is judged in the item's language (`options.language` when given, detected
 * otherwise); in a language without rules the result is one "not checked" note.
 * @public
 */
export function analyseKeyResult(kr: KeyResult, options: AnalyseOptions = {}): Finding[] {
  const name = quote(kr.title);
  const language = languageOf(kr.title, options.language, options.fallbackLanguage);
  if (!isChecked(language)) return [notChecked('keyResult', kr.id, name, language)];
  const out: Finding[] = [];
  const r = keyResultSignals(kr, language);
  const params = { name };
  const extras = { language };
  if (r.binaryProgress) {
    out.push(
      finding(
        'kr-binary-progress',
        'keyResult',
        kr.id,
        'coach.kr-binary-progress.message',
        params,
        {
          ...extras,
          suggestion: outputSuggestion(kr.title, language),
        },
      ),
    );
  } else if (r.output) {
    out.push(
      finding('kr-is-output', 'keyResult', kr.id, 'coach.kr-is-output.message', params, {
        ...extras,
        suggestion: outputSuggestion(kr.title, language),
      }),
    );
  } else if (!r.measurable) {
    out.push(
      finding('kr-not-measurable', 'keyResult', kr.id, 'coach.kr-not-measurable.message', params, {
        ...extras,
        suggestion: measurableSuggestion(kr.title, language),
      }),
    );
  } else if (!r.baseline && kr.direction !== 'maintain') {
    out.push(
      finding(
        'kr-missing-baseline',
        'keyResult',
        kr.id,
        'coach.kr-missing-baseline.message',
        params,
        {
          ...extras,
          suggestion: baselineSuggestion(kr.title, language),
        },
      ),
    );
  }
  const topic = appraisalTopic(kr.title, language);
  if (topic) {
    out.push(
      finding(
        'kr-names-appraisal',
        'keyResult',
        kr.id,
        `coach.kr-names-appraisal.${topic}`,
        params,
        {
          ...extras,
          suggestion: appraisalSuggestion(kr.title),
        },
      ),
    );
  }
  return out.sort(byRule);
}
