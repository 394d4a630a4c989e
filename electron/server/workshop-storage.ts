import { Database } from '@hocuspocus/extension-database';
import type { Extension, Hocuspocus, onChangePayload } from '@hocuspocus/server';
import { readMeta } from '../../shared/model';
import type { WorkshopStore } from './store/workshop-store';

/** The origin extension-redis gives the updates it applies from other processes. */
export const REDIS_ORIGIN = '__hocuspocus__redis__origin__';

/**
 * The workshops' Yjs state through @hocuspocus/extension-database: fetched from the store
 * when a workshop is first opened on this process, stored (debounced by Hocuspocus: 2 s
 * after the last edit, at most 10 s behind) by merging into the stored state. A failed
 * fetch rejects the load, so no client ever syncs an empty document that a later store
 * would write back (Hocuspocus #382) — and a merge could not drop stored edits anyway.
 */
export function workshopDatabase(
  store: WorkshopStore,
  log: (message: string) => void = () => {},
): Database {
  return new Database({
    fetch: async ({ documentName }) => store.state(documentName),
    store: async (payload) => {
      const { documentName, state, document, instance } = payload;
      try {
        await store.merge(documentName, state, readMeta(document).title);
      } catch (error) {
        // The database is away (restarting, the network): the edits are only in memory.
        // Store again after the debounce — which also keeps Hocuspocus from unloading the
        // document meanwhile — until it succeeds; never drop them.
        log(`storing workshop ${documentName} failed, will retry: ${(error as Error).message}`);
        void instance.storeDocumentHooks(document, payload).catch(() => {});
        // Without a message: Hocuspocus rethrows a store error that has one from a timer,
        // where nothing catches it, and an unhandled rejection would end the process.
        throw new Error('', { cause: error });
      }
    },
  });
}

/**
 * Stores what arrives from other processes too. Hocuspocus stores only the edits of a
 * process's own connections; with Redis, an edit made on a process that is then killed
 * before its store lives on only in the other processes' memory. Each process storing
 * what it has seen, merged (never replaced) in the store, makes a SIGKILL lose nothing.
 */
export function storeRelayedChanges(instance: () => Hocuspocus): Extension {
  return {
    extensionName: 'offsite-store-relayed',
    async onChange(payload: onChangePayload): Promise<void> {
      if ((payload.transactionOrigin as unknown) !== REDIS_ORIGIN) return;
      void instance()
        .storeDocumentHooks(payload.document, payload)
        .catch(() => {});
    },
  };
}

/** Runs every pending store now (on shutdown), and waits for those already running. */
export async function flushStores(instance: Hocuspocus): Promise<void> {
  await Promise.all(
    [...instance.documents.values()].map(async (document) => {
      const id = `onStoreDocument-${document.name}`;
      if (instance.debouncer.isDebounced(id)) await instance.debouncer.executeNow(id);
      await document.saveMutex.waitForUnlock();
    }),
  );
}
