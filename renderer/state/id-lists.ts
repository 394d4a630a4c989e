import { compareByOrder, COLUMNS, type CheckIn, type Column } from '../../shared/model';
import { sameList } from './memo';
import type { RecordChange } from './record-cache';
import {
  ID_LIST_FIELD,
  type RecordsOf,
  type StoreCollection,
  type WorkshopState,
} from './workshop-state';

/**
 * The store's id lists: each collection's ids in display order (per column for projects,
 * per objective for key results, per key result for check-ins). A list keeps its identity
 * (===) while its content is the same, and a map of lists keeps its identity while every
 * list in it does, so a component that selects one list re-renders only when it changed.
 */

/**
 * Whether two versions of a record hold the same place in the collection's id lists (same
 * order and, for grouped lists, same group). When every change of a transaction keeps its
 * record's place — typing into a title, say — the lists are not rebuilt: no sort per keystroke.
 */
const SAME_PLACE: { [K in StoreCollection]: (a: RecordsOf[K], b: RecordsOf[K]) => boolean } = {
  focusAreas: (a, b) => a.order === b.order,
  notDoing: (a, b) => a.order === b.order,
  metrics: (a, b) => a.order === b.order,
  objectives: (a, b) => a.order === b.order,
  projects: (a, b) => a.order === b.order && a.column === b.column,
  keyResults: (a, b) => a.order === b.order && a.objectiveId === b.objectiveId,
  checkIns: (a, b) => a.date === b.date && a.keyResultId === b.keyResultId,
  dismissals: () => true,
  grades: () => true,
  retrospectives: () => true,
  weeklyItems: () => true,
  healthRatings: () => true,
};

/** Whether any change adds, removes or moves a record, so the collection's lists may differ. */
export function movesAnyRecord<K extends StoreCollection>(
  name: K,
  changes: readonly RecordChange<K>[],
): boolean {
  const samePlace = SAME_PLACE[name] as (a: RecordsOf[K], b: RecordsOf[K]) => boolean;
  return changes.some(([a, b]) => a === undefined || b === undefined || !samePlace(a, b));
}

/**
 * The id lists of collection `name` rebuilt from its records: only the fields whose
 * content changed are returned, each list that did not change keeps its old identity.
 */
export function rebuildIdLists<K extends StoreCollection>(
  name: K,
  records: Readonly<Record<string, RecordsOf[K]>>,
  before: WorkshopState,
): Partial<WorkshopState> {
  const collection: StoreCollection = name;
  switch (collection) {
    case 'focusAreas':
    case 'notDoing':
    case 'metrics':
    case 'objectives': {
      const field = ID_LIST_FIELD[collection];
      const ordered = sortedIds(records as Readonly<Record<string, RecordsOf[typeof collection]>>);
      const next = keepList(before[field], ordered);
      return next === before[field] ? {} : { [field]: next };
    }
    case 'projects': {
      const all = Object.values(records as WorkshopState['projects']).sort(compareByOrder);
      const lists = {} as Record<Column, readonly string[]>;
      let same = true;
      for (const column of COLUMNS) {
        const ids = all.filter((p) => p.column === column).map((p) => p.id);
        lists[column] = keepList(before.projectIdsByColumn[column], ids);
        if (lists[column] !== before.projectIdsByColumn[column]) same = false;
      }
      return same ? {} : { projectIdsByColumn: lists };
    }
    case 'keyResults': {
      const all = Object.values(records as WorkshopState['keyResults']).sort(compareByOrder);
      const next = grouped(all, (k) => k.objectiveId, before.keyResultIdsByObjective);
      return next === before.keyResultIdsByObjective ? {} : { keyResultIdsByObjective: next };
    }
    case 'checkIns': {
      const all = Object.values(records as WorkshopState['checkIns']).sort(byCheckInDate);
      const next = grouped(all, (c) => c.keyResultId, before.checkInIdsByKeyResult);
      return next === before.checkInIdsByKeyResult ? {} : { checkInIdsByKeyResult: next };
    }
    default:
      return {};
  }
}

function sortedIds(records: Readonly<Record<string, { id: string; order: string }>>): string[] {
  return Object.values(records)
    .sort(compareByOrder)
    .map((r) => r.id);
}

function keepList(before: readonly string[] | undefined, next: string[]): readonly string[] {
  return before !== undefined && sameList(before, next) ? before : next;
}

/** Oldest first: by date, then id. */
function byCheckInDate(a: CheckIn, b: CheckIn): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Groups ids by a key; keeps the previous group lists (and the whole object) when equal. */
function grouped<T extends { id: string }>(
  records: readonly T[],
  groupOf: (r: T) => string,
  before: Readonly<Record<string, readonly string[]>>,
): Readonly<Record<string, readonly string[]>> {
  const groups: Record<string, string[]> = {};
  for (const r of records) (groups[groupOf(r)] ??= []).push(r.id);
  const next: Record<string, readonly string[]> = {};
  let same = Object.keys(before).length === Object.keys(groups).length;
  for (const [key, ids] of Object.entries(groups)) {
    next[key] = keepList(before[key], ids);
    if (next[key] !== before[key]) same = false;
  }
  return same ? before : next;
}
