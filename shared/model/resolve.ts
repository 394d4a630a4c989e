import { WEEKLY_LISTS } from './records';
import type {
  CheckIn,
  Grade,
  HealthRatingRecord,
  KeyResult,
  Objective,
  ObjectiveRetro,
  Project,
  WeeklyItem,
} from './types';
import type { ReportProblem } from './read';

/**
 * Cross-record references, resolved over plain snapshot lists. One rule for every reader:
 * `readWorkshop` (whole doc, for the CLI and the hub) and the renderer's store selectors
 * (record by record) both come here, so a dangling id or a parent cycle is treated the same
 * way everywhere. Each function reports what it drops and never throws.
 */

const ignore: ReportProblem = () => {};

/** A project's focus-area tags that still exist; the same object when nothing is dropped. */
export function resolveProjectRefs(
  project: Project,
  focusAreaIds: ReadonlySet<string>,
  report: ReportProblem = ignore,
): Project {
  const live = project.focusAreaIds.filter((id) => focusAreaIds.has(id));
  if (live.length === project.focusAreaIds.length) return project;
  report({ where: `projects.${project.id}.focusAreaIds`, message: 'dropped dangling focus areas' });
  return { ...project, focusAreaIds: live };
}

/**
 * Objectives with references checked against each other: a dangling parent or focus area
 * becomes null, a parent cycle is broken (the objective closing it loses its parent), and
 * a child cannot be its own parent.
 */
export function resolveObjectiveRefs(
  list: readonly Objective[],
  focusAreaIds: ReadonlySet<string>,
  report: ReportProblem = ignore,
): Objective[] {
  const byId = new Map(list.map((o) => [o.id, o]));
  const fixed = list.map((o) => {
    let next = o;
    if (o.parentId !== null && (!byId.has(o.parentId) || o.parentId === o.id)) {
      report({
        where: `objectives.${o.id}.parentId`,
        message: `dropped dangling parent "${o.parentId}"`,
      });
      next = { ...next, parentId: null };
    }
    if (o.focusAreaId !== null && !focusAreaIds.has(o.focusAreaId)) {
      report({
        where: `objectives.${o.id}.focusAreaId`,
        message: `dropped dangling focus area "${o.focusAreaId}"`,
      });
      next = { ...next, focusAreaId: null };
    }
    return next;
  });
  // Break parent cycles deterministically: walk up from each objective in id order; the
  // first objective found on a cycle loses its parent.
  const parent = new Map(fixed.map((o) => [o.id, o.parentId]));
  for (const o of [...fixed].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const seen = new Set<string>();
    let cur: string | null = o.id;
    while (cur !== null && !seen.has(cur)) {
      seen.add(cur);
      cur = parent.get(cur) ?? null;
    }
    if (cur !== null) {
      report({
        where: `objectives.${cur}.parentId`,
        message: 'broke a cycle of parent objectives',
      });
      parent.set(cur, null);
    }
  }
  return fixed.map((o) => (parent.get(o.id) === o.parentId ? o : { ...o, parentId: null }));
}

/**
 * Key results whose objective exists (others are skipped), with initiatives that are still
 * projects. Order is kept as given.
 */
export function resolveKeyResultRefs(
  list: readonly KeyResult[],
  objectiveIds: ReadonlySet<string>,
  projectIds: ReadonlySet<string>,
  report: ReportProblem = ignore,
): KeyResult[] {
  const out: KeyResult[] = [];
  for (const kr of list) {
    if (!objectiveIds.has(kr.objectiveId)) {
      report({
        where: `keyResults.${kr.id}.objectiveId`,
        message: `skipped: no objective "${kr.objectiveId}"`,
      });
      continue;
    }
    const initiatives = kr.initiatives.filter((p) => projectIds.has(p));
    if (initiatives.length !== kr.initiatives.length) {
      report({ where: `keyResults.${kr.id}.initiatives`, message: 'dropped dangling project ids' });
    }
    out.push(initiatives.length === kr.initiatives.length ? kr : { ...kr, initiatives });
  }
  return out;
}

/** Check-ins of existing key results, in display order: by date, then id. */
export function resolveCheckInRefs(
  list: readonly CheckIn[],
  keyResultIds: ReadonlySet<string>,
  report: ReportProblem = ignore,
): CheckIn[] {
  const out: CheckIn[] = [];
  for (const c of list) {
    if (!keyResultIds.has(c.keyResultId)) {
      report({
        where: `checkIns.${c.id}.keyResultId`,
        message: `skipped: no key result "${c.keyResultId}"`,
      });
      continue;
    }
    out.push(c);
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * The records of a review that belong to an existing item (a grade to a key result, a
 * retrospective to an objective), in the order of `order` (the items' display order).
 * One left behind by a deletion racing the review is not shown, and not reported either:
 * it is an ordinary race, not bad data.
 */
function inItemOrder<T>(
  list: readonly T[],
  itemOf: (record: T) => string,
  order: readonly string[],
): T[] {
  const byItem = new Map(list.map((record) => [itemOf(record), record]));
  return order.flatMap((id) => {
    const record = byItem.get(id);
    return record === undefined ? [] : [record];
  });
}

/** Grades of existing key results, in key-result order (`keyResultIds` in display order). */
export function resolveGradeRefs(list: readonly Grade[], keyResultIds: readonly string[]): Grade[] {
  return inItemOrder(list, (g) => g.keyResultId, keyResultIds);
}

/** Retrospectives of existing objectives, in objective order. */
export function resolveRetroRefs(
  list: readonly ObjectiveRetro[],
  objectiveIds: readonly string[],
): ObjectiveRetro[] {
  return inItemOrder(list, (r) => r.objectiveId, objectiveIds);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Weekly meeting lines in display order: by week, then team, then list (P1, P2, the next
 * four weeks, wins), then their order within the list.
 */
export function sortWeeklyItems(list: readonly WeeklyItem[]): WeeklyItem[] {
  const rank = (item: WeeklyItem) => WEEKLY_LISTS.indexOf(item.list);
  return [...list].sort(
    (a, b) =>
      compare(a.week, b.week) ||
      compare(a.team, b.team) ||
      rank(a) - rank(b) ||
      compare(a.order, b.order) ||
      compare(a.id, b.id),
  );
}

/**
 * Health ratings of existing metrics (`metricIds` in display order), by week, then team,
 * then the metric's place on the one-pager; a rating of a deleted metric is left out.
 */
export function resolveHealthRatingRefs(
  list: readonly HealthRatingRecord[],
  metricIds: readonly string[],
): HealthRatingRecord[] {
  const rank = new Map(metricIds.map((id, i) => [id, i]));
  return list
    .filter((r) => rank.has(r.metricId))
    .sort(
      (a, b) =>
        compare(a.week, b.week) ||
        compare(a.team, b.team) ||
        rank.get(a.metricId)! - rank.get(b.metricId)!,
    );
}
