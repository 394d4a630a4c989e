import type { KeyResult } from '../model/types';
import { byRule, quote, type Finding } from './finding';
import { finding } from './make-finding';
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
function keyResultSignals(kr: KeyResult): KeyResultSignals {
  const norm = normalise(`${kr.title}`);
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

/**
 * The findings on one key result, in rule order. The more specific finding hides the
 * vaguer one on the same item: "% done" hides output, output hides "no number" and "no
 * baseline" — one clear hint beats three overlapping ones.
 * @public
 */
export function analyseKeyResult(kr: KeyResult): Finding[] {
  const out: Finding[] = [];
  const r = keyResultSignals(kr);
  const name = quote(kr.title);
  if (r.binaryProgress) {
    out.push(
      finding(
        'kr-binary-progress',
        'keyResult',
        kr.id,
        `Key result ${name} tracks how much of a piece of work is done, not what it changes.`,
      ),
    );
  } else if (r.output) {
    out.push(
      finding(
        'kr-is-output',
        'keyResult',
        kr.id,
        `Key result ${name} describes work or an output, not a change in behaviour.`,
      ),
    );
  } else if (!r.measurable) {
    out.push(
      finding(
        'kr-not-measurable',
        'keyResult',
        kr.id,
        `Key result ${name} has no number and no target value.`,
      ),
    );
  } else if (!r.baseline && kr.direction !== 'maintain') {
    out.push(
      finding(
        'kr-missing-baseline',
        'keyResult',
        kr.id,
        `Key result ${name} has a target but no baseline.`,
      ),
    );
  }
  return out.sort(byRule);
}
