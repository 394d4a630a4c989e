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

/** Values a message's placeholders take: `{name}` in the catalogue. */
export type MessageParams = Readonly<Record<string, string | number>>;

export interface Finding {
  /** A stable rule id, e.g. "kr-is-output"; see {@link RULE_IDS}. */
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly target: FindingTarget;
  /** What is wrong with this item, naming it — in English, from `messageId` and `params`. */
  readonly message: string;
  /** How to fix it, in one sentence. The longer why / how / examples are in `HINTS`. */
  readonly hint: string;
  /**
   * The message's id in the catalogue (`MESSAGES`), so a translation can render the same
   * finding: `coach.<rule>.message` or a variant of it.
   */
  readonly messageId: string;
  /** The message's placeholders: the item's quoted title, counts, the language… */
  readonly params: MessageParams;
  /** The language the item was judged in (BCP 47 primary tag), on wording findings. */
  readonly language?: string;
  /** A concrete rewrite built from the item's own words, when the rule has one. */
  readonly suggestion?: Suggestion;
}

/** A key result's fields a suggestion or the target parser fills. */
export interface KeyResultDraft {
  readonly title: string;
  readonly metric?: string;
  readonly unit?: string;
  readonly baseline?: number | null;
  readonly target?: number | null;
  readonly direction?: 'increase' | 'decrease' | 'maintain' | 'milestone';
}

/**
 * A rewrite the room can apply with one click as an editable draft. On a key result it
 * replaces the key result's wording (and the fields it names); on an objective it
 * replaces the title and may add a key result. Either may keep the original work as an
 * initiative: a kept project linked to the (new) key result.
 * @public
 */
export interface Suggestion {
  /** One line saying what the suggestion does, in English (from `messageId`/`params`). */
  readonly text: string;
  readonly messageId: string;
  readonly params: MessageParams;
  /** On an objective: its new title. */
  readonly objectiveTitle?: string;
  /** On a key result: its new wording and fields; on an objective: a key result to add. */
  readonly keyResult?: KeyResultDraft;
  /** The original work, kept as an initiative (a kept project) under the key result. */
  readonly initiative?: string;
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
  'kr-names-appraisal',
  'not-checked',
  'project-kept-without-focus',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** The severity each rule reports with (too-many-objectives is info above 3, warning above 5). */
export const SEVERITY: Readonly<Record<RuleId, Severity>> = {
  'too-many-objectives': 'warning',
  'objective-without-krs': 'error',
  'too-few-krs': 'warning',
  'too-many-krs': 'warning',
  'objective-is-metric': 'info',
  'objective-is-task': 'warning',
  'objective-generic': 'warning',
  'objective-business-as-usual': 'warning',
  'team-objective-unaligned': 'warning',
  'objective-without-focus-area': 'info',
  'kr-binary-progress': 'warning',
  'kr-is-output': 'warning',
  'kr-not-measurable': 'warning',
  'kr-missing-baseline': 'info',
  'kr-names-appraisal': 'warning',
  'not-checked': 'info',
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
