import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * The last save when a hub closes (SIGTERM, Ctrl+C, the desktop app quitting). It is
 * retried until `timeoutMs` has passed; if the workshop still cannot be stored (a
 * read-only folder, a full disk, a hung network drive), the unsaved state is written to a
 * dump file — beside the workshop if that folder takes it, else in the OS temp folder — and
 * the caller is told where, with an UnsavedWorkshopError. Never a hub that keeps retrying
 * in the background with its port closed (issue 15 item 9).
 */
export class UnsavedWorkshopError extends Error {
  override readonly name = 'UnsavedWorkshopError';
  constructor(
    message: string,
    /** Where the unsaved state was written, or null if it could be written nowhere. */
    readonly dumpPath: string | null,
  ) {
    super(message);
  }
}

export interface FinalSaveOptions {
  /** The workshop file. */
  readonly path: string;
  /** Stores the workshop to its file; rejects if it cannot. */
  readonly save: () => Promise<void>;
  /** Writes the workshop, as an .offsite file, to another path. */
  readonly dump: (path: string) => Promise<void>;
  /** How long saving may be tried (10 s by default in the hub). */
  readonly timeoutMs: number;
  /** Pause between attempts. */
  readonly retryMs?: number;
  /** Folders for the dump, tried in order; default: the workshop's folder, then the OS temp folder. */
  readonly dumpDirs?: readonly string[];
  readonly log: (message: string) => void;
  readonly now?: () => Date;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `promise`, or a rejection once `ms` have passed (the promise itself is left to run). */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** `room.offsite` → `room.offsite.unsaved-2026-11-29T10-15-00Z.offsite`. */
export function dumpFileName(path: string, at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
  return `${basename(path)}.unsaved-${stamp}.offsite`;
}

export async function finalSave(options: FinalSaveOptions): Promise<void> {
  const { path, log, timeoutMs } = options;
  const retryMs = options.retryMs ?? 1000;
  const deadline = Date.now() + timeoutMs;
  let lastError = 'unknown error';
  for (;;) {
    const left = deadline - Date.now();
    try {
      await within(options.save(), Math.max(1, left), `saving ${path}`);
      return;
    } catch (error) {
      lastError = (error as Error).message;
    }
    if (deadline - Date.now() <= retryMs) break;
    log(`saving ${path} before closing failed (${lastError}); trying again`);
    await sleep(retryMs);
  }
  const name = dumpFileName(path, options.now?.() ?? new Date());
  const failures: string[] = [];
  for (const dir of options.dumpDirs ?? [dirname(path), tmpdir()]) {
    const dumpPath = join(dir, name);
    try {
      await within(options.dump(dumpPath), Math.max(1000, retryMs), `writing ${dumpPath}`);
      throw new UnsavedWorkshopError(
        `could not save ${path} within ${timeoutMs / 1000} s (${lastError}); the unsaved workshop was written to ${dumpPath}`,
        dumpPath,
      );
    } catch (error) {
      if (error instanceof UnsavedWorkshopError) throw error;
      failures.push((error as Error).message);
    }
  }
  throw new UnsavedWorkshopError(
    `could not save ${path} (${lastError}), nor write it anywhere else (${failures.join('; ')}); the participants' devices still hold the workshop`,
    null,
  );
}
