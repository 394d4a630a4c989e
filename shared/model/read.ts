import * as Y from 'yjs';
import {
  collection,
  cycleRetroMap,
  metaMap,
  onePagerMap,
  type RecordCollection,
  type RecordMap,
  RECORD_COLLECTIONS,
} from './schema';
import { sortByOrder } from './order';
import { readDismissals } from './dismissals-read';
import { ignoreProblems, type ReportProblem } from './problems';
import {
  resolveCheckInRefs,
  resolveGradeRefs,
  resolveHealthRatingRefs,
  resolveKeyResultRefs,
  resolveObjectiveRefs,
  resolveProjectRefs,
  resolveRetroRefs,
  sortWeeklyItems,
} from './resolve';
import { kindOf } from './records/fields';
import { readRecord, type RecordSpec, type SnapshotOf, type Fields } from './records/spec';
import {
  checkInSpec,
  focusAreaSpec,
  gradeSpec,
  healthRatingSpec,
  keyResultSpec,
  listItemSpec,
  cycleDatesProblem,
  metaSpec,
  objectiveRetroSpec,
  objectiveSpec,
  onePagerTextsSpec,
  projectSpec,
  retroTextsSpec,
  weeklyItemSpec,
  type ListName,
} from './records';
import { LIMITS } from './limits';
import type {
  CheckIn,
  FocusArea,
  Grade,
  HealthRatingRecord,
  KeyResult,
  ListItem,
  Meta,
  Objective,
  ObjectiveRetro,
  OnePager,
  Project,
  RetroTexts,
  WeeklyItem,
  Workshop,
} from './types';

/**
 * Defensive reading. Anything in the doc may have been written by a buggy or hostile peer:
 * every field is read by its kind in the record's spec (records/): a wrong type is replaced
 * by its default, an oversized string is clamped, a record without a usable id is skipped,
 * and each problem is reported. Nothing here throws, whatever the doc holds.
 */

export type { ReadProblem, ReportProblem } from './problems';

/**
 * The records of one collection as (id, map) pairs with a valid id, capped in number.
 * The key is the id; a record whose stored `id` disagrees is read under its key.
 */
function entries(doc: Y.Doc, name: RecordCollection, report: ReportProblem): [string, RecordMap][] {
  const out: [string, RecordMap][] = [];
  for (const [id, value] of collection(doc, name).entries()) {
    if (out.length >= LIMITS.records) {
      report({
        where: name,
        message: `more than ${LIMITS.records} records; the rest are not shown`,
      });
      break;
    }
    if (id.length === 0 || id.length > LIMITS.idLength) {
      report({
        where: name,
        message: `skipped a record with an invalid id of ${id.length} characters`,
      });
    } else if (!(value instanceof Y.Map)) {
      report({ where: `${name}.${id}`, message: `expected a record, found ${kindOf(value)}` });
    } else out.push([id, value as RecordMap]);
  }
  return out;
}

/** A record whose spec skips nothing: every field has a default. */
function readAlways<S extends RecordSpec<Fields>>(
  spec: S,
  where: string,
  id: string,
  map: RecordMap,
  report: ReportProblem,
): SnapshotOf<S> {
  // Only specs with a required field (check-ins, dismissals) can skip.
  return readRecord(spec, where, id, map, report)!;
}

// ---------------------------------------------------------------- per-record readers

export function readFocusArea(
  id: string,
  map: RecordMap,
  report: ReportProblem = ignoreProblems,
): FocusArea {
  return readAlways(focusAreaSpec, `focusAreas.${id}`, id, map, report);
}

export function readListItem(
  name: ListName,
  id: string,
  map: RecordMap,
  report: ReportProblem = ignoreProblems,
): ListItem {
  return readAlways(listItemSpec, `${name}.${id}`, id, map, report);
}

/** A project; with `focusAreaIds`, its tags of focus areas that do not exist are dropped. */
export function readProject(
  id: string,
  map: RecordMap,
  focusAreaIds: ReadonlySet<string> | null,
  report: ReportProblem = ignoreProblems,
): Project {
  const project = readAlways(projectSpec, `projects.${id}`, id, map, report);
  return focusAreaIds ? resolveProjectRefs(project, focusAreaIds, report) : project;
}

export function readObjective(
  id: string,
  map: RecordMap,
  report: ReportProblem = ignoreProblems,
): Objective {
  return readAlways(objectiveSpec, `objectives.${id}`, id, map, report);
}

export function readKeyResult(
  id: string,
  map: RecordMap,
  report: ReportProblem = ignoreProblems,
): KeyResult {
  return readAlways(keyResultSpec, `keyResults.${id}`, id, map, report);
}

/** A check-in, or null (reported) when it has no real date or no value. */
export function readCheckIn(
  id: string,
  map: RecordMap,
  report: ReportProblem = ignoreProblems,
): CheckIn | null {
  return readRecord(checkInSpec, `checkIns.${id}`, id, map, report);
}

/** A key result's grade, or null (reported) when it has no usable score. */
export function readGrade(
  keyResultId: string,
  map: RecordMap,
  report: ReportProblem = ignoreProblems,
): Grade | null {
  return readRecord(gradeSpec, `grades.${keyResultId}`, keyResultId, map, report);
}

/** A line of a weekly meeting (a priority, an upcoming milestone, a win). */
export function readWeeklyItem(
  id: string,
  map: RecordMap,
  report: ReportProblem = ignoreProblems,
): WeeklyItem | null {
  return readRecord(weeklyItemSpec, `weeklyItems.${id}`, id, map, report);
}

/** A health metric's rating in a weekly meeting. */
export function readHealthRating(
  id: string,
  map: RecordMap,
  report: ReportProblem = ignoreProblems,
): HealthRatingRecord | null {
  return readRecord(healthRatingSpec, `healthRatings.${id}`, id, map, report);
}

export function readObjectiveRetro(
  objectiveId: string,
  map: RecordMap,
  report: ReportProblem = ignoreProblems,
): ObjectiveRetro {
  return readAlways(objectiveRetroSpec, `retrospectives.${objectiveId}`, objectiveId, map, report);
}

/** The cycle's retrospective (the `cycleRetro` map's texts). */
export function readCycleRetro(doc: Y.Doc, report: ReportProblem = ignoreProblems): RetroTexts {
  return readAlways(retroTextsSpec, 'cycleRetro', '', cycleRetroMap(doc), report);
}

export function readMeta(doc: Y.Doc, report: ReportProblem = ignoreProblems): Meta {
  const meta = readAlways(metaSpec, 'meta', '', metaMap(doc), report);
  // Two peers setting the start and the end at once can cross them: no cycle, not a wrong one.
  const problem = cycleDatesProblem(meta.cycleStart, meta.cycleEnd);
  if (problem === null) return meta;
  report({ where: 'meta.cycleEnd', message: `${problem}; the dates are not used` });
  return { ...meta, cycleStart: '', cycleEnd: '' };
}

// ---------------------------------------------------------------- whole collections

function readFocusAreas(doc: Y.Doc, report: ReportProblem = ignoreProblems): FocusArea[] {
  return sortByOrder(
    entries(doc, 'focusAreas', report).map(([id, m]) => readFocusArea(id, m, report)),
  );
}

function readList(doc: Y.Doc, name: ListName, report: ReportProblem = ignoreProblems): ListItem[] {
  return sortByOrder(
    entries(doc, name, report).map(([id, m]) => readListItem(name, id, m, report)),
  );
}

export function readOnePager(doc: Y.Doc, report: ReportProblem = ignoreProblems): OnePager {
  return {
    ...readAlways(onePagerTextsSpec, 'onePager', '', onePagerMap(doc), report),
    focusAreas: readFocusAreas(doc, report),
    notDoing: readList(doc, 'notDoing', report),
    metrics: readList(doc, 'metrics', report),
  };
}

const idsOf = (doc: Y.Doc, name: RecordCollection) =>
  new Set(entries(doc, name, ignoreProblems).map(([id]) => id));

export function readProjects(doc: Y.Doc, report: ReportProblem = ignoreProblems): Project[] {
  const focus = idsOf(doc, 'focusAreas');
  return sortByOrder(
    entries(doc, 'projects', report).map(([id, m]) => readProject(id, m, focus, report)),
  );
}

/**
 * Objectives with references checked against each other: a dangling parent or focus area
 * becomes null, a parent cycle is broken (the objective closing it loses its parent), and
 * a child cannot be its own parent.
 */
export function readObjectives(doc: Y.Doc, report: ReportProblem = ignoreProblems): Objective[] {
  const list = entries(doc, 'objectives', report).map(([id, m]) => readObjective(id, m, report));
  return sortByOrder(resolveObjectiveRefs(list, idsOf(doc, 'focusAreas'), report));
}

/** Key results whose objective exists, in display order within each objective. */
function readKeyResults(
  doc: Y.Doc,
  objectiveIds: ReadonlySet<string>,
  projectIds: ReadonlySet<string>,
  report: ReportProblem = ignoreProblems,
): KeyResult[] {
  const list = entries(doc, 'keyResults', report).map(([id, m]) => readKeyResult(id, m, report));
  return sortByOrder(resolveKeyResultRefs(list, objectiveIds, projectIds, report));
}

export function readCheckIns(
  doc: Y.Doc,
  keyResultIds: ReadonlySet<string>,
  report: ReportProblem = ignoreProblems,
): CheckIn[] {
  const list: CheckIn[] = [];
  for (const [id, m] of entries(doc, 'checkIns', report)) {
    const c = readCheckIn(id, m, report);
    if (c !== null) list.push(c);
  }
  return resolveCheckInRefs(list, keyResultIds, report);
}

/** Grades of existing key results (`keyResultIds` in display order), in that order. */
export function readGrades(
  doc: Y.Doc,
  keyResultIds: readonly string[],
  report: ReportProblem = ignoreProblems,
): Grade[] {
  const list: Grade[] = [];
  for (const [id, m] of entries(doc, 'grades', report)) {
    const g = readGrade(id, m, report);
    if (g !== null) list.push(g);
  }
  return resolveGradeRefs(list, keyResultIds);
}

/** Retrospectives of existing objectives (`objectiveIds` in display order), in that order. */
export function readObjectiveRetros(
  doc: Y.Doc,
  objectiveIds: readonly string[],
  report: ReportProblem = ignoreProblems,
): ObjectiveRetro[] {
  const list = entries(doc, 'retrospectives', report).map(([id, m]) =>
    readObjectiveRetro(id, m, report),
  );
  return resolveRetroRefs(list, objectiveIds);
}

/**
 * The weekly meetings' lines in display order: by week, then team, then list (P1, P2, next
 * four weeks, wins), then their order within the list.
 */
export function readWeeklyItems(doc: Y.Doc, report: ReportProblem = ignoreProblems): WeeklyItem[] {
  const list: WeeklyItem[] = [];
  for (const [id, m] of entries(doc, 'weeklyItems', report)) {
    const item = readWeeklyItem(id, m, report);
    if (item !== null) list.push(item);
  }
  return sortWeeklyItems(list);
}

/**
 * Health ratings of existing metrics (`metricIds` in display order): by week, then team,
 * then the metric's place on the one-pager. A rating of a deleted metric is left out.
 */
export function readHealthRatings(
  doc: Y.Doc,
  metricIds: readonly string[],
  report: ReportProblem = ignoreProblems,
): HealthRatingRecord[] {
  const list: HealthRatingRecord[] = [];
  for (const [id, m] of entries(doc, 'healthRatings', report)) {
    const r = readHealthRating(id, m, report);
    if (r !== null) list.push(r);
  }
  return resolveHealthRatingRefs(list, metricIds);
}

/** The whole workshop, every reference checked. Never throws. */
export function readWorkshop(doc: Y.Doc, report: ReportProblem = ignoreProblems): Workshop {
  const meta = readMeta(doc, report);
  const onePager = readOnePager(doc, report);
  const projects = readProjects(doc, report);
  const objectives = readObjectives(doc, report);
  const keyResults = readKeyResults(
    doc,
    new Set(objectives.map((o) => o.id)),
    new Set(projects.map((p) => p.id)),
    report,
  );
  const checkIns = readCheckIns(doc, new Set(keyResults.map((k) => k.id)), report);
  const dismissals = readDismissals(doc, report);
  const grades = readGrades(
    doc,
    keyResults.map((k) => k.id),
    report,
  );
  const retrospectives = readObjectiveRetros(
    doc,
    objectives.map((o) => o.id),
    report,
  );
  const cycleRetro = readCycleRetro(doc, report);
  const weeklyItems = readWeeklyItems(doc, report);
  const healthRatings = readHealthRatings(
    doc,
    onePager.metrics.map((m) => m.id),
    report,
  );
  return {
    meta,
    onePager,
    projects,
    objectives,
    keyResults,
    checkIns,
    dismissals,
    grades,
    retrospectives,
    cycleRetro,
    weeklyItems,
    healthRatings,
  };
}

/** True when the doc holds no workshop yet (nothing synced, nothing seeded). */
export function isEmptyWorkshop(doc: Y.Doc): boolean {
  return (
    metaMap(doc).size === 0 &&
    onePagerMap(doc).size === 0 &&
    cycleRetroMap(doc).size === 0 &&
    RECORD_COLLECTIONS.every((name) => collection(doc, name).size === 0)
  );
}
