import type * as Y from 'yjs';
import { metaMap, readMeta } from '../../shared/model';
import { putWorkshopEntry, type WorkshopEntry } from './workshop-registry';

/**
 * Keeps a workshop's registry row in step with its doc's meta (title, cycle, last edit, the
 * cycle it follows),
 * local and remote edits alike. Writes only when the row would change; writes are chained,
 * so the last one wins. Returns the stop function.
 */
export function bindRegistry(
  id: string,
  doc: Y.Doc,
  onError: (error: unknown) => void = console.error,
  /** The server a connected workshop syncs with (`HOST:PORT`), kept on its row. */
  server?: string,
): () => void {
  let last: WorkshopEntry | null = null;
  let chain: Promise<void> = Promise.resolve();
  const write = () => {
    const meta = readMeta(doc);
    const entry: WorkshopEntry = {
      id,
      title: meta.title,
      cycle: meta.cycle,
      updatedAt: meta.updatedAt || Date.now(),
      ...(meta.previousCycle ? { previousCycleId: meta.previousCycle.id } : {}),
      ...(server ? { server } : {}),
    };
    if (
      last &&
      last.title === entry.title &&
      last.cycle === entry.cycle &&
      last.updatedAt === entry.updatedAt &&
      last.previousCycleId === entry.previousCycleId
    )
      return;
    last = entry;
    chain = chain.then(() => putWorkshopEntry(entry)).catch(onError);
  };
  const map = metaMap(doc);
  map.observe(write);
  write();
  return () => map.unobserve(write);
}
