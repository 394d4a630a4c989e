import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';
import { workshopDbName } from './workshop-registry';

/** A workshop's Y.Doc kept in IndexedDB. */
interface LocalPersistence {
  /** Resolves once everything stored locally has been applied to the doc. */
  readonly synced: Promise<void>;
  /** Stops persisting (stored data stays); resolves when pending writes are done. */
  destroy(): Promise<void>;
}

/**
 * Persists `doc` in its own IndexedDB database (`offsite-workshop-<id>`) with y-indexeddb.
 * Whatever the doc already holds is written there too on first sync, which is how a copy
 * or an imported file becomes a local workshop.
 */
export function persistLocally(id: string, doc: Y.Doc): LocalPersistence {
  const persistence = new IndexeddbPersistence(workshopDbName(id), doc);
  const synced = persistence.whenSynced.then(() => undefined);
  return {
    synced,
    destroy: async () => {
      // Let the initial sync (which writes the doc's state) finish before closing the DB.
      await synced.catch(() => undefined);
      await persistence.destroy();
    },
  };
}
