import * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  collection,
  compareByOrder,
  COLUMNS,
  createUndoManager,
  LIMITS,
  ONE_PAGER_FIELDS,
  onePagerMap,
  readMeta,
  RECORD_COLLECTIONS,
  ROOT,
  type CheckIn,
  type Column,
  type OnePagerField,
  type ReadProblem,
} from '../../shared/model';
import { readRecord, sameList, sameRecord } from './record-readers';
import {
  ID_LIST_FIELD,
  MAX_PROBLEMS,
  type RecordsOf,
  type StoreCollection,
  type WorkshopState,
} from './workshop-state';

/** One open workshop's store, bound to its Y.Doc, with the workshop's undo manager. */
export interface WorkshopStore {
  readonly store: StoreApi<WorkshopState>;
  readonly undoManager: Y.UndoManager;
  /** Undoes this device's last edit (never a colleague's). */
  undo(): void;
  redo(): void;
  /** Applies pending remote changes to the store now instead of at the end of the microtask. */
  flush(): void;
  /** Stops observing the doc; destroys the undo manager if this store created it. */
  dispose(): void;
}

const STORE_COLLECTIONS: readonly StoreCollection[] = RECORD_COLLECTIONS;

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
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Binds a zustand store to one Y.Doc with ONE observer (`afterTransaction`), in the manner
 * of tldraw's yjs example: a transaction's `changed` map tells which records it touched;
 * only those are re-read (through shared/model's validated readers, so hostile data never
 * throws) and an unchanged re-read keeps the old object. Id lists are rebuilt only for the
 * collections touched and keep their identity when their content is the same.
 *
 * Local transactions update the store synchronously (a controlled input must see its new
 * value in the same event, or the caret jumps); remote ones are coalesced per microtask,
 * so a burst of updates applied in one task becomes one store update.
 */
export function createWorkshopStore(
  doc: Y.Doc,
  options: { undoManager?: Y.UndoManager } = {},
): WorkshopStore {
  const undoManager = options.undoManager ?? createUndoManager(doc);
  const ownsUndoManager = options.undoManager === undefined;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs' own type parameter
  type AnyType = Y.AbstractType<any>;
  const roots = new Map<AnyType, string>();
  roots.set(doc.getMap(ROOT.meta), ROOT.meta);
  roots.set(doc.getMap(ROOT.onePager), ROOT.onePager);
  for (const name of STORE_COLLECTIONS) roots.set(collection(doc, name), name);

  const problemsByKey = new Map<string, readonly ReadProblem[]>();
  const setProblems = (key: string, list: readonly ReadProblem[]): boolean => {
    const had = problemsByKey.get(key);
    if (list.length === 0) return problemsByKey.delete(key);
    if (
      had &&
      had.length === list.length &&
      had.every((p, i) => p.where === list[i]?.where && p.message === list[i]?.message)
    ) {
      return false;
    }
    problemsByKey.set(key, list);
    return true;
  };

  // ------------------------------------------------------------- reading

  const readMetaWithProblems = () => {
    const problems: ReadProblem[] = [];
    const meta = readMeta(doc, (p) => problems.push(p));
    const changed = setProblems('meta', problems);
    return { meta, changed };
  };

  const readTexts = () => {
    const map = onePagerMap(doc);
    const problems: ReadProblem[] = [];
    const texts = {} as Record<OnePagerField, string>;
    for (const field of ONE_PAGER_FIELDS) {
      const value: unknown = map.get(field);
      let text = '';
      if (value instanceof Y.Text) text = value.toString();
      else if (typeof value === 'string') text = value;
      else if (value !== undefined && value !== null) {
        problems.push({ where: `onePager.${field}`, message: 'expected text, skipped' });
      }
      if (text.length > LIMITS.longText) {
        problems.push({
          where: `onePager.${field}`,
          message: `text of ${text.length} characters clamped to ${LIMITS.longText}`,
        });
        text = text.slice(0, LIMITS.longText);
      }
      texts[field] = text;
    }
    const changed = setProblems('onePager', problems);
    return { texts, changed };
  };

  /** Re-reads one record (the old object when unchanged); says if its problems changed. */
  const readOne = <K extends StoreCollection>(
    name: K,
    id: string,
    old: RecordsOf[K] | undefined,
  ): { record: RecordsOf[K] | undefined; problemsChanged: boolean } => {
    const problems: ReadProblem[] = [];
    let record: RecordsOf[K] | undefined;
    if (id.length === 0 || id.length > LIMITS.idLength) {
      if (collection(doc, name).has(id)) {
        problems.push({
          where: name,
          message: `skipped a record with an invalid id of ${id.length} characters`,
        });
      }
    } else {
      record = readRecord(doc, name, id, (p) => problems.push(p));
      if (record === undefined && collection(doc, name).has(id) && problems.length === 0) {
        problems.push({ where: `${name}.${id}`, message: 'expected a record, skipped' });
      }
    }
    if (record !== undefined && old !== undefined && sameRecord(old, record)) record = old;
    return { record, problemsChanged: setProblems(`${name}.${id}`, problems) };
  };

  const flatProblems = (): Pick<WorkshopState, 'problems' | 'problemCount'> => {
    const problems: ReadProblem[] = [];
    let problemCount = 0;
    for (const list of problemsByKey.values()) {
      problemCount += list.length;
      for (const p of list) if (problems.length < MAX_PROBLEMS) problems.push(p);
    }
    return { problems, problemCount };
  };

  // ------------------------------------------------------------- id lists

  const ordered = <T extends { id: string; order: string }>(
    records: Readonly<Record<string, T>>,
    keep?: (r: T) => boolean,
  ) =>
    Object.values(records)
      .filter((r) => !keep || keep(r))
      .sort(compareByOrder)
      .map((r) => r.id);

  const keepList = (prev: readonly string[] | undefined, next: string[]): readonly string[] =>
    prev !== undefined && sameList(prev, next) ? prev : next;

  const byCheckInDate = (a: CheckIn, b: CheckIn) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

  /** Groups ids by a key; keeps the previous group lists (and the whole object) when equal. */
  const grouped = <T extends { id: string }>(
    records: readonly T[],
    groupOf: (r: T) => string,
    prev: Readonly<Record<string, readonly string[]>>,
  ): Readonly<Record<string, readonly string[]>> => {
    const groups: Record<string, string[]> = {};
    for (const r of records) (groups[groupOf(r)] ??= []).push(r.id);
    const next: Record<string, readonly string[]> = {};
    let same = Object.keys(prev).length === Object.keys(groups).length;
    for (const [key, ids] of Object.entries(groups)) {
      next[key] = keepList(prev[key], ids);
      if (next[key] !== prev[key]) same = false;
    }
    return same ? prev : next;
  };

  const rebuildLists = (
    name: StoreCollection,
    state: Mutable<Partial<WorkshopState>>,
    prev: WorkshopState,
  ) => {
    switch (name) {
      case 'focusAreas':
      case 'notDoing':
      case 'metrics':
      case 'objectives': {
        const field = ID_LIST_FIELD[name];
        const records = (state[name] ?? prev[name]) as Readonly<
          Record<string, { id: string; order: string }>
        >;
        const next = keepList(prev[field], ordered(records));
        if (next !== prev[field]) state[field] = next;
        return;
      }
      case 'projects': {
        const records = state.projects ?? prev.projects;
        const lists = {} as Record<Column, readonly string[]>;
        let same = true;
        for (const column of COLUMNS) {
          lists[column] = keepList(
            prev.projectIdsByColumn[column],
            ordered(records, (p) => p.column === column),
          );
          if (lists[column] !== prev.projectIdsByColumn[column]) same = false;
        }
        if (!same) state.projectIdsByColumn = lists;
        return;
      }
      case 'keyResults': {
        const records = Object.values(state.keyResults ?? prev.keyResults).sort(compareByOrder);
        const next = grouped(records, (k) => k.objectiveId, prev.keyResultIdsByObjective);
        if (next !== prev.keyResultIdsByObjective) state.keyResultIdsByObjective = next;
        return;
      }
      case 'checkIns': {
        const records = Object.values(state.checkIns ?? prev.checkIns).sort(byCheckInDate);
        const next = grouped(records, (c) => c.keyResultId, prev.checkInIdsByKeyResult);
        if (next !== prev.checkInIdsByKeyResult) state.checkInIdsByKeyResult = next;
        return;
      }
    }
  };

  // ------------------------------------------------------------- initial state

  const empty: WorkshopState = {
    meta: readMeta(new Y.Doc()),
    texts: { purpose: '', vision: '', customers: '' },
    focusAreas: {},
    focusAreaIds: [],
    notDoing: {},
    notDoingIds: [],
    metrics: {},
    metricIds: [],
    projects: {},
    projectIdsByColumn: { inbox: [], keep: [], kill: [] },
    objectives: {},
    objectiveIds: [],
    keyResults: {},
    keyResultIdsByObjective: {},
    checkIns: {},
    checkInIdsByKeyResult: {},
    dismissals: {},
    problems: [],
    problemCount: 0,
    canUndo: false,
    canRedo: false,
  };

  // Everything is dirty at the start: the doc may already hold a workshop.
  let dirtyMeta = true;
  let dirtyTexts = true;
  const dirtyRecords = new Map<StoreCollection, Set<string>>();
  const markAll = () => {
    for (const name of STORE_COLLECTIONS) {
      const ids = new Set<string>();
      let n = 0;
      for (const id of collection(doc, name).keys()) {
        if (++n > LIMITS.records) break;
        ids.add(id);
      }
      dirtyRecords.set(name, ids);
    }
  };
  markAll();

  const store = createStore<WorkshopState>()(() => empty);
  let scheduled = false;
  let disposed = false;

  function flush(): void {
    scheduled = false;
    if (disposed) return;
    const prev = store.getState();
    const next: Mutable<Partial<WorkshopState>> = {};
    let problemsChanged = false;

    if (dirtyMeta) {
      const { meta, changed } = readMetaWithProblems();
      problemsChanged ||= changed;
      if (!sameRecord(prev.meta, meta)) next.meta = meta;
    }
    if (dirtyTexts) {
      const { texts, changed } = readTexts();
      problemsChanged ||= changed;
      if (!sameRecord(prev.texts, texts)) next.texts = texts;
    }
    for (const [name, ids] of dirtyRecords) {
      const previous = prev[name] as Readonly<Record<string, RecordsOf[typeof name]>>;
      const samePlace = SAME_PLACE[name] as (
        a: RecordsOf[typeof name],
        b: RecordsOf[typeof name],
      ) => boolean;
      // Copied on the first real change only: most re-reads find the record unchanged.
      let records: Record<string, RecordsOf[typeof name]> | null = null;
      let moved = false;
      for (const id of ids) {
        const old = previous[id];
        const read = readOne(name, id, old);
        problemsChanged ||= read.problemsChanged;
        if (read.record === old) continue;
        records ??= { ...previous };
        if (read.record === undefined) delete records[id];
        else records[id] = read.record;
        moved ||= old === undefined || read.record === undefined || !samePlace(old, read.record);
      }
      if (records !== null) {
        (next as Record<string, unknown>)[name] = records;
        if (moved) rebuildLists(name, next, prev);
      }
    }
    dirtyMeta = false;
    dirtyTexts = false;
    dirtyRecords.clear();

    if (problemsChanged) Object.assign(next, flatProblems());
    const canUndo = undoManager.canUndo();
    const canRedo = undoManager.canRedo();
    if (canUndo !== prev.canUndo) next.canUndo = canUndo;
    if (canRedo !== prev.canRedo) next.canRedo = canRedo;
    if (Object.keys(next).length > 0) store.setState(next);
  }

  /** Finds, for each changed type, its top-level type and the record id directly under it. */
  const onAfterTransaction = (transaction: Y.Transaction) => {
    let any = false;
    for (const [type, keys] of transaction.changed) {
      let child: AnyType | null = null;
      let root: AnyType | null = type;
      while (root && root._item !== null) {
        child = root;
        root = root.parent;
      }
      const name = root ? roots.get(root) : undefined;
      if (name === undefined) continue; // another part of the doc (e.g. the room's state)
      any = true;
      if (name === ROOT.meta) dirtyMeta = true;
      else if (name === ROOT.onePager) dirtyTexts = true;
      else {
        const set = dirtyRecords.get(name as StoreCollection) ?? new Set<string>();
        dirtyRecords.set(name as StoreCollection, set);
        if (child === null) {
          for (const key of keys) if (key !== null) set.add(key);
        } else {
          const id = child._item?.parentSub;
          if (typeof id === 'string') set.add(id);
        }
      }
    }
    if (!any) return;
    if (transaction.local) flush();
    else if (!scheduled) {
      scheduled = true;
      queueMicrotask(flush);
    }
  };

  const onStackChange = () => {
    const { canUndo, canRedo } = store.getState();
    const now = { canUndo: undoManager.canUndo(), canRedo: undoManager.canRedo() };
    if (now.canUndo !== canUndo || now.canRedo !== canRedo) store.setState(now);
  };

  doc.on('afterTransaction', onAfterTransaction);
  undoManager.on('stack-item-added', onStackChange);
  undoManager.on('stack-item-popped', onStackChange);
  undoManager.on('stack-cleared', onStackChange);
  flush();

  return {
    store,
    undoManager,
    undo: () => {
      undoManager.undo();
    },
    redo: () => {
      undoManager.redo();
    },
    flush,
    dispose: () => {
      if (disposed) return;
      disposed = true;
      doc.off('afterTransaction', onAfterTransaction);
      undoManager.off('stack-item-added', onStackChange);
      undoManager.off('stack-item-popped', onStackChange);
      undoManager.off('stack-cleared', onStackChange);
      if (ownsUndoManager) undoManager.destroy();
    },
  };
}
