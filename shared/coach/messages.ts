import type { MessageParams } from './finding';

/**
 * The coach's sentences, by message id, in English. Every finding and suggestion carries
 * its message id and parameters, so the UI's translations (i18next/FormatJS, later) can
 * render the same finding in the room's language from this catalogue's ids: a sentence is
 * never glued together from pieces. Placeholders are ICU-style `{name}`.
 * @public
 */
export const MESSAGES = {
  'coach.too-many-objectives.company': 'The company has {count} objectives; aim for 1–3.',
  'coach.too-many-objectives.team': 'Team {team} has {count} objectives; aim for 1–3.',
  'coach.objective-without-krs.message':
    'Objective {name} has no key results, so nobody can tell whether it was reached.',
  'coach.too-few-krs.message': 'Objective {name} has only one key result; 2–5 balance each other.',
  'coach.too-many-krs.message':
    'Objective {name} has {count} key results; keep the 3–5 that matter most.',
  'coach.objective-is-metric.message':
    'Objective {name} reads like a key result: it states a number to hit.',
  'coach.objective-is-task.message':
    'Objective {name} is a task or deliverable, not the change it should bring.',
  'coach.objective-is-task.deadline':
    'Objective {name} is a deliverable with a deadline, not the change it should bring.',
  'coach.objective-generic.message':
    'Objective {name} could belong to any company: it names no one who benefits and nothing that visibly changes.',
  'coach.objective-business-as-usual.message':
    'Objective {name} keeps things as they are; that is a health metric, not an objective.',
  'coach.team-objective-unaligned.message':
    'Team objective {name} ({team}) supports no company objective and no focus area.',
  'coach.objective-without-focus-area.message': 'Objective {name} is linked to no focus area.',
  'coach.kr-binary-progress.message':
    'Key result {name} tracks how much of a piece of work is done, not what it changes.',
  'coach.kr-is-output.message':
    'Key result {name} describes work or an output, not a change in behaviour.',
  'coach.kr-not-measurable.message': 'Key result {name} has no number and no target value.',
  'coach.kr-missing-baseline.message': 'Key result {name} has a target but no baseline.',
  'coach.kr-names-appraisal.bonus':
    'Key result {name} ties the result to someone’s bonus. OKRs are not a performance-appraisal tool: they measure what a team changes, never how one person is rated or paid.',
  'coach.kr-names-appraisal.pay':
    'Key result {name} names someone’s salary or pay. OKRs are not a performance-appraisal tool: they measure what a team changes, never how one person is rated or paid.',
  'coach.kr-names-appraisal.appraisal':
    'Key result {name} names someone’s performance review. OKRs are not a performance-appraisal tool: they measure what a team changes, never how one person is rated or paid.',
  'coach.kr-names-appraisal.ranking':
    'Key result {name} ranks people against each other. OKRs are not a performance-appraisal tool: they measure what a team changes, never how one person is rated or paid.',
  'coach.not-checked.message':
    '{name} reads as {languageName}; the coach judges wording in English, German and Italian only, so it was not checked.',
  'coach.not-checked.unknown':
    'The coach could not tell which language {name} is in, so its wording was not checked.',
  'coach.project-kept-without-focus.message': 'Kept project {name} is linked to no focus area.',

  'coach.suggestion.kr-outcome':
    'Measure what the work should change, and keep “{initiative}” as an initiative under it.',
  'coach.suggestion.kr-add-number': 'Say how much, from where to where: “{title}”.',
  'coach.suggestion.kr-add-baseline': 'Add where it stands today: “{title}”.',
  'coach.suggestion.kr-drop-appraisal':
    'Keep the team outcome and leave the bonus or review out: “{title}”.',
  'coach.suggestion.objective-outcome':
    'Say what the work should change for people, and keep “{initiative}” as an initiative under a key result.',
  'coach.suggestion.objective-qualitative':
    'Say where you want to go in words, and move the number into a key result: “{keyResult}”.',
  'coach.suggestion.objective-name-who': 'Name who benefits and what they will notice.',
  'coach.suggestion.objective-beyond-usual':
    'Aim for a change people notice; keep the steady number as a health metric.',
} as const;

export type MessageId = keyof typeof MESSAGES;

/** The English text of a message with its placeholders filled; unknown ids come back as is. */
export function formatMessage(id: string, params: MessageParams = {}): string {
  const template: string | undefined = (MESSAGES as Readonly<Record<string, string>>)[id];
  if (template === undefined) return id;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

function displayNames(display: string, type: 'language' | 'script'): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([display], { type });
  } catch {
    return null;
  }
}

/**
 * "de" → "German", "und-Cyrl" → "a language in Cyrillic script"; in `display`'s language
 * through `Intl` ("de" → "tedesco" in Italian); never throws.
 */
export function languageName(tag: string, display = 'en'): string {
  if (display !== 'en') {
    try {
      return tag.startsWith('und-')
        ? (displayNames(display, 'script')?.of(tag.slice(4)) ?? tag)
        : (displayNames(display, 'language')?.of(tag) ?? tag);
    } catch {
      return tag;
    }
  }
  if (tag.startsWith('und-')) {
    const script: Readonly<Record<string, string>> = {
      Cyrl: 'Cyrillic',
      Arab: 'Arabic',
      Deva: 'Devanagari',
    };
    return `a language in ${script[tag.slice(4)] ?? tag.slice(4)} script`;
  }
  try {
    return displayNames('en', 'language')?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
