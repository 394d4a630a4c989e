import type { Step } from '../protocol/room';
import { guide } from '../i18n/resources/guide';
import { guidePages } from '../i18n/resources/guide-pages';
import { DEFAULT_LANGUAGE, type UiLanguage } from '../i18n/languages';

type Tree = { readonly [key: string]: string | Tree };

/** `{ agreed: { label } }` under `guide.checklist` → `{ 'guide.checklist.agreed.label': … }`. */
function flat(prefix: string, tree: Tree): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out[`${prefix}.${key}`] = value;
    else Object.assign(out, flat(`${prefix}.${key}`, value));
  }
  return out;
}

/**
 * The facilitator's guide, in English: for each step why it exists (two sentences for a
 * manager who has never done OKRs, and a longer page with its sources), what the
 * facilitator says, and what to watch for; the live warnings and the closing checklist.
 *
 * The why lines, what to say, what to watch for, the live warnings and the checklist live
 * in the i18n catalogue (shared/i18n/resources/guide.ts, in every language): this module
 * reads their English from there, so there is one copy of each text. A message id
 * (`guide.watch.krTasks`) is that catalogue's i18next key: the app translates it with
 * `t(id, params)`; `formatGuideMessage` is the same message in English for code outside
 * the app. `{count}` and `{date}` are placeholders, and `_one` / `_other` i18next's plural
 * suffixes.
 *
 * Sources are named where a text draws on them: John Doerr, *Measure What Matters* (2018);
 * Christina Wodtke, *Radical Focus* (2nd edition, 2021); Google re:Work, "Guide: Set goals
 * with OKRs"; Michael Porter, "What Is Strategy?" (Harvard Business Review, 1996); Jim
 * Collins, *Good to Great* (2001).
 * @public
 */

/** What the guide says about one step. @public */
export interface StepGuide {
  /** Why the step exists, in two sentences, shown under the step's heading. */
  readonly why: string;
  /** The title of the longer page ("Why this step?"). */
  readonly pageTitle: string;
  /** The longer page, one paragraph per string. */
  readonly page: readonly string[];
  /** What the page draws on, one source per string. */
  readonly sources: readonly string[];
  /** What the facilitator says, in order, one short line each. */
  readonly say: readonly string[];
  /** What to watch for that no rule can see (the live warnings come from watch-for.ts). */
  readonly watch: readonly string[];
}

/** The works the pages draw on (their text, per language, is the catalogue's). */
type SourceId = keyof typeof guidePages.en.sources;

/** What each step's page draws on, in the order the page lists them. */
const PAGE_SOURCES: Readonly<Record<Step, readonly SourceId[]>> = {
  onepager: ['porter', 'wodtke', 'collins', 'doerr'],
  alignment: ['doerr', 'collins', 'wodtke'],
  okrs: ['doerr', 'rework', 'wodtke'],
  review: ['doerr', 'rework'],
  drumbeat: ['wodtke', 'doerr'],
};

/** A step's longer "Why this step?" page. @public */
export type StepPage = Pick<StepGuide, 'pageTitle' | 'page' | 'sources'>;

/**
 * The longer "Why this step?" page of `step` in `language` (the catalogue's guidePages
 * section, shared/i18n/resources/guide-pages.ts: its types make every language carry every
 * paragraph of every step). Its paragraphs are the `p1`, `p2`, … keys, in order.
 * @public
 */
export function stepPage(step: Step, language: UiLanguage = DEFAULT_LANGUAGE): StepPage {
  const pages = guidePages[language];
  const { title, ...paragraphs } = pages[step];
  return {
    pageTitle: title,
    page: Object.values(paragraphs),
    sources: PAGE_SOURCES[step].map((id) => pages.sources[id]),
  };
}

/** A catalogue group of numbered lines (`s1`, `s2`, …) as a list, in their order. */
const lines = (group: Readonly<Record<string, string>>): readonly string[] => Object.values(group);

/**
 * The guide to each step, in agenda order, in English: the why, what to say and what to
 * watch for are the catalogue's (shared/i18n/resources/guide.ts, one copy for every
 * language), and so are the pages (`stepPage`, in any language).
 * @public
 */
export const STEP_GUIDES: Readonly<Record<Step, StepGuide>> = Object.fromEntries(
  (Object.keys(PAGE_SOURCES) as Step[]).map((step) => [
    step,
    {
      why: guide.en.why[step],
      ...stepPage(step),
      say: lines(guide.en.say[step]),
      watch: lines(guide.en.tips[step]),
    },
  ]),
) as Record<Step, StepGuide>;

/**
 * The live warnings of the run-sheet (see watch-for.ts), by message id. `_one` / `_other`
 * are the singular and plural of one message (i18next's suffixes).
 * @public
 */
export const WATCH_MESSAGES: Readonly<Record<string, string>> = flat('guide.watch', guide.en.watch);

/**
 * The closing checklist: what is done before people leave the room. `label` is the item,
 * `done` / `todo` the line under it (placeholders filled from the workshop).
 * @public
 */
export const CHECKLIST_MESSAGES: Readonly<Record<string, string>> = flat(
  'guide.checklist',
  guide.en.checklist,
);

/** A message's id as code names it: the plural forms `x_one` / `x_other` are both `x`. */
type MessageKey<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;

type English = typeof guide.en;
/** `guide.watch.krTasks`: a live warning's id, an i18next key of the catalogue. */
export type WatchMessageId = `guide.watch.${MessageKey<keyof English['watch'] & string>}`;
/** `guide.checklist.owners.todo`: a checklist line's id, an i18next key of the catalogue. */
export type ChecklistMessageId = {
  [G in keyof English['checklist'] & string]: `guide.checklist.${G}.${MessageKey<
    keyof English['checklist'][G] & string
  >}`;
}[keyof English['checklist'] & string];

const CATALOGUE: Readonly<Record<string, string>> = { ...WATCH_MESSAGES, ...CHECKLIST_MESSAGES };
const PLURAL = new Intl.PluralRules('en');

/**
 * The English text of a guide message with its placeholders filled. With a numeric `count`
 * and `id_one` / `id_other` in the catalogue, the plural form is chosen as i18next would;
 * an unknown id comes back as is.
 * @public
 */
export function formatGuideMessage(
  id: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const count = params.count;
  const form = typeof count === 'number' ? `${id}_${PLURAL.select(count)}` : null;
  const template =
    (form !== null ? (CATALOGUE[form] ?? CATALOGUE[`${id}_other`]) : undefined) ?? CATALOGUE[id];
  if (template === undefined) return id;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}
