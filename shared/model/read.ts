import * as Y from 'yjs';
import {
  collection,
  metaMap,
  onePagerMap,
  type RecordCollection,
  type RecordMap,
  RECORD_COLLECTIONS,
} from './schema';
import { sortByOrder } from './order';
import { readDismissals } from './dismissals-read';
import { resolveCheckInRefs, resolveKeyResultRefs, resolveObjectiveRefs } from './resolve';
import {
  COLUMNS,
  DIRECTIONS,
  LIMITS,
  OBJECTIVE_KINDS,
  type CheckIn,
  type Column,
  type Direction,
  type FocusArea,
  type KeyResult,
  type ListItem,
  type Meta,
  type Objective,
  type ObjectiveKind,
  type OnePager,
  type Project,
  type Workshop,
} from './types';

/**
 * Defensive reading. Anything in the doc may have been written by a buggy or hostile peer:
 * every field is checked; a wrong type is replaced by its default, an oversized string is
 * clamped, a record without a usable id is skipped, and each problem is reported. Nothing
 * here throws, whatever the doc holds.
 */

export interface ReadProblem {
  readonly where: string;
  readonly message: string;
}
export type ReportProblem = (problem: ReadProblem) => void;

const ignore: ReportProblem = () => {};

/** Read context: where we are, for messages, and the reporter. */
interface Ctx {
  readonly where: string;
  readonly report: ReportProblem;
}

function str(map: RecordMap, key: string, max: number, ctx: Ctx): string {
  const value: unknown = map.get(key);
  if (value === undefined || value === null) return '';
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value instanceof Y.Text) text = value.toString();
  else {
    ctx.report({ where: `${ctx.where}.${key}`, message: `expected text, found ${kindOf(value)}` });
    return '';
  }
  if (text.length > max) {
    ctx.report({
      where: `${ctx.where}.${key}`,
      message: `text of ${text.length} characters clamped to ${max}`,
    });
    return text.slice(0, max);
  }
  return text;
}

function optStr(map: RecordMap, key: string, max: number, ctx: Ctx): string | null {
  const value: unknown = map.get(key);
  if (value === undefined || value === null) return null;
  const text = str(map, key, max, ctx);
  return text === '' ? null : text;
}

function num(map: RecordMap, key: string, ctx: Ctx): number | null {
  const value: unknown = map.get(key);
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  ctx.report({
    where: `${ctx.where}.${key}`,
    message: `expected a finite number, found ${kindOf(value)}`,
  });
  return null;
}

function clamp(n: number | null, lo: number, hi: number, key: string, ctx: Ctx): number | null {
  if (n === null) return null;
  if (n < lo || n > hi) {
    ctx.report({ where: `${ctx.where}.${key}`, message: `${n} clamped to ${lo}..${hi}` });
    return Math.min(hi, Math.max(lo, n));
  }
  return n;
}

function oneOf<T extends string>(
  map: RecordMap,
  key: string,
  allowed: readonly T[],
  fallback: T,
  ctx: Ctx,
): T {
  const value: unknown = map.get(key);
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  ctx.report({
    where: `${ctx.where}.${key}`,
    message: `unknown value ${preview(value)}, using "${fallback}"`,
  });
  return fallback;
}

function idList(
  map: RecordMap,
  key: string,
  valid: ReadonlySet<string> | null,
  ctx: Ctx,
): string[] {
  const value: unknown = map.get(key);
  if (value === undefined || value === null) return [];
  const raw: unknown[] =
    value instanceof Y.Array ? value.toArray() : Array.isArray(value) ? value : [];
  if (raw.length === 0 && !(value instanceof Y.Array) && !Array.isArray(value)) {
    ctx.report({
      where: `${ctx.where}.${key}`,
      message: `expected a list of ids, found ${kindOf(value)}`,
    });
    return [];
  }
  const out: string[] = [];
  for (const item of raw.slice(0, LIMITS.listLength)) {
    if (typeof item !== 'string' || item.length === 0 || item.length > LIMITS.idLength) {
      ctx.report({
        where: `${ctx.where}.${key}`,
        message: `skipped an invalid id ${preview(item)}`,
      });
    } else if (valid && !valid.has(item)) {
      ctx.report({ where: `${ctx.where}.${key}`, message: `dropped dangling id "${item}"` });
    } else if (!out.includes(item)) out.push(item);
  }
  return out;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Y.AbstractType) return `a shared ${value.constructor.name}`;
  if (value instanceof Uint8Array) return 'binary data';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function preview(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return kindOf(value);
}

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

function orderOf(map: RecordMap, ctx: Ctx): string {
  const value: unknown = map.get('order');
  if (typeof value === 'string' && value.length > 0 && value.length <= LIMITS.idLength)
    return value;
  if (value !== undefined)
    ctx.report({ where: `${ctx.where}.order`, message: 'invalid order key, sorted last' });
  return '\uffff';
}

// ---------------------------------------------------------------- per-record readers

export function readFocusArea(
  id: string,
  map: RecordMap,
  report: ReportProblem = ignore,
): FocusArea {
  const ctx = { where: `focusAreas.${id}`, report };
  return {
    id,
    order: orderOf(map, ctx),
    title: str(map, 'title', LIMITS.shortText, ctx),
    description: str(map, 'description', LIMITS.shortText, ctx),
  };
}

export function readListItem(
  name: 'notDoing' | 'metrics',
  id: string,
  map: RecordMap,
  report: ReportProblem = ignore,
): ListItem {
  const ctx = { where: `${name}.${id}`, report };
  const projectId = optStr(map, 'projectId', LIMITS.idLength, ctx);
  const item = { id, order: orderOf(map, ctx), text: str(map, 'text', LIMITS.shortText, ctx) };
  return projectId ? { ...item, projectId } : item;
}

export function readProject(
  id: string,
  map: RecordMap,
  focusAreaIds: ReadonlySet<string> | null,
  report: ReportProblem = ignore,
): Project {
  const ctx = { where: `projects.${id}`, report };
  return {
    id,
    order: orderOf(map, ctx),
    title: str(map, 'title', LIMITS.shortText, ctx),
    description: str(map, 'description', LIMITS.longText, ctx),
    team: str(map, 'team', LIMITS.shortText, ctx),
    column: oneOf<Column>(map, 'column', COLUMNS, 'inbox', ctx),
    focusAreaIds: idList(map, 'focusAreaIds', focusAreaIds, ctx),
    rationale: str(map, 'rationale', LIMITS.longText, ctx),
  };
}

export function readObjective(
  id: string,
  map: RecordMap,
  report: ReportProblem = ignore,
): Objective {
  const ctx = { where: `objectives.${id}`, report };
  return {
    id,
    order: orderOf(map, ctx),
    title: str(map, 'title', LIMITS.shortText, ctx),
    description: str(map, 'description', LIMITS.longText, ctx),
    team: optStr(map, 'team', LIMITS.shortText, ctx),
    parentId: optStr(map, 'parentId', LIMITS.idLength, ctx),
    focusAreaId: optStr(map, 'focusAreaId', LIMITS.idLength, ctx),
    kind: oneOf<ObjectiveKind>(map, 'kind', OBJECTIVE_KINDS, 'aspirational', ctx),
  };
}

export function readKeyResult(
  id: string,
  map: RecordMap,
  report: ReportProblem = ignore,
): KeyResult {
  const ctx = { where: `keyResults.${id}`, report };
  return {
    id,
    order: orderOf(map, ctx),
    objectiveId: str(map, 'objectiveId', LIMITS.idLength, ctx),
    title: str(map, 'title', LIMITS.shortText, ctx),
    metric: str(map, 'metric', LIMITS.shortText, ctx),
    unit: str(map, 'unit', LIMITS.shortText, ctx),
    baseline: num(map, 'baseline', ctx),
    target: num(map, 'target', ctx),
    current: num(map, 'current', ctx),
    direction: oneOf<Direction>(map, 'direction', DIRECTIONS, 'increase', ctx),
    confidence: clamp(num(map, 'confidence', ctx), 0, 10, 'confidence', ctx),
    team: str(map, 'team', LIMITS.shortText, ctx),
    initiatives: idList(map, 'initiatives', null, ctx),
  };
}

export function readCheckIn(
  id: string,
  map: RecordMap,
  report: ReportProblem = ignore,
): CheckIn | null {
  const ctx = { where: `checkIns.${id}`, report };
  const value = num(map, 'value', ctx);
  const date = str(map, 'date', 10, ctx);
  if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    report({ where: ctx.where, message: 'skipped: a check-in needs a date and a value' });
    return null;
  }
  return {
    id,
    keyResultId: str(map, 'keyResultId', LIMITS.idLength, ctx),
    date,
    value,
    confidence: clamp(num(map, 'confidence', ctx), 0, 10, 'confidence', ctx) ?? 5,
    note: str(map, 'note', LIMITS.longText, ctx),
  };
}

export function readMeta(doc: Y.Doc, report: ReportProblem = ignore): Meta {
  const map = metaMap(doc);
  const ctx = { where: 'meta', report };
  const weekday = num(map, 'checkInWeekday', ctx);
  const date = (key: string) => {
    const value = str(map, key, 10, ctx);
    if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      report({
        where: `meta.${key}`,
        message: `expected a date YYYY-MM-DD, found ${preview(value)}`,
      });
      return '';
    }
    return value;
  };
  return {
    id: str(map, 'id', LIMITS.idLength, ctx),
    title: str(map, 'title', LIMITS.shortText, ctx),
    cycle: str(map, 'cycle', LIMITS.shortText, ctx),
    cycleStart: date('cycleStart'),
    cycleEnd: date('cycleEnd'),
    checkInWeekday:
      weekday !== null && Number.isInteger(weekday) && weekday >= 0 && weekday <= 6 ? weekday : 1,
    schemaVersion: num(map, 'schemaVersion', ctx) ?? 0,
    agreed: map.get('agreed') === true,
    updatedAt: num(map, 'updatedAt', ctx) ?? 0,
  };
}

// ---------------------------------------------------------------- whole collections

export function readFocusAreas(doc: Y.Doc, report: ReportProblem = ignore): FocusArea[] {
  return sortByOrder(
    entries(doc, 'focusAreas', report).map(([id, m]) => readFocusArea(id, m, report)),
  );
}

export function readList(
  doc: Y.Doc,
  name: 'notDoing' | 'metrics',
  report: ReportProblem = ignore,
): ListItem[] {
  return sortByOrder(
    entries(doc, name, report).map(([id, m]) => readListItem(name, id, m, report)),
  );
}

export function readOnePager(doc: Y.Doc, report: ReportProblem = ignore): OnePager {
  const map = onePagerMap(doc);
  const ctx = { where: 'onePager', report };
  return {
    purpose: str(map, 'purpose', LIMITS.longText, ctx),
    vision: str(map, 'vision', LIMITS.longText, ctx),
    customers: str(map, 'customers', LIMITS.longText, ctx),
    focusAreas: readFocusAreas(doc, report),
    notDoing: readList(doc, 'notDoing', report),
    metrics: readList(doc, 'metrics', report),
  };
}

export function readProjects(doc: Y.Doc, report: ReportProblem = ignore): Project[] {
  const focus = new Set(entries(doc, 'focusAreas', ignore).map(([id]) => id));
  return sortByOrder(
    entries(doc, 'projects', report).map(([id, m]) => readProject(id, m, focus, report)),
  );
}

/**
 * Objectives with references checked against each other: a dangling parent or focus area
 * becomes null, a parent cycle is broken (the objective closing it loses its parent), and
 * a child cannot be its own parent.
 */
export function readObjectives(doc: Y.Doc, report: ReportProblem = ignore): Objective[] {
  const focus = new Set(entries(doc, 'focusAreas', ignore).map(([id]) => id));
  const list = entries(doc, 'objectives', report).map(([id, m]) => readObjective(id, m, report));
  return sortByOrder(resolveObjectiveRefs(list, focus, report));
}

/** Key results whose objective exists, in display order within each objective. */
export function readKeyResults(
  doc: Y.Doc,
  objectiveIds: ReadonlySet<string>,
  projectIds: ReadonlySet<string>,
  report: ReportProblem = ignore,
): KeyResult[] {
  const list = entries(doc, 'keyResults', report).map(([id, m]) => readKeyResult(id, m, report));
  return sortByOrder(resolveKeyResultRefs(list, objectiveIds, projectIds, report));
}

export function readCheckIns(
  doc: Y.Doc,
  keyResultIds: ReadonlySet<string>,
  report: ReportProblem = ignore,
): CheckIn[] {
  const list: CheckIn[] = [];
  for (const [id, m] of entries(doc, 'checkIns', report)) {
    const c = readCheckIn(id, m, report);
    if (c !== null) list.push(c);
  }
  return resolveCheckInRefs(list, keyResultIds, report);
}

/** The whole workshop, every reference checked. Never throws. */
export function readWorkshop(doc: Y.Doc, report: ReportProblem = ignore): Workshop {
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
  return { meta, onePager, projects, objectives, keyResults, checkIns, dismissals };
}

/** True when the doc holds no workshop yet (nothing synced, nothing seeded). */
export function isEmptyWorkshop(doc: Y.Doc): boolean {
  return (
    metaMap(doc).size === 0 &&
    onePagerMap(doc).size === 0 &&
    RECORD_COLLECTIONS.every((name) => collection(doc, name).size === 0)
  );
}
