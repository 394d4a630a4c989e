import type { RuleId } from './finding';

/**
 * Per rule: why it matters, how to fix it, and one good and one weak example. Shown when
 * someone expands a coach hint; `fix` is also the one-line `hint` of each finding.
 * @public
 */
export interface RuleHint {
  readonly title: string;
  readonly why: string;
  readonly fix: string;
  readonly good: string;
  readonly weak: string;
}

export const HINTS: Readonly<Record<RuleId, RuleHint>> = {
  'too-many-objectives': {
    title: 'Too many objectives',
    why: 'Focus is the point of OKRs: with more than three objectives, each gets a fraction of the attention and none moves much.',
    fix: 'Aim for 1–3 objectives; merge related ones and move the rest to the not-doing list or to next cycle.',
    good: 'Three objectives, each tied to a focus area.',
    weak: 'Eight objectives, one per department wish.',
  },
  'objective-without-krs': {
    title: 'Objective without key results',
    why: 'Without key results nobody can tell whether the objective was reached: it stays a wish.',
    fix: 'Add 2–5 key results that would show, in numbers, that the objective came true.',
    good: 'Make the first visit the only visit — first-time-fix rate from 71% to 85%; repeat visits per 100 jobs from 22 to 12.',
    weak: 'Make the first visit the only visit — (no key results).',
  },
  'too-few-krs': {
    title: 'Only one key result',
    why: 'One number is easy to game and rarely captures the whole objective; a second one balances it (quantity with quality).',
    fix: 'Add a second key result that measures another side of the objective, e.g. quality next to volume.',
    good: 'Grow paying DACH customers from 14 to 40 — and keep 90-day churn at or below 2%.',
    weak: 'Grow paying DACH customers from 14 to 40 (alone).',
  },
  'too-many-krs': {
    title: 'Too many key results',
    why: 'More than five key results dilute focus and usually mix in tasks and health metrics.',
    fix: 'Keep the 3–5 key results that best prove the objective; move tasks to initiatives and steady metrics to health metrics.',
    good: 'Three key results: conversion, retention and revenue per account.',
    weak: 'Nine key results, four of which are launches.',
  },
  'objective-is-metric': {
    title: 'Objective reads like a key result',
    why: 'An objective says where we want to go and why it matters; numbers belong in the key results that measure it.',
    fix: 'Say the qualitative change you want, and move the number into a key result.',
    good: 'Become the obvious choice for DACH service companies.',
    weak: 'Double the user base.',
  },
  'objective-is-task': {
    title: 'Objective is a task or deliverable',
    why: 'A deliverable can be shipped without anything improving for anyone; an objective names the change it should bring.',
    fix: 'Ask “so that what?” and write that as the objective; the deliverable becomes an initiative under a key result.',
    good: 'Launch an MVP that delights our first hundred field technicians.',
    weak: 'Finish the CRM migration by March 31.',
  },
  'objective-generic': {
    title: 'Objective is generic',
    why: 'A good intention that fits any company gives nobody direction: it names no one who benefits and nothing that visibly changes.',
    fix: 'Name who benefits and what will be visibly different for them when you succeed.',
    good: 'New customers succeed in their first month.',
    weak: 'Improve project management.',
  },
  'objective-business-as-usual': {
    title: 'Business as usual',
    why: 'OKRs are for what must change; keeping things as they are is a health metric to watch, not an objective.',
    fix: 'Move it to the health metrics of the one-pager, or say what should be better than today.',
    good: 'Make downtime something our customers never notice.',
    weak: 'Maintain uptime.',
  },
  'team-objective-unaligned': {
    title: 'Team objective not aligned',
    why: 'A team objective that supports no company objective and no focus area pulls the team away from the strategy.',
    fix: 'Link it to the company objective or focus area it serves — or ask whether it belongs in this cycle.',
    good: 'Customer Success: “New customers succeed in their first month”, under “Keep the customers we have”.',
    weak: 'A team objective with no parent and no focus area.',
  },
  'objective-without-focus-area': {
    title: 'Objective without focus area',
    why: 'Each objective should serve one of the strategy’s focus areas; otherwise it may be a pet project.',
    fix: 'Pick the focus area this objective serves.',
    good: '“Make the first visit the only visit” → focus area “First-time fix”.',
    weak: 'An objective linked to no focus area.',
  },
  'kr-binary-progress': {
    title: 'Key result is “% done”',
    why: 'A 0–100 % done key result tracks an initiative’s progress, not whether it changed anything; it is usually 0 % until it is 100 %.',
    fix: 'Make the initiative a project and measure the effect it should have.',
    good: 'Cut median page load from 3.2 s to 1.5 s.',
    weak: '100% of the migration done.',
  },
  'kr-is-output': {
    title: 'Key result is an output, not an outcome',
    why: 'Launching, building or holding meetings can all be done without anyone behaving differently; a key result measures the change in customer or business behaviour the work should cause.',
    fix: 'Ask what the work should change and measure that; keep the work itself as an initiative (a kept project).',
    good: 'Launch the referral programme to improve sign-ups by 25 percent.',
    weak: 'Write 10,000 lines of code, up from 6,000.',
  },
  'kr-not-measurable': {
    title: 'Key result has no number',
    why: 'If it has no number, it is not a key result: at the end of the cycle nobody can say whether it was met.',
    fix: 'Add a metric with a target (and its baseline), e.g. “from 30 to 50”.',
    good: 'Increase NPS from 30 to 50.',
    weak: 'Improve customer satisfaction.',
  },
  'kr-missing-baseline': {
    title: 'Target without a baseline',
    why: 'Without the starting value nobody can judge how ambitious the target is or see progress.',
    fix: 'Add where the metric is today: “from X to Y”, or fill in the baseline.',
    good: 'Raise first-time-fix rate from 71% to 85%.',
    weak: 'Raise first-time-fix rate to 85%.',
  },
  'kr-names-appraisal': {
    title: 'Key result names a person’s appraisal or pay',
    why: 'OKRs are owned by teams and are not a performance-appraisal tool: tied to a bonus, a review or a ranking, they invite safe targets and stop people from stretching.',
    fix: 'Keep the team outcome in the key result and leave bonuses, reviews, salaries and rankings out of the OKRs.',
    good: 'Grow qualified pipeline from $50k to $200k.',
    weak: 'Close 20 deals so Maria earns her Q3 bonus.',
  },
  'not-checked': {
    title: 'Wording not checked',
    why: 'The coach judges wording only in the languages it has rules for (English, German, Italian); in any other language a verdict would be a guess.',
    fix: 'Nothing to fix: the structure (counts, alignment) is still checked; judge the wording together in the room.',
    good: 'A key result in French still gets its count and alignment checked.',
    weak: 'A wrong “not measurable” on a key result the coach cannot read.',
  },
  'project-kept-without-focus': {
    title: 'Kept project without focus area',
    why: 'A kept project should serve the strategy; one linked to no focus area is a candidate to kill.',
    fix: 'Tag the focus area it serves, or move it to Kill.',
    good: 'Offline mode for the technician app → “First-time fix”.',
    weak: 'A kept project tagged with no focus area.',
  },
};
