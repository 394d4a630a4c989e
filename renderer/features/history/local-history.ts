import { useEffect, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { HistoryKeeper, PointChain } from '../../../shared/model';
import { loadLocalHistory, saveLocalHistory } from '../../sync/local-history-store';
import { roomOfWorkshopId } from '../../sync/room-links';
import { getRoomConnection, subscribeRoomConnections } from '../../sync/room-registry';
import { useOpenWorkshop } from '../../state/workshop-context';

/**
 * The history of a workshop not in a room, kept by this app on the device (IndexedDB): the
 * same points a hub keeps for a room — one at most a minute after any edit, thinned to the
 * same schedule — so History works the same for a local workshop. One keeper per open
 * workshop, found by the History view through `localHistoryOf`.
 */
const keepers = new Map<string, Promise<HistoryKeeper>>();

async function startKeeper(id: string, doc: Y.Doc): Promise<HistoryKeeper> {
  const keeper = new HistoryKeeper(new PointChain(await loadLocalHistory(id)), {
    persist: (points) => saveLocalHistory(id, points),
    onError: (message) => console.warn(`[history] ${message}`),
  });
  keeper.attach(doc);
  return keeper;
}

/** The history kept for the open local workshop `id`, or null when none is being kept. */
export function localHistoryOf(id: string): Promise<HistoryKeeper> | null {
  return keepers.get(id) ?? null;
}

/**
 * Keeps the open workshop's history on the device while it is not in a room (in a room,
 * the hub keeps it). Mounted once by the workshop shell.
 */
export function useLocalHistoryKeeper(): void {
  const { id, doc } = useOpenWorkshop();
  const inRoom = useSyncExternalStore(
    subscribeRoomConnections,
    () => getRoomConnection(doc) !== null,
  );
  useEffect(() => {
    // A joined room's copy is the room's: its history is the hub's.
    if (inRoom || roomOfWorkshopId(id) !== null) return;
    const keeper = startKeeper(id, doc);
    keepers.set(id, keeper);
    keeper.catch((error: unknown) =>
      console.warn(`[history] not kept on this device: ${(error as Error).message}`),
    );
    return () => {
      if (keepers.get(id) === keeper) keepers.delete(id);
      // The last edits become a point before the workshop closes.
      void keeper.then((k) => k.close()).catch(() => undefined);
    };
  }, [id, doc, inRoom]);
}
