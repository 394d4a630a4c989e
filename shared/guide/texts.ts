import type { Step } from '../protocol/room';
import { guide } from '../i18n/resources/guide';

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

const SOURCES = {
  doerr: 'John Doerr, Measure What Matters (Portfolio, 2018).',
  wodtke: 'Christina Wodtke, Radical Focus, 2nd edition (Cucina Media, 2021).',
  rework: 'Google re:Work, “Guide: Set goals with OKRs”.',
  porter: 'Michael E. Porter, “What Is Strategy?”, Harvard Business Review, November 1996.',
  collins: 'Jim Collins, Good to Great (HarperBusiness, 2001), on the “stop doing” list.',
} as const;

/**
 * The longer "Why this step?" pages, in English only for now (the translations are to come:
 * see the branch's report); the rest of the guide is the catalogue's.
 */
const PAGES: Readonly<Record<Step, Pick<StepGuide, 'pageTitle' | 'page' | 'sources'>>> = {
  onepager: {
    pageTitle: 'Why start with a strategy one-pager?',
    page: [
      'A goal-setting session that starts with goals tends to end with a wish list: every department brings its priorities and nobody says no. Starting from a strategy everyone can see gives the room something to test each goal against.',
      'Purpose says why the company exists beyond making money; the vision says where it wants to be in three to five years. Most companies already have both. Read them out, fix what no longer rings true, and move on: the hour is not for wordsmithing.',
      'The focus areas are the heart of the page: the two to five things that must move this cycle. Seven focus areas are not a focus; they are a list of everything. Health metrics are the few numbers that must not get worse while you change things, such as revenue, uptime or staff turnover. Christina Wodtke keeps them beside the OKRs in every weekly check-in, so that chasing a goal never quietly breaks something else.',
      'The not-doing list is where a strategy becomes real. Michael Porter put it plainly: the essence of strategy is choosing what not to do. Name the markets, products and requests you will turn down this cycle, so that whoever has to say no later knows it was decided together. Jim Collins calls it a stop-doing list.',
    ],
    sources: [SOURCES.porter, SOURCES.wodtke, SOURCES.collins, SOURCES.doerr],
  },
  alignment: {
    pageTitle: 'Why sort the projects before writing OKRs?',
    page: [
      'New goals on top of all the current work is how OKRs fail quietly: nothing is dropped, people are spread thinner, and by week six the goals are a slide nobody opens. So before anyone drafts an objective, the room looks at what is already running.',
      'Put every project that takes real time on the board, not only the big ones. For each, ask one question: does it serve a focus area? If it does, keep it; it will probably become an initiative under a key result. If it does not, kill it, or pause it with a date to look at it again.',
      'Killing a project is not a verdict on the people who ran it. Say why it stops (the card has a field for the reason), thank the team, and put it on the not-doing list so that it does not creep back next month.',
      'If every project ends up in Keep, the room has not chosen yet. John Doerr names focus as the first superpower of OKRs, and focus means there are good ideas you will not work on this quarter.',
    ],
    sources: [SOURCES.doerr, SOURCES.collins, SOURCES.wodtke],
  },
  okrs: {
    pageTitle: 'Why objectives and key results?',
    page: [
      'An objective is qualitative and a little uncomfortable, such as “Make the first visit the only visit”. It should make sense to someone outside the room and be worth remembering. One to three objectives a cycle are plenty; five are the most anyone can keep in mind.',
      'Key results are numbers that show the objective is being reached, from where it stands today to a target at the end of the cycle. “Raise first-time-fix rate from 71 % to 85 %” is a key result. “Build the parts-prediction model” is not: it is a task, worth doing, and it belongs under the key result as an initiative — the kept projects you link to it.',
      'A quick test for each key result: if we did all the work and the number did not move, would we call it a success? If the answer is yes, it is a task. Doerr quotes Marissa Mayer: it is not a key result unless it has a number.',
      'Teams write their own objectives under the company’s, so alignment runs both ways. OKRs belong to teams, not to individuals, and they are not a performance review: when people are paid for hitting them, they set them low. Doerr and Wodtke both keep OKRs apart from pay and appraisal.',
      'Aspirational objectives are meant to stretch: Google re:Work calls 60–70 % of a stretch goal a success. Committed objectives are promises and are met in full.',
    ],
    sources: [SOURCES.doerr, SOURCES.rework, SOURCES.wodtke],
  },
  review: {
    pageTitle: 'Why review and agree the set?',
    page: [
      'By now the room has argued over every line. Review is the moment to step back: read each objective and its key results aloud and ask whether the set as a whole is the right bet. Too many objectives, a team with nothing to do, a key result nobody owns: they show when you read it all at once.',
      'Then agree it. In Offsite the facilitator marks the set as agreed, which locks the OKR editors; changing them afterwards takes a deliberate unlock. Agreeing means “we commit to this”, not “everyone loves every word”.',
      'Export the PDF and share it, with the not-doing list, the same day, while the room still remembers why each line is there. Doerr and Google both make OKRs visible to the whole company: people cannot align with goals they cannot see. Markdown, CSV and JSON are for the tools your teams already use.',
    ],
    sources: [SOURCES.doerr, SOURCES.rework],
  },
  drumbeat: {
    pageTitle: 'Why a weekly drumbeat?',
    page: [
      'Most OKRs fail after the offsite, not during it. The remedy is a drumbeat: every week each team updates its key results with the current value, how confident it is of reaching the target (0 to 10), and a note on what changed.',
      'Early in the cycle, confidence says more than the value. Christina Wodtke suggests starting at 5 out of 10, a coin toss, which is what a real stretch goal is, and talking about any confidence that drops. A falling confidence in week three is a conversation; a missed target in week twelve is a post-mortem.',
      'Use these minutes to set the cycle’s start and end and the check-in day, and to agree who updates which key result. The first check-in should be within a week of the workshop.',
      'Keep the check-in short: it is not a status report. The question each week is whether we are still on course and what we need to stay there.',
    ],
    sources: [SOURCES.wodtke, SOURCES.doerr],
  },
};

/** A catalogue group of numbered lines (`s1`, `s2`, …) as a list, in their order. */
const lines = (group: Readonly<Record<string, string>>): readonly string[] => Object.values(group);

/**
 * The guide to each step, in agenda order, in English: the why, what to say and what to
 * watch for are the catalogue's (shared/i18n/resources/guide.ts, one copy for every
 * language); the pages are PAGES above.
 * @public
 */
export const STEP_GUIDES: Readonly<Record<Step, StepGuide>> = Object.fromEntries(
  (Object.keys(PAGES) as Step[]).map((step) => [
    step,
    {
      why: guide.en.why[step],
      ...PAGES[step],
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
