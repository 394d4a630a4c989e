import type * as Y from 'yjs';
import type { WorkshopFileIO } from './file-io';

/**
 * Saves the document after edits: `debounceMs` after the last one, and never more than
 * `maxDebounceMs` after the first unsaved one, so a room that never stops typing is still
 * stored every 10 s. Saves never overlap; a failed save is logged and retried.
 */
export class DebouncedSaver {
  private timer: NodeJS.Timeout | null = null;
  private firstDirtyAt: number | null = null;
  private chain: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly path: string,
    private readonly io: WorkshopFileIO,
    private readonly options: {
      debounceMs: number;
      maxDebounceMs: number;
      log: (message: string) => void;
    },
  ) {}

  /** Call on every change. */
  schedule(): void {
    if (this.closed) return;
    const now = Date.now();
    this.firstDirtyAt ??= now;
    if (this.timer) clearTimeout(this.timer);
    const delay = Math.max(
      0,
      Math.min(this.options.debounceMs, this.firstDirtyAt + this.options.maxDebounceMs - now),
    );
    this.timer = setTimeout(() => void this.saveNow().catch(() => {}), delay);
  }

  get dirty(): boolean {
    return this.firstDirtyAt !== null;
  }

  /** Saves now if anything changed since the last save; resolves when stored. */
  flush(): Promise<void> {
    return this.saveNow();
  }

  /**
   * Stops scheduling: no timer, and a failed save is no longer retried in the background
   * (a closing hub must not retry forever with its port closed). flush() still saves.
   */
  stop(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Stops scheduling, then saves once if anything is unsaved. */
  close(): Promise<void> {
    this.stop();
    return this.flush();
  }

  private saveNow(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const run = this.chain.then(async () => {
      if (this.firstDirtyAt === null) return;
      this.firstDirtyAt = null;
      try {
        await this.io.save(this.path, this.doc);
      } catch (error) {
        this.options.log(`saving ${this.path} failed, will retry: ${(error as Error).message}`);
        this.firstDirtyAt ??= Date.now();
        if (!this.closed) this.schedule();
        throw error;
      }
    });
    // Saves never overlap; a failure is reported to this caller, not to the next one.
    this.chain = run.catch(() => {});
    return run;
  }
}
