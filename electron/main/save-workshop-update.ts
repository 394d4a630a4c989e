import * as Y from 'yjs';
import { saveWorkshopDoc } from '../storage/workshop-file';
import { IpcArgumentError } from './ipc-validate';

/**
 * Saves a Yjs state sent by the renderer as a `.offsite` file: applied to a fresh doc,
 * then written atomically by storage, which refuses to replace a file that is not a
 * readable workshop. Garbage bytes fail before anything touches the disk.
 */
export async function saveWorkshopUpdate(path: string, update: Uint8Array): Promise<void> {
  const doc = new Y.Doc();
  try {
    try {
      Y.applyUpdate(doc, update);
    } catch (err) {
      throw new IpcArgumentError(
        `the workshop state to save is not a valid Yjs update (${(err as Error).message}); nothing was written to ${path}`,
      );
    }
    await saveWorkshopDoc(path, doc, { format: 'offsite' });
  } finally {
    doc.destroy();
  }
}
