import { access } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type {
  AppInfo,
  DesktopApiMethod,
  DesktopApiResult,
  ExportKind,
  ImportJsonResult,
  ImportProblem,
  OpenedFile,
} from '../../shared/protocol/ipc';
import type { WorkshopJson } from '../../shared/model/interchange';
import {
  expectAbsolutePath,
  expectArgCount,
  expectBoolean,
  expectBytes,
  expectExportKind,
  expectName,
  expectRoomOrigin,
  safeFileName,
} from './ipc-validate';
import type { RoomOrigins } from './connect-guard';
import { fileErrorWords } from './file-error-words';
import type { PathGrants } from './path-grants';
import type { RecentFilesStore } from './recent-files';
import type { PresentationTarget, RoomHostService } from './room-host';

/** A request the renderer may not make (a path it was never given), as opposed to a bad argument. */
export class NotAllowedError extends Error {
  override readonly name = 'NotAllowedError';
}

/** What electron/storage's `readWorkshopFile` resolves to (the parts used here). */
export type LoadedWorkshopLike =
  | { readonly kind: 'offsite'; readonly update: Uint8Array }
  | { readonly kind: 'json'; readonly data: WorkshopJson };

/** Everything the handlers need from Electron and storage, passed in so they test as plain functions. */
export interface IpcHandlerDeps {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  /**
   * Asks whether to replace the existing file at `path`, a name the save dialog never saw
   * (the extension was added after it): true to replace, false to choose again.
   */
  confirmOverwrite(path: string): Promise<boolean>;
  readWorkshopFile(path: string): Promise<LoadedWorkshopLike>;
  /** Saves a Yjs state as a `.offsite` file, atomically, refusing to clobber an unreadable file. */
  saveWorkshopUpdate(path: string, update: Uint8Array): Promise<void>;
  writeFileAtomic(path: string, data: Uint8Array): Promise<void>;
  recent: RecentFilesStore;
  grants: PathGrants;
  setFullScreen(on: boolean): void;
  appInfo(): AppInfo;
  /** Folder save dialogs start in (the user's documents). */
  defaultDir(): string;
  /** The room hub host; absent where rooms are not wired (some unit tests). */
  rooms?: RoomHostService;
  /** Opens (or brings up) the presentation window on a room; absent where not wired. */
  openPresentationWindow?(target: PresentationTarget): void;
  /** The rooms the window may connect to (connect-guard.ts); absent where not wired. */
  roomOrigins?: RoomOrigins;
}

/**
 * One handler per invokable method of the contract. Arguments arrive as `unknown` — they
 * come from the page — and each handler validates them before use; return types are the
 * contract's, checked by `satisfies` below.
 */
export type IpcHandlers = {
  readonly [M in DesktopApiMethod]: (...args: unknown[]) => Promise<DesktopApiResult<M>>;
};

const WORKSHOP_FILTERS = [
  { name: 'Offsite workshops', extensions: ['offsite', 'json'] },
  { name: 'Offsite workshop file', extensions: ['offsite'] },
  { name: 'Workshop JSON', extensions: ['json'] },
];

/** Save-dialog filter of each export kind. */
export const EXPORT_FILTERS: Readonly<Record<ExportKind, { name: string; extensions: string[] }>> =
  {
    pdf: { name: 'PDF document', extensions: ['pdf'] },
    md: { name: 'Markdown', extensions: ['md'] },
    csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
    json: { name: 'Workshop JSON', extensions: ['json'] },
  };

/** Problems carried by a storage error (`problems: {path, message}[]`), if it has them. */
function problemsOf(err: unknown): ImportProblem[] {
  const problems = (err as { problems?: unknown } | null)?.problems;
  if (!Array.isArray(problems)) return [];
  return problems.flatMap((p: unknown) => {
    if (typeof p === 'string') return [{ path: '', message: p }];
    const q = p as { path?: unknown; message?: unknown } | null;
    return q !== null && typeof q === 'object' && typeof q.message === 'string'
      ? [{ path: typeof q.path === 'string' ? q.path : '', message: q.message }]
      : [];
  });
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === `.${extension}` ? path : `${path}.${extension}`;
}

/** Builds the handlers of every method of the desktop API. */
export function createIpcHandlers(deps: IpcHandlerDeps): IpcHandlers {
  async function load(path: string): Promise<OpenedFile> {
    const loaded = await deps.readWorkshopFile(path);
    deps.grants.grant(path);
    await deps.recent.add(path);
    return loaded.kind === 'offsite'
      ? { path, kind: 'offsite', update: loaded.update }
      : { path, kind: 'json', data: loaded.data };
  }

  async function pickSavePath(
    options: SaveDialogOptions,
    extension: string,
  ): Promise<string | null> {
    let dialogOptions = options;
    for (;;) {
      const picked = await deps.showSaveDialog(dialogOptions);
      if (picked.canceled || picked.filePath === undefined || picked.filePath === '') return null;
      const path = withExtension(picked.filePath, extension);
      // The dialog confirmed replacing the name it returned, not the one with the extension
      // added: `report` must not silently overwrite `report.pdf` (issue 15 item 12).
      if (path === picked.filePath || !(await exists(path))) return path;
      if (await deps.confirmOverwrite(path)) return path;
      dialogOptions = { ...options, defaultPath: path };
    }
  }

  function rooms(method: string): RoomHostService {
    if (!deps.rooms) throw new NotAllowedError(`${method}: rooms are not available here`);
    return deps.rooms;
  }

  return {
    async openWorkshopFile(...args) {
      expectArgCount('openWorkshopFile', args, 0);
      const picked = await deps.showOpenDialog({
        title: 'Open workshop',
        properties: ['openFile'],
        filters: WORKSHOP_FILTERS,
      });
      const path = picked.filePaths[0];
      if (picked.canceled || path === undefined) return null;
      return load(path);
    },

    async openWorkshopPath(...args) {
      expectArgCount('openWorkshopPath', args, 1);
      const path = expectAbsolutePath('openWorkshopPath', 'path', args[0]);
      const known =
        deps.grants.has(path) || (await deps.recent.list()).some((f) => f.path === path);
      if (!known) {
        throw new NotAllowedError(
          `openWorkshopPath: "${path}" was not opened in Offsite before; use Open… to choose it`,
        );
      }
      return load(path);
    },

    async saveWorkshopFileAs(...args) {
      expectArgCount('saveWorkshopFileAs', args, 2);
      const name = expectName('saveWorkshopFileAs', 'suggestedName', args[0]);
      const update = expectBytes('saveWorkshopFileAs', 'update', args[1]);
      const path = await pickSavePath(
        {
          title: 'Save workshop as',
          defaultPath: join(deps.defaultDir(), safeFileName(name, 'offsite')),
          filters: [{ name: 'Offsite workshop file', extensions: ['offsite'] }],
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        },
        'offsite',
      );
      if (path === null) return null;
      await deps.saveWorkshopUpdate(path, update);
      deps.grants.grant(path);
      await deps.recent.add(path);
      return path;
    },

    async saveWorkshopFile(...args) {
      expectArgCount('saveWorkshopFile', args, 2);
      const path = expectAbsolutePath('saveWorkshopFile', 'path', args[0]);
      const update = expectBytes('saveWorkshopFile', 'update', args[1]);
      if (extname(path).toLowerCase() !== '.offsite') {
        throw new NotAllowedError(
          `saveWorkshopFile: "${basename(path)}" is not a .offsite file; use Save As… to choose one`,
        );
      }
      if (!deps.grants.has(path)) {
        throw new NotAllowedError(
          `saveWorkshopFile: "${path}" was not opened or saved in this session; use Save As…`,
        );
      }
      await deps.saveWorkshopUpdate(path, update);
      await deps.recent.add(path);
    },

    async importJsonFile(...args): Promise<ImportJsonResult | null> {
      expectArgCount('importJsonFile', args, 0);
      const picked = await deps.showOpenDialog({
        title: 'Import workshop JSON',
        properties: ['openFile'],
        filters: [{ name: 'Workshop JSON', extensions: ['json'] }],
      });
      const path = picked.filePaths[0];
      if (picked.canceled || path === undefined) return null;
      let loaded: LoadedWorkshopLike;
      try {
        loaded = await deps.readWorkshopFile(path);
      } catch (err) {
        // A bad file is an expected outcome of an import: answer it as data so the UI can
        // list every problem, instead of a bare rejection.
        const words = fileErrorWords(err);
        return {
          ok: false,
          path,
          message: err instanceof Error ? err.message : `Could not read ${path}`,
          ...(words && { words }),
          problems: problemsOf(err),
        };
      }
      if (loaded.kind !== 'json') {
        return {
          ok: false,
          path,
          message: `${basename(path)} is an Offsite workshop file, not JSON: open it with Open… instead`,
          words: { key: 'notJson', params: { name: basename(path) } },
          problems: [],
        };
      }
      return { ok: true, path, data: loaded.data };
    },

    async exportFile(...args) {
      expectArgCount('exportFile', args, 3);
      const kind = expectExportKind('exportFile', 'kind', args[0]);
      const name = expectName('exportFile', 'suggestedName', args[1]);
      const bytes = expectBytes('exportFile', 'bytes', args[2]);
      const path = await pickSavePath(
        {
          title: 'Export',
          defaultPath: join(deps.defaultDir(), safeFileName(name, kind, 'okrs')),
          filters: [EXPORT_FILTERS[kind]],
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        },
        kind,
      );
      if (path === null) return null;
      await deps.writeFileAtomic(path, bytes);
      return path;
    },

    async recentFiles(...args) {
      expectArgCount('recentFiles', args, 0);
      return deps.recent.list();
    },

    async clearRecentFiles(...args) {
      expectArgCount('clearRecentFiles', args, 0);
      await deps.recent.clear();
    },

    async setFullScreen(...args) {
      expectArgCount('setFullScreen', args, 1);
      deps.setFullScreen(expectBoolean('setFullScreen', 'on', args[0]));
    },

    async appInfo(...args) {
      expectArgCount('appInfo', args, 0);
      return deps.appInfo();
    },

    async openRoom(...args) {
      expectArgCount('openRoom', args, 2);
      const update = expectBytes('openRoom', 'update', args[0]);
      const title = typeof args[1] === 'string' ? args[1].slice(0, 200) : '';
      const info = await rooms('openRoom').open(update, title);
      // The window connects to the room it hosts on loopback: main knows that one itself.
      deps.roomOrigins?.allow(new URL(info.localWsUrl).origin);
      return info;
    },

    async closeRoom(...args) {
      expectArgCount('closeRoom', args, 0);
      await rooms('closeRoom').close();
    },

    async rotateRoomTokens(...args) {
      expectArgCount('rotateRoomTokens', args, 0);
      return rooms('rotateRoomTokens').rotate();
    },

    async nearbyRooms(...args) {
      expectArgCount('nearbyRooms', args, 0);
      return rooms('nearbyRooms').nearby();
    },

    async openPresentationWindow(...args) {
      expectArgCount('openPresentationWindow', args, 0);
      // No argument from the page: the window opens on the room this app hosts, with the
      // viewer's token, so a page can never point a window at another server or token.
      const target = rooms('openPresentationWindow').presentation();
      if (!target) throw new NotAllowedError('openPresentationWindow: no room is open');
      if (!deps.openPresentationWindow)
        throw new NotAllowedError('openPresentationWindow: presenting is not available here');
      deps.openPresentationWindow(target);
    },

    async allowRoomConnection(...args) {
      expectArgCount('allowRoomConnection', args, 1);
      const origin = expectRoomOrigin('allowRoomConnection', 'origin', args[0]);
      if (!deps.roomOrigins)
        throw new NotAllowedError('allowRoomConnection: rooms are not available here');
      deps.roomOrigins.allow(origin);
    },
  } satisfies IpcHandlers;
}
