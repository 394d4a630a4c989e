import { deleteDatabase, requestResult, transactionDone } from './idb';
import { deleteLocalHistory } from './local-history-store';

/** One local workshop as the home screen lists it. */
export interface WorkshopEntry {
  readonly id: string;
  readonly title: string;
  readonly cycle: string;
  /** Milliseconds since the epoch of the last edit. */
  readonly updatedAt: number;
  /** The workshop of the cycle this one follows (`meta.previousCycle.id`), if any. */
  readonly previousCycleId?: string;
  /** `HOST:PORT` of the `offsite serve` server a connected workshop syncs with. */
  readonly server?: string;
}

const DB_NAME = 'offsite-registry';
const STORE = 'workshops';

let opening: Promise<IDBDatabase> | null = null;

/**
 * The registry of local workshops: a small IndexedDB database of its own, separate from
 * the workshops' Yjs databases, so the home screen lists workshops without loading any.
 */
function db(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) {
        request.result.createObjectStore(STORE, { keyPath: 'id' });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () =>
      reject(request.error ?? new Error('Could not open the list of local workshops'));
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

function isEntry(value: unknown): value is WorkshopEntry {
  const v = value as Partial<WorkshopEntry> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.id === 'string' &&
    typeof v.title === 'string' &&
    typeof v.cycle === 'string' &&
    typeof v.updatedAt === 'number' &&
    (v.previousCycleId === undefined || typeof v.previousCycleId === 'string') &&
    (v.server === undefined || typeof v.server === 'string')
  );
}

/** Local workshops, most recently edited first. Rows that are not entries are skipped. */
export async function listWorkshops(): Promise<WorkshopEntry[]> {
  const tx = (await db()).transaction(STORE, 'readonly');
  const rows = await requestResult(tx.objectStore(STORE).getAll());
  return (rows as unknown[])
    .filter(isEntry)
    .sort((a, b) => b.updatedAt - a.updatedAt || a.title.localeCompare(b.title));
}

export async function getWorkshopEntry(id: string): Promise<WorkshopEntry | undefined> {
  const tx = (await db()).transaction(STORE, 'readonly');
  const row: unknown = await requestResult(tx.objectStore(STORE).get(id));
  return isEntry(row) ? row : undefined;
}

export async function putWorkshopEntry(entry: WorkshopEntry): Promise<void> {
  const tx = (await db()).transaction(STORE, 'readwrite');
  tx.objectStore(STORE).put({
    id: entry.id,
    title: entry.title,
    cycle: entry.cycle,
    updatedAt: entry.updatedAt,
    ...(entry.previousCycleId ? { previousCycleId: entry.previousCycleId } : {}),
    ...(entry.server ? { server: entry.server } : {}),
  });
  await transactionDone(tx);
}

async function removeWorkshopEntry(id: string): Promise<void> {
  const tx = (await db()).transaction(STORE, 'readwrite');
  tx.objectStore(STORE).delete(id);
  await transactionDone(tx);
}

/** The name of a workshop's y-indexeddb database. */
export function workshopDbName(id: string): string {
  return `offsite-workshop-${id}`;
}

/**
 * Deletes a local workshop: its history and Yjs databases first, then its row (a failure
 * leaves it listed, never half-gone).
 */
export async function deleteLocalWorkshop(id: string): Promise<void> {
  await deleteLocalHistory(id);
  await deleteDatabase(workshopDbName(id));
  await removeWorkshopEntry(id);
}
