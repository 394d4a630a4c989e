import { loadWorkshopDoc, saveWorkshopDoc } from '../storage/workshop-file';
import type { WorkshopFileIO } from './persistence';

/** Workshop files as electron/storage reads and writes them (JSON or .offsite; atomic saves). */
export const defaultFileIO: WorkshopFileIO = {
  load: (path) => loadWorkshopDoc(path),
  save: (path, doc) => saveWorkshopDoc(path, doc),
};
