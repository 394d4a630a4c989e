/**
 * One thing the coach noticed about a workshop, an objective, a key result or a project.
 * This shape is a contract: the CLI prints it with `--json` and the app renders it.
 * @public
 */
export type Severity = 'error' | 'warning' | 'info';

export type TargetType = 'workshop' | 'objective' | 'keyResult' | 'project';

export interface FindingTarget {
  readonly type: TargetType;
  readonly id: string;
}

export interface Finding {
  /** A stable rule id, e.g. "kr-is-output"; see {@link RULE_IDS}. */
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly target: FindingTarget;
  /** What is wrong with this item, naming it. */
  readonly message: string;
  /** How to fix it, in one sentence. The longer why / how / examples are in `HINTS`. */
  readonly hint: string;
}

/**
 * Every rule, in the order findings on one item are listed.
 * Only `objective-without-krs` is an error: an objective nobody can measure is not an OKR
 * yet, and `offsite coach` exits 1 on it. Everything about wording is a warning or a note:
 * the coach advises, the room decides (and can dismiss).
 * @public
 */
export const RULE_IDS = [
  'too-many-objectives',
  'objective-without-krs',
  'too-few-krs',
  'too-many-krs',
  'objective-is-metric',
  'objective-is-task',
  'objective-generic',
  'objective-business-as-usual',
  'team-objective-unaligned',
  'objective-without-focus-area',
  'kr-binary-progress',
  'kr-is-output',
  'kr-not-measurable',
  'kr-missing-baseline',
  'project-kept-without-focus',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** The severity each rule reports with (too-many-objectives is info above 3, warning above 5). */
export const SEVERITY: Readonly<Record<RuleId, Severity>> = {
  'too-many-objectives': 'warning',
  'objective-without-krs': 'error',
  'too-few-krs': 'warning',
  'too-many-krs': 'warning',
  'objective-is-metric': 'warning',
  'objective-is-task': 'warning',
  'objective-generic': 'warning',
  'objective-business-as-usual': 'warning',
  'team-objective-unaligned': 'warning',
  'objective-without-focus-area': 'info',
  'kr-binary-progress': 'warning',
  'kr-is-output': 'warning',
  'kr-not-measurable': 'warning',
  'kr-missing-baseline': 'info',
  'project-kept-without-focus': 'warning',
};

const RANK = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));

/** Orders the findings of one item by rule, so output is stable whatever order rules ran in. */
export function byRule(a: Finding, b: Finding): number {
  return (RANK.get(a.rule) ?? 99) - (RANK.get(b.rule) ?? 99);
}

/** The item's text as quoted in a message: one line, at most 60 characters. */
export function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '') return '(untitled)';
  const chars = Array.from(line.length > 200 ? line.slice(0, 200) : line);
  return `“${chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : line}”`;
}
