import { readPointMeta, type HistoryPoint } from '../../shared/model';
import { deleteDatabase, requestResult, transactionDone } from './idb';

/**
 * The history of a local workshop (one not in a room), kept on the device: one IndexedDB
 * database per workshop, `offsite-history-<id>`, beside the workshop's own, holding its
 * chain of points (shared/model/history) as one record, rewritten when a point is added.
 */
const STORE = 'history';
const KEY = 'points';

export function historyDbName(workshopId: string): string {
  return `offsite-history-${workshopId}`;
}

function open(workshopId: string): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(historyDbName(workshopId), 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () =>
      reject(request.error ?? new Error('Could not open the workshop’s history on this device'));
  });
}

/** The stored points, oldest first; those that are not points are left out. */
export async function loadLocalHistory(workshopId: string): Promise<HistoryPoint[]> {
  const db = await open(workshopId);
  try {
    const tx = db.transaction(STORE, 'readonly');
    const rows: unknown = await requestResult(tx.objectStore(STORE).get(KEY));
    if (!Array.isArray(rows)) return [];
    const points: HistoryPoint[] = [];
    for (const row of rows as unknown[]) {
      const update = (row as { update?: unknown } | null)?.update;
      if (!(update instanceof Uint8Array)) continue;
      const meta = readPointMeta({ ...(row as object), bytes: update.length });
      if (!meta) continue;
      const { bytes: _bytes, ...point } = meta;
      points.push({ ...point, update });
    }
    return points;
  } finally {
    db.close();
  }
}

export async function saveLocalHistory(
  workshopId: string,
  points: readonly HistoryPoint[],
): Promise<void> {
  const db = await open(workshopId);
  try {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(points, KEY);
    await transactionDone(tx);
  } finally {
    db.close();
  }
}

export function deleteLocalHistory(workshopId: string): Promise<void> {
  return deleteDatabase(historyDbName(workshopId));
}
