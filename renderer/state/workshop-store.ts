import * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createUndoManager, readMeta } from '../../shared/model';
import { trackDirty } from './dirty-tracking';
import { movesAnyRecord, rebuildIdLists } from './id-lists';
import { createRecordCache } from './record-cache';
import type { WorkshopState } from './workshop-state';

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

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Binds a zustand store to one Y.Doc, in the manner of tldraw's yjs example: the dirty
 * tracker says which records a transaction touched (dirty-tracking.ts), only those are
 * re-read, and an unchanged re-read keeps the old object (record-cache.ts); the id lists of
 * a collection are rebuilt only when a record was added, removed or moved, and keep their
 * identity when their content is the same (id-lists.ts).
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
  const cache = createRecordCache(doc);
  const store = createStore<WorkshopState>()(() => emptyState());
  let scheduled = false;
  let disposed = false;

  function flush(): void {
    scheduled = false;
    if (disposed) return;
    const before = store.getState();
    const dirty = tracker.take();
    const next: Mutable<Partial<WorkshopState>> = {};
    if (dirty.meta) {
      const meta = cache.readMeta(before.meta);
      if (meta !== before.meta) next.meta = meta;
    }
    if (dirty.texts) {
      const texts = cache.readTexts(before.texts);
      if (texts !== before.texts) next.texts = texts;
    }
    if (dirty.cycleRetro) {
      const cycleRetro = cache.readCycleRetro(before.cycleRetro);
      if (cycleRetro !== before.cycleRetro) next.cycleRetro = cycleRetro;
    }
    for (const [name, ids] of dirty.records) {
      const read = cache.readCollection(name, ids, before[name]);
      if (read.records === null) continue;
      Object.assign(next, { [name]: read.records });
      if (movesAnyRecord(name, read.changes))
        Object.assign(next, rebuildIdLists(name, read.records, before));
    }
    const problems = cache.takeProblems();
    if (problems) Object.assign(next, problems);
    const canUndo = undoManager.canUndo();
    const canRedo = undoManager.canRedo();
    if (canUndo !== before.canUndo) next.canUndo = canUndo;
    if (canRedo !== before.canRedo) next.canRedo = canRedo;
    if (Object.keys(next).length > 0) store.setState(next);
  }

  const tracker = trackDirty(doc, (local) => {
    if (local) flush();
    else if (!scheduled) {
      scheduled = true;
      queueMicrotask(flush);
    }
  });

  const onStackChange = () => {
    const { canUndo, canRedo } = store.getState();
    const now = { canUndo: undoManager.canUndo(), canRedo: undoManager.canRedo() };
    if (now.canUndo !== canUndo || now.canRedo !== canRedo) store.setState(now);
  };
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
      tracker.dispose();
      undoManager.off('stack-item-added', onStackChange);
      undoManager.off('stack-item-popped', onStackChange);
      undoManager.off('stack-cleared', onStackChange);
      if (ownsUndoManager) undoManager.destroy();
    },
  };
}

/** The state of a doc that holds nothing yet. */
function emptyState(): WorkshopState {
  return {
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
    grades: {},
    retrospectives: {},
    weeklyItems: {},
    healthRatings: {},
    cycleRetro: { worked: '', didNotWork: '', learned: '', change: '' },
    problems: [],
    problemCount: 0,
    canUndo: false,
    canRedo: false,
  };
}
