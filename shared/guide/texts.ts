import type { Step } from '../protocol/room';

/**
 * The facilitator's guide, in English: for each step why it exists (two sentences for a
 * manager who has never done OKRs, and a longer page with its sources), what the
 * facilitator says, and what to watch for; the live warnings and the closing checklist.
 *
 * Every value is a whole sentence or paragraph — never a fragment glued to another — and
 * the catalogue is plain data (strings and arrays of strings, keyed by step), so the
 * translations to come (i18next) can take it over as one resource file as it stands:
 * `{count}` and `{date}` are placeholders, and a key ending in `_one` / `_other` is the
 * singular / plural of one message, i18next's plural suffixes.
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

/** The guide to each step, in agenda order. @public */
export const STEP_GUIDES: Readonly<Record<Step, StepGuide>> = {
  onepager: {
    why: 'OKRs work when everyone aims at the same few things. This page says why we exist, where we are going, what gets our effort this cycle, and what does not.',
    pageTitle: 'Why start with a strategy one-pager?',
    page: [
      'A goal-setting session that starts with goals tends to end with a wish list: every department brings its priorities and nobody says no. Starting from a strategy everyone can see gives the room something to test each goal against.',
      'Purpose says why the company exists beyond making money; the vision says where it wants to be in three to five years. Most companies already have both. Read them out, fix what no longer rings true, and move on: the hour is not for wordsmithing.',
      'The focus areas are the heart of the page: the two to five things that must move this cycle. Seven focus areas are not a focus; they are a list of everything. Health metrics are the few numbers that must not get worse while you change things, such as revenue, uptime or staff turnover. Christina Wodtke keeps them beside the OKRs in every weekly check-in, so that chasing a goal never quietly breaks something else.',
      'The not-doing list is where a strategy becomes real. Michael Porter put it plainly: the essence of strategy is choosing what not to do. Name the markets, products and requests you will turn down this cycle, so that whoever has to say no later knows it was decided together. Jim Collins calls it a stop-doing list.',
    ],
    sources: [SOURCES.porter, SOURCES.wodtke, SOURCES.collins, SOURCES.doerr],
    say: [
      'Today we leave with a few goals everyone can repeat from memory, not a plan for everything.',
      'Purpose and vision: does this still ring true? If not, say so now rather than after lunch.',
      'Which two to five areas must move this cycle? If we name seven, we have named none.',
      'What will we say no to? Writing it down protects the people who will have to say it.',
    ],
    watch: [
      'More than five focus areas: ask the room to merge some or drop some.',
      'More than ten minutes on the wording of the purpose or vision: park it and move on.',
      'An empty not-doing list: every yes this cycle needs a no.',
    ],
  },
  alignment: {
    why: 'Every team is already busy. Sorting each running project into Keep or Kill against the focus areas frees the people and the time the new goals need.',
    pageTitle: 'Why sort the projects before writing OKRs?',
    page: [
      'New goals on top of all the current work is how OKRs fail quietly: nothing is dropped, people are spread thinner, and by week six the goals are a slide nobody opens. So before anyone drafts an objective, the room looks at what is already running.',
      'Put every project that takes real time on the board, not only the big ones. For each, ask one question: does it serve a focus area? If it does, keep it; it will probably become an initiative under a key result. If it does not, kill it, or pause it with a date to look at it again.',
      'Killing a project is not a verdict on the people who ran it. Say why it stops (the card has a field for the reason), thank the team, and put it on the not-doing list so that it does not creep back next month.',
      'If every project ends up in Keep, the room has not chosen yet. John Doerr names focus as the first superpower of OKRs, and focus means there are good ideas you will not work on this quarter.',
    ],
    sources: [SOURCES.doerr, SOURCES.collins, SOURCES.wodtke],
    say: [
      'Every running project goes on the board: if it takes people’s time, it goes up.',
      'For each one: does it serve one of our focus areas? Keep or kill; the Inbox is not an answer.',
      'Killing is not blaming. We say why it stops, and it goes on the not-doing list.',
      'If everything stays, we are adding goals without making room for them.',
    ],
    watch: [
      'Every project kept: the room has not chosen yet.',
      'Kept projects that serve no focus area.',
      'Projects still in the Inbox when time is up.',
    ],
  },
  okrs: {
    why: 'An objective says where we want to be; two to five key results say how we will know. Outcomes, not tasks, are what turn a to-do list into a goal.',
    pageTitle: 'Why objectives and key results?',
    page: [
      'An objective is qualitative and a little uncomfortable, such as “Make the first visit the only visit”. It should make sense to someone outside the room and be worth remembering. One to three objectives a cycle are plenty; five are the most anyone can keep in mind.',
      'Key results are numbers that show the objective is being reached, from where it stands today to a target at the end of the cycle. “Raise first-time-fix rate from 71 % to 85 %” is a key result. “Build the parts-prediction model” is not: it is a task, worth doing, and it belongs under the key result as an initiative — the kept projects you link to it.',
      'A quick test for each key result: if we did all the work and the number did not move, would we call it a success? If the answer is yes, it is a task. Doerr quotes Marissa Mayer: it is not a key result unless it has a number.',
      'Teams write their own objectives under the company’s, so alignment runs both ways. OKRs belong to teams, not to individuals, and they are not a performance review: when people are paid for hitting them, they set them low. Doerr and Wodtke both keep OKRs apart from pay and appraisal.',
      'Aspirational objectives are meant to stretch: Google re:Work calls 60–70 % of a stretch goal a success. Committed objectives are promises and are met in full.',
    ],
    sources: [SOURCES.doerr, SOURCES.rework, SOURCES.wodtke],
    say: [
      'An objective is where we want to be, in words and without numbers. What would make this cycle a win?',
      'For each objective: how would we know? Give me a number, where it is today and where it should be.',
      'If we did all the work and the number did not move, would we call it a success? Then it is a task: what number should it change?',
      'Every key result needs a team that owns it. A team, not a person.',
    ],
    watch: [
      'Key results that are tasks: “launch”, “build”, “write”, “complete”.',
      'More than three objectives, or an objective with a single key result.',
      'A wording debate past five minutes: agree the intent, polish it later.',
    ],
  },
  review: {
    why: 'Reading the whole set aloud and agreeing it together turns a draft into a commitment. The PDF is what people will see on the wall all cycle.',
    pageTitle: 'Why review and agree the set?',
    page: [
      'By now the room has argued over every line. Review is the moment to step back: read each objective and its key results aloud and ask whether the set as a whole is the right bet. Too many objectives, a team with nothing to do, a key result nobody owns: they show when you read it all at once.',
      'Then agree it. In Offsite the facilitator marks the set as agreed, which locks the OKR editors; changing them afterwards takes a deliberate unlock. Agreeing means “we commit to this”, not “everyone loves every word”.',
      'Export the PDF and share it, with the not-doing list, the same day, while the room still remembers why each line is there. Doerr and Google both make OKRs visible to the whole company: people cannot align with goals they cannot see. Markdown, CSV and JSON are for the tools your teams already use.',
    ],
    sources: [SOURCES.doerr, SOURCES.rework],
    say: [
      'Let’s read the whole set once, top to bottom. Is there anything we could not live with?',
      'Does every key result have a team that owns it?',
      'I am marking this as agreed. From now on a change is a decision, not an edit.',
      'The PDF goes out today, together with what we decided not to do.',
    ],
    watch: [
      'Key results without a team that owns them.',
      'Someone silent the whole session: ask them directly before you agree.',
    ],
  },
  drumbeat: {
    why: 'Goals looked at once a quarter are forgotten in three weeks. A short weekly check-in on each key result — value, confidence, one line of news — keeps them alive.',
    pageTitle: 'Why a weekly drumbeat?',
    page: [
      'Most OKRs fail after the offsite, not during it. The remedy is a drumbeat: every week each team updates its key results with the current value, how confident it is of reaching the target (0 to 10), and a note on what changed.',
      'Early in the cycle, confidence says more than the value. Christina Wodtke suggests starting at 5 out of 10, a coin toss, which is what a real stretch goal is, and talking about any confidence that drops. A falling confidence in week three is a conversation; a missed target in week twelve is a post-mortem.',
      'Use these minutes to set the cycle’s start and end and the check-in day, and to agree who updates which key result. The first check-in should be within a week of the workshop.',
      'Keep the check-in short: it is not a status report. The question each week is whether we are still on course and what we need to stay there.',
    ],
    sources: [SOURCES.wodtke, SOURCES.doerr],
    say: [
      'When do we check in? Let’s pick the day now, and the first date, within a week.',
      'Each week: the number, your confidence out of ten, and one line on what changed.',
      'A drop in confidence is news, not failure. Bring it to the check-in.',
    ],
    watch: [
      'No cycle dates or check-in day set before people leave.',
      'A key result nobody has agreed to update.',
    ],
  },
};

/**
 * The live warnings of the run-sheet (see watch-for.ts), by message id. `_one` / `_other`
 * are the singular and plural of one message (i18next's suffixes).
 * @public
 */
export const WATCH_MESSAGES = {
  'guide.watch.focusAreasNone': 'No focus areas yet — aim for 2–5.',
  'guide.watch.focusAreasOne': 'Only one focus area — aim for 2–5.',
  'guide.watch.focusAreasMany': '{count} focus areas — aim for 2–5.',
  'guide.watch.notDoingEmpty': 'Nothing on the not-doing list yet — every yes needs a no.',
  'guide.watch.noProjects': 'No projects on the board yet — list every running project first.',
  'guide.watch.allKept': 'All {count} projects are in Keep: kill something.',
  'guide.watch.inboxLeft_one': '1 project is still in the Inbox.',
  'guide.watch.inboxLeft_other': '{count} projects are still in the Inbox.',
  'guide.watch.keptWithoutFocus_one': '1 kept project serves no focus area.',
  'guide.watch.keptWithoutFocus_other': '{count} kept projects serve no focus area.',
  'guide.watch.noObjectives': 'No objectives yet — start with one the whole room cares about.',
  'guide.watch.tooManyObjectives': '{count} company objectives — aim for 1–3.',
  'guide.watch.objectiveWithoutKrs_one': '1 objective has no key result.',
  'guide.watch.objectiveWithoutKrs_other': '{count} objectives have no key result.',
  'guide.watch.krTasks_one': '1 key result reads like a task.',
  'guide.watch.krTasks_other': '{count} key results read like tasks.',
  'guide.watch.krWithoutTeam_one': '1 key result has no team that owns it.',
  'guide.watch.krWithoutTeam_other': '{count} key results have no team that owns it.',
  'guide.watch.noCycleDates': 'No cycle dates yet — set the start, the end and the check-in day.',
} as const;

/**
 * The closing checklist: what is done before people leave the room. `label` is the item,
 * `done` / `todo` the line under it (placeholders filled from the workshop).
 * @public
 */
export const CHECKLIST_MESSAGES = {
  'guide.checklist.agreed.label': 'OKRs agreed',
  'guide.checklist.agreed.done': 'The facilitator marked the set as agreed.',
  'guide.checklist.agreed.todo': 'Agree the set in OKR drafting or Review & export.',
  'guide.checklist.owners.label': 'A team owns every key result',
  'guide.checklist.owners.done': 'Every key result has a team.',
  'guide.checklist.owners.todo_one': '1 key result has no team yet.',
  'guide.checklist.owners.todo_other': '{count} key results have no team yet.',
  'guide.checklist.owners.none': 'There are no key results yet.',
  'guide.checklist.firstCheckIn.label': 'First check-in date set',
  'guide.checklist.firstCheckIn.done': 'First check-in: {date}.',
  'guide.checklist.firstCheckIn.todo': 'Set the cycle dates and the check-in day in Drumbeat.',
  'guide.checklist.pdf.label': 'PDF exported',
  'guide.checklist.pdf.todo': 'Export it in Review & export and send it the same day.',
  'guide.checklist.notDoing.label': 'Not-doing list shared',
  'guide.checklist.notDoing.todo_one': 'Send the 1 item on the not-doing list with the PDF.',
  'guide.checklist.notDoing.todo_other':
    'Send the {count} items on the not-doing list with the PDF.',
  'guide.checklist.notDoing.empty': 'The not-doing list is empty: add what was killed or refused.',
} as const;

/** A message's id as code names it: the plural forms `x_one` / `x_other` are both `x`. */
type MessageKey<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;

export type WatchMessageId = MessageKey<keyof typeof WATCH_MESSAGES>;
export type ChecklistMessageId = MessageKey<keyof typeof CHECKLIST_MESSAGES>;

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
