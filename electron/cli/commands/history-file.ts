import { stat } from 'node:fs/promises';
import { HistoryFileError, PointChain, readWorkshop } from '../../../shared/model';
import { historyFileFor, readHistoryFile } from '../../hub/history-store';
import { loadWorkshopDoc } from '../../storage/workshop-file';

/** Why the history of a workshop cannot be read: the message, and the exit code (2). */
export class HistoryReadError extends Error {}

/**
 * The history kept beside workshop FILE (`<FILE>.history`; for FILE.json, beside
 * FILE.offsite), as a chain; an empty one if none is kept. The CLI's history and restore
 * commands share it.
 * @throws HistoryReadError when FILE is missing or the history cannot be read.
 */
export async function historyOf(file: string): Promise<{ path: string; chain: PointChain }> {
  try {
    await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new HistoryReadError(
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
  const path = historyFileFor(file);
  try {
    const content = await readHistoryFile(path);
    return { path, chain: new PointChain(content?.points ?? []) };
  } catch (error) {
    const why = error instanceof HistoryFileError ? error.message : (error as Error).message;
    throw new HistoryReadError(`cannot read the history ${path}: ${why}`);
  }
}

/**
 * The workshop's language (meta.language), for the words `offsite history` and `offsite
 * restore` print; English when FILE cannot be read as a workshop: its history may still be
 * listed and restored.
 */
export async function languageOf(file: string): Promise<string | undefined> {
  try {
    const doc = await loadWorkshopDoc(file);
    try {
      return readWorkshop(doc).meta.language;
    } finally {
      doc.destroy();
    }
  } catch {
    return undefined;
  }
}
