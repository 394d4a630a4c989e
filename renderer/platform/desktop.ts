import { i18n } from '../../shared/i18n';
import {
  sayFileError,
  withFileErrorWords,
  WordedFileError,
} from '../../shared/protocol/file-error';
import type { DesktopApi, OpenedFile } from '../../shared/protocol/ipc';
import type { Platform, WorkshopFile } from './types';

/** The file name of a path, whichever separator the desktop's OS uses. */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function fromOpened(file: OpenedFile): WorkshopFile {
  const name = baseName(file.path);
  return file.kind === 'offsite'
    ? { kind: 'offsite', name, path: file.path, update: file.update }
    : { kind: 'json', name, path: file.path, data: file.data };
}

/**
 * The API with each rejection's file-error words taken off its message: a file error
 * rejects with a WordedFileError, which the error dialog says in the app's language.
 */
function worded(api: DesktopApi): DesktopApi {
  return new Proxy(api, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        return result instanceof Promise
          ? result.catch((error: unknown) => {
              throw withFileErrorWords(error);
            })
          : result;
      };
    },
  });
}

/**
 * The desktop platform: a thin adapter over `window.offsite`, the API the preload exposes
 * (contract: DesktopApi in shared/protocol/ipc.ts). The main process has already read and
 * validated files; failures reject with a readable message, said in the app's language
 * when main sent it as words (shared/protocol/file-error.ts).
 */
export function createDesktopPlatform(desktopApi: DesktopApi): Platform {
  const api = worded(desktopApi);
  return {
    kind: 'desktop',
    room: {
      openRoom: (update, title) => api.openRoom(update, title),
      closeRoom: () => api.closeRoom(),
      rotateRoomTokens: () => api.rotateRoomTokens(),
      nearbyRooms: () => api.nearbyRooms(),
    },
    // The main process opens its own window on the hosted room (window.open is denied).
    openPresentation: () => api.openPresentationWindow(),
    allowRoomConnection: (wsUrl) => api.allowRoomConnection(new URL(wsUrl).origin),
    openWorkshopFile: async () => {
      const file = await api.openWorkshopFile();
      return file ? fromOpened(file) : null;
    },
    importJsonFile: async () => {
      const result = await api.importJsonFile();
      if (!result) return null;
      const name = baseName(result.path);
      return result.ok
        ? { ok: true, name, data: result.data }
        : {
            ok: false,
            name,
            message: result.words ? sayFileError(i18n.t, result.words) : result.message,
            problems: result.problems,
          };
    },
    saveWorkshopFileAs: (suggestedName, update) => api.saveWorkshopFileAs(suggestedName, update),
    exportFile: (kind, suggestedName, bytes) => api.exportFile(kind, suggestedName, bytes),
    recentFiles: () => api.recentFiles(),
    openRecentFile: async (path) => fromOpened(await api.openWorkshopPath(path)),
    onMenuCommand: (cb) => api.onMenuCommand(cb),
    onOpenFile: (cb) => api.onOpenFile((file) => cb(fromOpened(file))),
    onOpenFileFailed: (cb) =>
      api.onOpenFileFailed(({ path, message, words }) =>
        cb(baseName(path), words ? new WordedFileError(message, words) : new Error(message)),
      ),
  };
}
