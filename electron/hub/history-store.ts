import { readFile, rename } from 'node:fs/promises';
import { extname } from 'node:path';
import {
  decodeHistoryFile,
  encodeHistoryFile,
  HistoryFileError,
  type HistoryFileContent,
} from '../../shared/model';
import { writeFileAtomic } from '../storage/atomic-write';

/**
 * The history file beside a workshop file: `<name>.offsite.history`. A room opened from
 * interchange JSON keeps its Yjs state in the `.offsite` beside that JSON, and its history
 * beside that, so `offsite history FILE` finds it from either name.
 */
export function historyFileFor(workshopPath: string): string {
  const ext = extname(workshopPath);
  const offsite =
    ext.toLowerCase() === '.json' ? `${workshopPath.slice(0, -ext.length)}.offsite` : workshopPath;
  return `${offsite}.history`;
}

/** The history at `path`; null if there is none. @throws HistoryFileError, or a read error. */
export async function readHistoryFile(path: string): Promise<HistoryFileContent | null> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return decodeHistoryFile(bytes);
}

/**
 * The history a hub starts from. One it cannot read (corrupt, or from a newer Offsite) is
 * moved aside with a message, never written over, and the room starts a new history: a
 * broken history must not keep a workshop from opening.
 */
export async function openHistoryFile(
  path: string,
  log: (message: string) => void,
): Promise<HistoryFileContent | null> {
  try {
    return await readHistoryFile(path);
  } catch (error) {
    const aside = `${path}.unreadable-${Date.now()}`;
    const why = error instanceof HistoryFileError ? error.message : (error as Error).message;
    try {
      await rename(path, aside);
      log(`the history in ${path} cannot be read (${why}); moved to ${aside}, starting a new one`);
    } catch (moveError) {
      log(
        `the history in ${path} cannot be read (${why}) nor moved aside: ${(moveError as Error).message}`,
      );
      throw error;
    }
    return null;
  }
}

/** Writes the history atomically (temp file, fsync, rename), like the workshop file. */
export function writeHistoryFile(path: string, content: HistoryFileContent): Promise<void> {
  return writeFileAtomic(path, encodeHistoryFile(content));
}
