import { readFile, rename, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { RecentFile } from '../../shared/protocol/ipc';

/** How many recent files are kept. */
export const MAX_RECENT_FILES = 10;
export const RECENT_FILES_NAME = 'recent-files.json';

/** The recent-files list, most recent first. */
export interface RecentFilesStore {
  /** The list, without files that no longer exist. */
  list(): Promise<RecentFile[]>;
  /** Puts `path` first (once) and returns the new list. */
  add(path: string): Promise<RecentFile[]>;
  clear(): Promise<void>;
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function parseEntries(text: string): RecentFile[] | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const files = (value as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) return null;
  // Hand-edited or damaged entries are dropped one by one rather than failing the list.
  return files.flatMap((f: unknown) => {
    const e = f as { path?: unknown; openedAt?: unknown } | null;
    return e !== null && typeof e === 'object' && typeof e.path === 'string' && e.path !== ''
      ? [
          {
            path: e.path,
            name: basename(e.path),
            openedAt: typeof e.openedAt === 'string' ? e.openedAt : '',
          },
        ]
      : [];
  });
}

/**
 * A recent-files list stored as JSON in `dir` (the app's userData folder), written
 * atomically with `writeFile`. Writes are serialised so two quick adds never interleave.
 * A damaged list file is set aside (renamed `.corrupt`), not silently overwritten.
 */
export function createRecentFiles(options: {
  dir: string;
  writeFile: (path: string, data: string) => Promise<void>;
  now?: () => Date;
  fileExists?: (path: string) => Promise<boolean>;
  /** Called after every change of the stored list (the menu's Open Recent follows it). */
  onChange?: (files: readonly RecentFile[]) => void;
}): RecentFilesStore {
  const file = join(options.dir, RECENT_FILES_NAME);
  const now = options.now ?? (() => new Date());
  const fileExists = options.fileExists ?? exists;
  let queue: Promise<unknown> = Promise.resolve();

  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function read(): Promise<RecentFile[]> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return [];
    }
    const entries = parseEntries(text);
    if (entries === null) {
      await rename(file, `${file}.corrupt`).catch(() => undefined);
      console.warn(`offsite: ${file} was damaged; set aside as ${RECENT_FILES_NAME}.corrupt`);
      return [];
    }
    return entries;
  }

  async function write(files: readonly RecentFile[]): Promise<void> {
    const body = { version: 1, files: files.map(({ path, openedAt }) => ({ path, openedAt })) };
    await options.writeFile(file, `${JSON.stringify(body, null, 2)}\n`);
    options.onChange?.(files);
  }

  async function present(files: readonly RecentFile[]): Promise<RecentFile[]> {
    const keep = await Promise.all(files.map((f) => fileExists(f.path)));
    return files.filter((_, i) => keep[i]).slice(0, MAX_RECENT_FILES);
  }

  return {
    list: () =>
      serial(async () => {
        const files = await read();
        const kept = await present(files);
        if (kept.length !== files.length) await write(kept);
        return kept;
      }),
    add: (path) =>
      serial(async () => {
        const entry: RecentFile = { path, name: basename(path), openedAt: now().toISOString() };
        const others = (await read()).filter((f) => f.path !== path);
        const files = await present([entry, ...others]);
        await write(files);
        return files;
      }),
    clear: () => serial(() => write([])),
  };
}
