import { analyseKeyResult, withoutDismissed, type Finding } from '../coach';
import { isIsoDate } from '../dates';
import type { Workshop } from '../model/types';
import type { Step } from '../protocol/room';
import { formatGuideMessage, type WatchMessageId } from './texts';

/**
 * The run-sheet's live warnings: what a facilitator should watch for at each step, read
 * from the workshop as it is now. Pure and total: whatever a snapshot holds, they return a
 * list and never throw. They advise the facilitator; nothing is blocked by them.
 * @public
 */

/** A rule's id; one per thing to watch. @public */
export type WatchId =
  | 'focus-areas-none'
  | 'focus-areas-one'
  | 'focus-areas-many'
  | 'not-doing-empty'
  | 'no-projects'
  | 'all-kept'
  | 'inbox-left'
  | 'kept-without-focus'
  | 'no-objectives'
  | 'too-many-objectives'
  | 'objective-without-krs'
  | 'kr-tasks'
  | 'kr-without-team'
  | 'no-cycle-dates';

/** One live warning. `warning` asks the facilitator to act; `info` is a reminder. @public */
export interface Watch {
  readonly id: WatchId;
  readonly step: Step;
  readonly severity: 'warning' | 'info';
  /** The message's id in WATCH_MESSAGES (plural forms by `params.count`). */
  readonly messageId: WatchMessageId;
  readonly params: Readonly<Record<string, number>>;
  /** The message in English. */
  readonly message: string;
}

/** The focus areas a cycle should have: more is no focus, fewer leaves the board nothing to sort by. @public */
export const FOCUS_AREA_RANGE = { min: 2, max: 5 } as const;

/** Company objectives above this many get a warning (the coach's own advice: 1–3). @public */
export const COMPANY_OBJECTIVES_MAX = 3;

/** The coach's findings that say a key result describes work rather than a change. */
const TASK_RULES = new Set(['kr-is-output', 'kr-binary-progress']);

export interface WatchOptions {
  /** The workshop's language (BCP 47) for the coach's wording rules; absent: detected per item. */
  readonly language?: string | null;
}

function watch(
  id: WatchId,
  step: Step,
  severity: Watch['severity'],
  messageId: WatchMessageId,
  params: Readonly<Record<string, number>> = {},
): Watch {
  return { id, step, severity, messageId, params, message: formatGuideMessage(messageId, params) };
}

function onePagerWatches(w: Workshop): Watch[] {
  const out: Watch[] = [];
  const focusAreas = w.onePager.focusAreas.length;
  if (focusAreas === 0) {
    out.push(watch('focus-areas-none', 'onepager', 'warning', 'guide.watch.focusAreasNone'));
  } else if (focusAreas < FOCUS_AREA_RANGE.min) {
    out.push(watch('focus-areas-one', 'onepager', 'info', 'guide.watch.focusAreasOne'));
  } else if (focusAreas > FOCUS_AREA_RANGE.max) {
    out.push(
      watch('focus-areas-many', 'onepager', 'warning', 'guide.watch.focusAreasMany', {
        count: focusAreas,
      }),
    );
  }
  if (w.onePager.notDoing.length === 0) {
    out.push(watch('not-doing-empty', 'onepager', 'info', 'guide.watch.notDoingEmpty'));
  }
  return out;
}

function alignmentWatches(w: Workshop): Watch[] {
  const projects = w.projects;
  if (projects.length === 0) {
    return [watch('no-projects', 'alignment', 'info', 'guide.watch.noProjects')];
  }
  const out: Watch[] = [];
  const kept = projects.filter((p) => p.column === 'keep');
  const inbox = projects.filter((p) => p.column === 'inbox').length;
  // One kept project alone is no pattern; two or more with nothing killed is.
  if (kept.length === projects.length && kept.length >= 2) {
    out.push(
      watch('all-kept', 'alignment', 'warning', 'guide.watch.allKept', { count: kept.length }),
    );
  }
  const unfocused = kept.filter((p) => p.focusAreaIds.length === 0).length;
  if (unfocused > 0) {
    out.push(
      watch('kept-without-focus', 'alignment', 'warning', 'guide.watch.keptWithoutFocus', {
        count: unfocused,
      }),
    );
  }
  if (inbox > 0) {
    out.push(watch('inbox-left', 'alignment', 'info', 'guide.watch.inboxLeft', { count: inbox }));
  }
  return out;
}

/** The key results the coach says describe work (an output, or "% done"), dismissals respected. */
export function taskLikeKeyResults(w: Workshop, options: WatchOptions = {}): string[] {
  const findings: Finding[] = [];
  for (const kr of w.keyResults) {
    findings.push(...analyseKeyResult(kr, { language: options.language }));
  }
  const ids = withoutDismissed(findings, w.dismissals ?? [])
    .filter((f) => TASK_RULES.has(f.rule))
    .map((f) => f.target.id);
  return [...new Set(ids)];
}

function okrWatches(w: Workshop, options: WatchOptions): Watch[] {
  if (w.objectives.length === 0) {
    return [watch('no-objectives', 'okrs', 'info', 'guide.watch.noObjectives')];
  }
  const out: Watch[] = [];
  const company = w.objectives.filter((o) => o.team === null || o.team.trim() === '').length;
  if (company > COMPANY_OBJECTIVES_MAX) {
    out.push(
      watch('too-many-objectives', 'okrs', 'warning', 'guide.watch.tooManyObjectives', {
        count: company,
      }),
    );
  }
  const withKrs = new Set(w.keyResults.map((kr) => kr.objectiveId));
  const bare = w.objectives.filter((o) => !withKrs.has(o.id)).length;
  if (bare > 0) {
    out.push(
      watch('objective-without-krs', 'okrs', 'warning', 'guide.watch.objectiveWithoutKrs', {
        count: bare,
      }),
    );
  }
  const tasks = taskLikeKeyResults(w, options).length;
  if (tasks > 0) {
    out.push(watch('kr-tasks', 'okrs', 'warning', 'guide.watch.krTasks', { count: tasks }));
  }
  return out;
}

/**
 * Key results no team owns: neither the key result nor its objective names a team. A
 * company objective's key result needs its own team; a team objective's are that team's.
 * @public
 */
export function keyResultsWithoutTeam(w: Workshop): string[] {
  const objectiveTeam = new Map(w.objectives.map((o) => [o.id, (o.team ?? '').trim()]));
  return w.keyResults
    .filter((kr) => kr.team.trim() === '' && !objectiveTeam.get(kr.objectiveId))
    .map((kr) => kr.id);
}

function reviewWatches(w: Workshop): Watch[] {
  const unowned = keyResultsWithoutTeam(w).length;
  return unowned > 0
    ? [
        watch('kr-without-team', 'review', 'warning', 'guide.watch.krWithoutTeam', {
          count: unowned,
        }),
      ]
    : [];
}

function drumbeatWatches(w: Workshop): Watch[] {
  const { cycleStart, cycleEnd } = w.meta;
  return isIsoDate(cycleStart) && isIsoDate(cycleEnd)
    ? []
    : [watch('no-cycle-dates', 'drumbeat', 'warning', 'guide.watch.noCycleDates')];
}

/**
 * Every live warning on the workshop, in agenda order and, within a step, most pressing
 * first.
 * @public
 * @example
 * ```ts
 * watchFor(workshop).filter((w) => w.step === 'alignment');
 * // [{ id: 'all-kept', message: 'All 12 projects are in Keep: kill something.', … }]
 * ```
 */
export function watchFor(w: Workshop, options: WatchOptions = {}): Watch[] {
  return [
    ...onePagerWatches(w),
    ...alignmentWatches(w),
    ...okrWatches(w, options),
    ...reviewWatches(w),
    ...drumbeatWatches(w),
  ];
}
