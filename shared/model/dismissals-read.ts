import * as Y from 'yjs';
import { collection } from './schema';
import { LIMITS } from './limits';
import { ignoreProblems, type ReportProblem } from './problems';
import { dismissalSpec, type Dismissal } from './records';

export { DISMISSAL_RULE_PATTERN, type Dismissal } from './records';
import { readRecord } from './records/spec';

/**
 * The key a dismissal is stored under. Deterministic, so two people dismissing the same
 * finding at once write the same record instead of two.
 * @public
 */
export function dismissalKey(rule: string, targetId: string): string {
  return `${rule}:${targetId}`;
}

/**
 * The dismissals stored in the doc, validated like every other read (records/dismissal.ts):
 * a record that is not a map, has no valid rule id or target id, is skipped and reported;
 * duplicates are merged. Sorted by rule then target so the result does not depend on map
 * order. Never throws.
 * @public
 */
export function readDismissals(doc: Y.Doc, report: ReportProblem = ignoreProblems): Dismissal[] {
  const seen = new Set<string>();
  const out: Dismissal[] = [];
  for (const [key, value] of collection(doc, 'dismissals').entries()) {
    const where = `dismissals.${key.length > 60 ? `${key.slice(0, 60)}…` : key}`;
    if (out.length >= LIMITS.records) {
      report({
        where: 'dismissals',
        message: `more than ${LIMITS.records} dismissals; the rest are ignored`,
      });
      break;
    }
    if (!(value instanceof Y.Map)) {
      report({ where, message: 'expected a record; skipped' });
      continue;
    }
    const dismissal = readRecord(dismissalSpec, where, key, value as Y.Map<unknown>, report);
    if (dismissal === null) continue;
    const id = dismissalKey(dismissal.rule, dismissal.targetId);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(dismissal);
  }
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort((a, b) => compare(a.rule, b.rule) || compare(a.targetId, b.targetId));
}
