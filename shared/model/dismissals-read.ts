import * as Y from 'yjs';
import { collection } from './schema';
import { LIMITS } from './types';
import type { ReportProblem } from './read';

/**
 * A coach finding the room decided to keep anyway ("we mean it"): the finding of `rule`
 * on the item `targetId` is no longer shown. Stored in the workshop so every peer, the
 * CLI and the exports agree.
 * @public
 */
export interface Dismissal {
  readonly rule: string;
  readonly targetId: string;
}

/** Rule ids are short kebab-case words; anything else was not written by Offsite. */
export const DISMISSAL_RULE_PATTERN = /^[a-z0-9][a-z0-9-]{0,59}$/;

/**
 * The key a dismissal is stored under. Deterministic, so two people dismissing the same
 * finding at once write the same record instead of two.
 * @public
 */
export function dismissalKey(rule: string, targetId: string): string {
  return `${rule}:${targetId}`;
}

const ignore: ReportProblem = () => {};

/**
 * The dismissals stored in the doc, validated like every other read: a record that is not
 * a map, has no valid rule id or target id, is skipped and reported; duplicates are
 * merged. Sorted by rule then target so the result does not depend on map order. Never
 * throws.
 * @public
 */
export function readDismissals(doc: Y.Doc, report: ReportProblem = ignore): Dismissal[] {
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
    const map = value as Y.Map<unknown>;
    const rule: unknown = map.get('rule');
    const targetId: unknown = map.get('targetId');
    if (typeof rule !== 'string' || !DISMISSAL_RULE_PATTERN.test(rule)) {
      report({
        where: `${where}.rule`,
        message: 'expected a rule id such as "kr-is-output"; skipped',
      });
      continue;
    }
    if (
      typeof targetId !== 'string' ||
      targetId.length === 0 ||
      targetId.length > LIMITS.idLength
    ) {
      report({
        where: `${where}.targetId`,
        message: `expected an id of 1..${LIMITS.idLength} characters; skipped`,
      });
      continue;
    }
    const id = dismissalKey(rule, targetId);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ rule, targetId });
  }
  return out.sort((a, b) =>
    a.rule < b.rule
      ? -1
      : a.rule > b.rule
        ? 1
        : a.targetId < b.targetId
          ? -1
          : a.targetId > b.targetId
            ? 1
            : 0,
  );
}
