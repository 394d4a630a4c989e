import type {
  afterLoadDocumentPayload,
  Extension,
  onLoadDocumentPayload,
} from '@hocuspocus/server';
import type * as Y from 'yjs';
import { DebouncedSaver } from './debounced-saver';
import type { WorkshopFileIO } from './file-io';
import { finalSave } from './final-save';
import type { OpenedWorkshop } from './open-workshop';

export interface PersistenceOptions {
  readonly io: WorkshopFileIO;
  /** Save this long after the last edit… */
  readonly debounceMs: number;
  /** …and never more than this long after the first unsaved one. */
  readonly maxDebounceMs: number;
  /**
   * How long closing may try to save before it writes the unsaved state to a dump file
   * and rejects with UnsavedWorkshopError (final-save.ts); default 10 s.
   */
  readonly closeTimeoutMs?: number;
  readonly log: (message: string) => void;
}

/**
 * The workshop file as a Hocuspocus extension: the room's document is the workshop opened
 * at start (onLoadDocument, so no client ever syncs an empty doc while loading runs:
 * Hocuspocus #821), and every change goes back to the file, debounced. Not through
 * Hocuspocus' onStoreDocument: that runs only for updates from a client connection, and
 * the hub writes to the document itself too (vote counts), so DebouncedSaver listens to
 * every update instead.
 */
export class Persistence implements Extension {
  readonly extensionName = 'offsite-persistence';
  private saver: DebouncedSaver | null = null;
  private document: Y.Doc | null = null;

  constructor(
    private readonly opened: OpenedWorkshop,
    private readonly options: PersistenceOptions,
  ) {}

  async onLoadDocument({ documentName }: onLoadDocumentPayload): Promise<Y.Doc> {
    if (documentName !== this.opened.room) throw new Error(`no room "${documentName}"`);
    return this.opened.doc;
  }

  async afterLoadDocument({ document }: afterLoadDocumentPayload): Promise<void> {
    // Hocuspocus copied its state into `document`, which stays loaded for the hub's life.
    this.opened.doc.destroy();
    this.document = document;
    this.saver = new DebouncedSaver(document, this.opened.path, this.storage(), this.options);
    const saver = this.saver;
    document.on('update', () => saver.schedule());
  }

  /** Stores the document now if it changed since the last save. */
  flush(): Promise<void> {
    return this.saver?.flush() ?? Promise.resolve();
  }

  /**
   * Stops saving in the background, then stores what is unsaved, trying for at most
   * `closeTimeoutMs`; past that, writes it to a dump file and rejects with
   * UnsavedWorkshopError saying where.
   */
  async close(): Promise<void> {
    const { saver, document } = this;
    if (!saver || !document) return;
    saver.stop();
    await finalSave({
      path: this.opened.path,
      save: () => saver.flush(),
      dump: (path) => this.options.io.save(path, document),
      timeoutMs: this.options.closeTimeoutMs ?? 10_000,
      log: this.options.log,
    });
  }

  /** A room opened from JSON stores its history in .offsite and the JSON back beside it. */
  private storage(): WorkshopFileIO {
    const { io } = this.options;
    const mirror = this.opened.mirror;
    if (!mirror) return io;
    return {
      ...io,
      save: async (path, doc) => {
        await io.save(path, doc);
        await io.save(mirror, doc);
      },
    };
  }
}
