/**
 * The OKR coach: pure rules over a workshop snapshot that flag weak objectives and key
 * results as people type. No DOM, no Node: the app, the hub and the CLI run the same code.
 * @public
 */
import type { Dismissal } from '../model/dismissals-read';
import type { KeyResult, Workshop } from '../model/types';
import type { Finding } from './finding';
import { analyseKeyResult } from './key-result-rules';
import { analyseObjective } from './objective-rules';
import { analyseProject, analyseWorkshopLevel } from './workshop-rules';

export type { Dismissal } from '../model/dismissals-read';
export * from './finding';
export { HINTS, type RuleHint } from './hints';
export { analyseKeyResult } from './key-result-rules';
export { analyseObjective, KR_RANGE } from './objective-rules';
export { analyseProject, analyseWorkshopLevel, OBJECTIVE_LIMITS } from './workshop-rules';
export { appraisalTopic, type AppraisalTopic } from './appraisal';
export {
  CHECKED_LANGUAGES,
  detectLanguage,
  isChecked,
  languageOf,
  primaryTag,
  type CheckedLanguage,
  type LanguageGuess,
} from './language';
export { formatMessage, languageName, MESSAGES, type MessageId } from './messages';
export type { AnalyseOptions } from './not-checked';
export { parseTarget, type ParsedTarget } from './target-parser';
export { examplesFor, EXAMPLES, themeOf, type CoachExample, type Theme } from './examples';

export interface CoachOptions {
  /** Findings the room dismissed ("we mean it"): left out of the result. */
  readonly dismissed?: readonly Dismissal[];
  /** A language every item is judged in (BCP 47); absent: each item's language is detected. */
  readonly language?: string | null;
  /**
   * The workshop's language, for items whose words do not tell; absent: the workshop's own
   * `meta.language` is used.
   */
  readonly fallbackLanguage?: string | null;
}

/** Drops the dismissed findings. */
export function withoutDismissed(
  findings: readonly Finding[],
  dismissed: readonly Dismissal[] = [],
): Finding[] {
  if (dismissed.length === 0) return [...findings];
  const hidden = new Set(dismissed.map((d) => `${d.rule}\u0000${d.targetId}`));
  return findings.filter((f) => !hidden.has(`${f.rule}\u0000${f.target.id}`));
}

/**
 * Every finding on a workshop, in a stable order: the workshop first, then the objectives in
 * display order each followed by its key results in display order, then the projects.
 * Never throws, whatever the snapshot holds.
 * @public
 * @example
 * ```ts
 * const findings = analyseWorkshop(readWorkshop(doc), { dismissed: readDismissals(doc) });
 * const blocking = findings.some((f) => f.severity === 'error');
 * ```
 */
export function analyseWorkshop(w: Workshop, options: CoachOptions = {}): Finding[] {
  const byObjective = new Map<string, KeyResult[]>();
  for (const kr of w.keyResults) {
    const list = byObjective.get(kr.objectiveId);
    if (list) list.push(kr);
    else byObjective.set(kr.objectiveId, [kr]);
  }
  const out: Finding[] = [...analyseWorkshopLevel(w)];
  const itemOptions = {
    language: options.language,
    fallbackLanguage: options.fallbackLanguage ?? w.meta.language ?? null,
  };
  for (const o of w.objectives) {
    const krs = byObjective.get(o.id) ?? [];
    out.push(...analyseObjective(o, krs, itemOptions));
    for (const kr of krs) out.push(...analyseKeyResult(kr, itemOptions));
  }
  for (const p of w.projects) out.push(...analyseProject(p));
  // The snapshot carries the workshop's own dismissals; an explicit list overrides them.
  return withoutDismissed(out, options.dismissed ?? w.dismissals ?? []);
}
