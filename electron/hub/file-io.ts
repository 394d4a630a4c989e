import type * as Y from 'yjs';
import { loadWorkshopDoc, saveWorkshopDoc } from '../storage/workshop-file';

/** Reads and writes workshop files; the default is electron/storage (atomic writes). */
export interface WorkshopFileIO {
  load(path: string): Promise<Y.Doc>;
  save(path: string, doc: Y.Doc): Promise<void>;
}

/** Workshop files as electron/storage reads and writes them (JSON or .offsite; atomic saves). */
export const defaultFileIO: WorkshopFileIO = {
  load: (path) => loadWorkshopDoc(path),
  save: (path, doc) => saveWorkshopDoc(path, doc),
};
