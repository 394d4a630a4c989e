import { cycleDatesFromName, datesFollowName } from '../cycle-name';
import { addDays, dayNumber } from '../dates';
import { newId } from '../model/ids';
import { workshopToJson } from '../model/interchange/export';
import type { KeyResultJson, WorkshopJson } from '../model/interchange/json-types';
import { isEmptyRetro, RETRO_FIELDS, type PreviousCycle, type RetroTexts } from '../model/records';
import type { KeyResult, Workshop } from '../model/types';
import { cycleGrades } from './grades';
import { keyResultProgress } from './progress';

/** Options of {@link nextCycleJson}. @public */
export interface NextCycleOptions {
  /** The next cycle's name, e.g. "2027-Q2". */
  readonly cycle: string;
  /** Ids of the objectives the team keeps for the next cycle (in any order); none by default. */
  readonly keep?: readonly string[];
  /** The day the finished cycle is read on: its grades, and suggestions for ungraded ones. */
  readonly today: string;
  /** Makes the new workshop's id and its key results' ids; random UUIDs by default. */
  readonly makeId?: () => string;
}

/** An objective to keep that the finished cycle does not have. @public */
export class UnknownObjectiveError extends Error {
  constructor(
    readonly ids: readonly string[],
    readonly known: readonly { readonly id: string; readonly title: string }[],
  ) {
    super(
      `no objective with id ${ids.map((id) => JSON.stringify(id)).join(', ')}; the objectives are: ${
        known.map((o) => `${o.id} (${o.title})`).join(', ') || 'none'
      }`,
    );
    this.name = 'UnknownObjectiveError';
  }
}

/** A retrospective's answered questions only (the JSON leaves empty ones out anyway). */
function answered(retro: RetroTexts | undefined): Partial<RetroTexts> | undefined {
  if (retro === undefined || isEmptyRetro(retro)) return undefined;
  return Object.fromEntries(RETRO_FIELDS.filter((f) => retro[f] !== '').map((f) => [f, retro[f]]));
}

/**
 * How the finished cycle ended, small enough to copy into the next: each objective's score
 * and kind, each key result's grade (the team's, or the suggestion, flagged) and reason,
 * and the retrospectives. This is what the team sees while it redrafts.
 * @public
 */
export function previousCycleSummary(w: Workshop, today: string): PreviousCycle {
  const grades = cycleGrades(w, today);
  const retros = new Map((w.retrospectives ?? []).map((r) => [r.objectiveId, r]));
  const titles = new Map(w.keyResults.map((k) => [k.id, k.title]));
  const cycleRetro = answered(w.cycleRetro);
  return {
    id: w.meta.id,
    title: w.meta.title,
    cycle: w.meta.cycle,
    objectives: w.objectives.map((o, i) => {
      const g = grades[i]!;
      const retro = answered(retros.get(o.id));
      return {
        id: o.id,
        title: o.title,
        kind: o.kind,
        score: g.score === null ? null : Math.round(g.score * 100) / 100,
        keyResults: g.keyResults.map((k) => ({
          title: titles.get(k.keyResultId) ?? '',
          grade: k.score,
          ...(!k.graded && k.score !== null ? { suggested: true } : {}),
          ...(k.reason ? { reason: k.reason } : {}),
        })),
        ...(retro ? { retrospective: retro } : {}),
      };
    }),
    ...(cycleRetro ? { retrospective: cycleRetro } : {}),
  };
}

/** Where the finished cycle left a key result: its latest value, else the value it started from. */
function endValue(kr: KeyResult, w: Workshop): number | null {
  return keyResultProgress(kr, w.checkIns).latest?.value ?? kr.baseline;
}

/**
 * The next cycle's dates. When its name gives them ("2027-Q2": April to June) and the
 * finished cycle's dates were its name's too, or it had none, those: quarters differ in
 * length, so "as long" would end Q2 on 29 June. Otherwise — dates someone chose — from
 * the day after this one ends, as long as this one; none when it had none.
 */
function nextDates(w: Workshop, cycle: string): { cycleStart?: string; cycleEnd?: string } {
  const named = cycleDatesFromName(cycle);
  const none = w.meta.cycleStart === '' && w.meta.cycleEnd === '';
  if (named && (none || datesFollowName(w.meta)))
    return { cycleStart: named.start, cycleEnd: named.end };
  const start = dayNumber(w.meta.cycleStart);
  const end = dayNumber(w.meta.cycleEnd);
  if (start === null || end === null || end <= start) return {};
  const cycleStart = addDays(w.meta.cycleEnd, 1)!;
  return { cycleStart, cycleEnd: addDays(cycleStart, end - start)! };
}

/**
 * The next cycle of a finished one, as a new workshop in the interchange format: a new id,
 * `previousCycle` linking back (with {@link previousCycleSummary}), and what carries over —
 * the one-pager (texts, focus areas, not-doing list, health metrics), the projects kept and
 * still running (Keep), and the objectives the team keeps for the year. Their key results
 * are carried as drafts to rewrite: new ids, the same wording and target, the baseline set
 * to where the finished cycle left them, no current value, no confidence. Nothing else
 * carries: no check-ins, no grades, no retrospectives, not agreed. The dates are the new
 * name's ("2027-Q2") or follow on from the finished cycle's (see `nextDates`); the check-in
 * day stays.
 * @throws UnknownObjectiveError when `keep` names an objective the workshop does not have.
 * @public
 */
export function nextCycleJson(prev: Workshop, options: NextCycleOptions): WorkshopJson {
  const makeId = options.makeId ?? newId;
  const keep = new Set(options.keep ?? []);
  const unknown = [...keep].filter((id) => !prev.objectives.some((o) => o.id === id));
  if (unknown.length > 0) throw new UnknownObjectiveError(unknown, prev.objectives);
  const old = workshopToJson(prev);
  const projects = old.projects.filter((p) => p.column === 'keep');
  const projectIds = new Set(projects.map((p) => p.id));
  const byId = new Map(prev.keyResults.map((k) => [k.id, k]));
  const draft = (kr: KeyResultJson): KeyResultJson => {
    const { grade: _grade, current: _current, confidence: _confidence, ...rest } = kr;
    const initiatives = (kr.initiatives ?? []).filter((id) => projectIds.has(id));
    const baseline = endValue(byId.get(kr.id)!, prev);
    return {
      ...rest,
      id: makeId(),
      ...(baseline === null ? {} : { baseline }),
      ...(initiatives.length > 0 ? { initiatives } : { initiatives: undefined }),
    };
  };
  const objectives = old.objectives
    .filter((o) => keep.has(o.id))
    .map(({ retrospective: _retro, keyResults, ...o }) => ({
      ...o,
      parentId: o.parentId && keep.has(o.parentId) ? o.parentId : null,
      keyResults: keyResults.map(draft),
    }));
  const dismissedFindings = (old.dismissedFindings ?? []).filter((d) => keep.has(d.targetId));
  const json: WorkshopJson = {
    format: old.format,
    version: old.version,
    id: makeId(),
    title: old.title,
    cycle: options.cycle,
    ...nextDates(prev, options.cycle),
    ...(old.checkInWeekday === undefined ? {} : { checkInWeekday: old.checkInWeekday }),
    previousCycle: previousCycleSummary(prev, options.today),
    ...(dismissedFindings.length > 0 ? { dismissedFindings } : {}),
    onePager: old.onePager,
    projects,
    objectives,
    checkIns: [],
  };
  // JSON.stringify drops the `undefined`s left by the spreads above.
  return JSON.parse(JSON.stringify(json)) as WorkshopJson;
}

/**
 * The name of the cycle after `cycle`, when it follows a pattern: a quarter (`2027-Q1` →
 * `2027-Q2`, `2027-Q4` → `2028-Q1`, also `Q4 2027` and `2027 Q4`), a half (`2027-H2` →
 * `2028-H1`) or a year (`2027` → `2028`). '' otherwise: the team names it.
 * @public
 */
export function suggestNextCycleName(cycle: string): string {
  const name = cycle.trim();
  const quarter = /^(\d{4})([-\s]?)Q([1-4])$/i.exec(name);
  if (quarter) {
    const [year, sep, q] = [Number(quarter[1]), quarter[2]!, Number(quarter[3])];
    return q === 4 ? `${year + 1}${sep}Q1` : `${year}${sep}Q${q + 1}`;
  }
  const quarterFirst = /^Q([1-4])([-\s]?)(\d{4})$/i.exec(name);
  if (quarterFirst) {
    const [q, sep, year] = [Number(quarterFirst[1]), quarterFirst[2]!, Number(quarterFirst[3])];
    return q === 4 ? `Q1${sep}${year + 1}` : `Q${q + 1}${sep}${year}`;
  }
  const half = /^(\d{4})([-\s]?)H([12])$/i.exec(name);
  if (half) {
    const [year, sep, h] = [Number(half[1]), half[2]!, Number(half[3])];
    return h === 2 ? `${year + 1}${sep}H1` : `${year}${sep}H2`;
  }
  if (/^\d{4}$/.test(name)) return String(Number(name) + 1);
  return '';
}
