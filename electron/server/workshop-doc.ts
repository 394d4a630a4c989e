import * as Y from 'yjs';
import type { WorkshopStore } from './store/workshop-store';

/**
 * Reads something of workshop `id` without opening it for sync: from its live document on
 * this process (the freshest), else from its stored state (at most the store's debounce
 * behind with several processes). Null if the workshop has no state.
 */
export async function readWorkshopDoc<T>(
  id: string,
  store: WorkshopStore,
  live: (id: string) => Y.Doc | null | undefined,
  read: (doc: Y.Doc) => T,
): Promise<T | null> {
  const doc = live(id);
  if (doc) return read(doc);
  const state = await store.state(id);
  if (!state) return null;
  const loaded = new Y.Doc();
  try {
    Y.applyUpdate(loaded, state);
    return read(loaded);
  } finally {
    loaded.destroy();
  }
}
