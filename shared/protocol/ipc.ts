/**
 * The one typed contract between the desktop renderer and the Electron main process.
 *
 * - `DesktopApi` is what the renderer sees as `window.offsite` (exposed by the preload).
 * - `DESKTOP_API_METHODS` lists its invokable methods: the preload builds its proxy by
 *   iterating it and the main process registers exactly one handler per entry, so the three
 *   cannot drift apart (a unit test checks both).
 * - On the wire every call answers an {@link IpcResult}. The preload unwraps it: a
 *   `DesktopApi` method resolves with the value, or rejects with an `Error` whose message is
 *   the human-readable `error.message` (English). (The preload also sets the error's `name`
 *   to the {@link IpcErrorCode}, but Electron's context bridge copies only the message of an
 *   Error into the page, so the renderer must rely on the message alone; main logs the
 *   code.) A file error's words (file-error.ts) ride on that message, and the renderer's
 *   desktop platform takes them off to say the error in the app's language. Cancelling a
 *   native dialog is not an error: it resolves `null`.
 *
 * Pure TypeScript (no Electron, no Node, no DOM): imported by electron/main,
 * electron/preload and renderer/platform alike.
 * @public
 */
import type { WorkshopJson } from '../model/interchange';
import { attachFileErrorWords, isFileErrorWords, type FileErrorWords } from './file-error';

/** A workshop file the main process read from disk, ready for the renderer to load. */
export type OpenedFile =
  | {
      readonly path: string;
      readonly kind: 'offsite';
      /** The Yjs state of the workshop (`Y.encodeStateAsUpdate`), to `Y.applyUpdate`. */
      readonly update: Uint8Array;
    }
  | {
      readonly path: string;
      readonly kind: 'json';
      /** Interchange JSON, already validated by the main process. */
      readonly data: WorkshopJson;
    };

/** One problem of an imported JSON file: `objectives[1].keyResults[0].target: expected a number`. */
export interface ImportProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * A file opened from the OS (double-click, argv, Open Recent) that could not be read: sent
 * to the window, which says it in its language (main has none of its own).
 */
export interface OpenFileFailure {
  readonly path: string;
  /** main's English sentence, naming the file. */
  readonly message: string;
  /** The same as words (file-error.ts), when it is a file error. */
  readonly words?: FileErrorWords;
}

/** Type guard for a value received over IPC. */
export function isOpenFileFailure(value: unknown): value is OpenFileFailure {
  const v = value as { path?: unknown; message?: unknown; words?: unknown } | null;
  return (
    v !== null &&
    typeof v === 'object' &&
    typeof v.path === 'string' &&
    typeof v.message === 'string' &&
    (v.words === undefined || isFileErrorWords(v.words))
  );
}

/** The answer of {@link DesktopApi.importJsonFile} when the user picked a file. */
export type ImportJsonResult =
  | { readonly ok: true; readonly path: string; readonly data: WorkshopJson }
  | {
      readonly ok: false;
      readonly path: string;
      /** One readable sentence naming the file, for the error dialog's heading (English). */
      readonly message: string;
      /** The same sentence as words, for the window to say in its language (file-error.ts). */
      readonly words?: FileErrorWords;
      /** Every problem found; may be empty when the file could not be read at all. */
      readonly problems: readonly ImportProblem[];
    };

/** An entry of the recent-files list (most recent first). */
export interface RecentFile {
  readonly path: string;
  /** The file name without its folder, for menus and lists. */
  readonly name: string;
  /** ISO 8601 time the file was last opened or saved. */
  readonly openedAt: string;
}

/** What {@link DesktopApi.appInfo} reports. */
export interface AppInfo {
  readonly name: string;
  readonly version: string;
  /** Node's `process.platform` of the desktop: 'darwin', 'win32', 'linux', … */
  readonly platform: string;
  readonly electronVersion: string;
}

/** A room the desktop app opened (its hub runs in the main process). */
export interface RoomInfo {
  /** The participant join link `http://LAN-IP:PORT/#/join/ROOM?t=TOKEN` (text and QR code). */
  readonly url: string;
  /** The read-only link for a projector. */
  readonly viewerUrl: string;
  /** `ws://LAN-IP:PORT/collab`, as other devices reach it. */
  readonly wsUrl: string;
  /** `ws://127.0.0.1:PORT/collab`: how this app's own window connects. */
  readonly localWsUrl: string;
  readonly room: string;
  /** Never shown in a link: the window connects with it and gets the facilitator's powers. */
  readonly facilitatorToken: string;
  readonly port: number;
}

/** A room advertised on the LAN (mDNS/DNS-SD); joining needs its link, which carries the token. */
export interface NearbyRoomInfo {
  readonly name: string;
  readonly room: string;
  readonly host: string;
  readonly port: number;
}

/** The export formats a save dialog knows how to filter for. */
export type ExportKind = 'pdf' | 'md' | 'csv' | 'json';
/** @public */
export const EXPORT_KINDS: readonly ExportKind[] = ['pdf', 'md', 'csv', 'json'];

/**
 * Commands the application menu sends to the renderer. Undo and redo are here (not the
 * webContents' own roles) because undo belongs to the workshop's Yjs UndoManager.
 */
export type MenuCommand = 'new' | 'open' | 'save-as' | 'import-json' | 'export' | 'undo' | 'redo';
/** @public */
export const MENU_COMMANDS: readonly MenuCommand[] = [
  'new',
  'open',
  'save-as',
  'import-json',
  'export',
  'undo',
  'redo',
];

/** Type guard for a value received over IPC. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/**
 * The desktop API the renderer calls (`window.offsite`). Every method is async; failures
 * reject with an `Error` (see the module comment), a cancelled dialog resolves `null`.
 * @public
 */
export interface DesktopApi {
  /** Native open dialog for `.offsite` and `.json` workshops; reads and validates the file. */
  openWorkshopFile(): Promise<OpenedFile | null>;
  /**
   * Opens a file by path. Only paths this app already knows are allowed (the recent-files
   * list, or a file chosen or opened in this session): a renderer cannot read arbitrary files.
   */
  openWorkshopPath(path: string): Promise<OpenedFile>;
  /** Native save dialog, then an atomic save of the Yjs state as `.offsite`. Returns the path. */
  saveWorkshopFileAs(suggestedName: string, update: Uint8Array): Promise<string | null>;
  /** Atomic save to a path previously chosen or opened in this session. */
  saveWorkshopFile(path: string, update: Uint8Array): Promise<void>;
  /** Native open dialog filtered to `.json`; answers the validated data or every problem. */
  importJsonFile(): Promise<ImportJsonResult | null>;
  /** Native save dialog for an export, then an atomic write. Returns the path. */
  exportFile(kind: ExportKind, suggestedName: string, bytes: Uint8Array): Promise<string | null>;
  recentFiles(): Promise<RecentFile[]>;
  clearRecentFiles(): Promise<void>;
  setFullScreen(on: boolean): Promise<void>;
  appInfo(): Promise<AppInfo>;
  /**
   * Opens a room on this workshop: the main process writes `update` to a workshop file
   * under userData/rooms/, starts the hub on the LAN (random port) and advertises it.
   * One room at a time: an open one is closed first.
   */
  openRoom(update: Uint8Array, title: string): Promise<RoomInfo>;
  /** Stores the room's file and closes the hub (no-op when none is open). */
  closeRoom(): Promise<void>;
  /** New links for the open room; old ones stop working. */
  rotateRoomTokens(): Promise<RoomInfo>;
  /** Rooms advertised on the LAN right now (a short browse). */
  nearbyRooms(): Promise<NearbyRoomInfo[]>;
  /**
   * "Present": opens the presentation view of the room this app hosts in a second window
   * (for a projector or a second screen), or brings it to the front. It loads the app's own
   * bundle, connected to the hub with the viewer's token. Rejects when no room is open.
   */
  openPresentationWindow(): Promise<void>;
  /**
   * Lets the window connect to the room at `origin` (`ws://HOST:PORT`, the origin of a
   * room's sync URL, no path), before it does. The main process refuses every connection
   * of the window to anywhere else (electron/main/connect-guard.ts); the room this app
   * hosts is allowed without asking.
   */
  allowRoomConnection(origin: string): Promise<void>;

  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(cb: (cmd: MenuCommand) => void): () => void;
  /** Subscribes to files opened from the OS (double-click, argv, second instance). */
  onOpenFile(cb: (file: OpenedFile) => void): () => void;
  /** Subscribes to files opened from the OS that could not be read. */
  onOpenFileFailed(cb: (failure: OpenFileFailure) => void): () => void;
}

/** Names of the event subscriptions of {@link DesktopApi}: not invokable over IPC. */
export type DesktopApiEvent = 'onMenuCommand' | 'onOpenFile' | 'onOpenFileFailed';
/** Names of the invokable (request/response) methods of {@link DesktopApi}. */
export type DesktopApiMethod = Exclude<keyof DesktopApi, DesktopApiEvent>;

/**
 * Every invokable method, once. `satisfies` plus the exhaustiveness check below make the
 * compiler reject a method missing from (or unknown to) the contract.
 * @public
 */
export const DESKTOP_API_METHODS = [
  'openWorkshopFile',
  'openWorkshopPath',
  'saveWorkshopFileAs',
  'saveWorkshopFile',
  'importJsonFile',
  'exportFile',
  'recentFiles',
  'clearRecentFiles',
  'setFullScreen',
  'appInfo',
  'openRoom',
  'closeRoom',
  'rotateRoomTokens',
  'nearbyRooms',
  'openPresentationWindow',
  'allowRoomConnection',
] as const satisfies readonly DesktopApiMethod[];

type MissingMethods = Exclude<DesktopApiMethod, (typeof DESKTOP_API_METHODS)[number]>;
// Fails to compile when a method of DesktopApi is not listed above.
const _everyMethodListed: [MissingMethods] extends [never] ? true : MissingMethods = true;
void _everyMethodListed;

/** Arguments and resolved value of one invokable method. */
export type DesktopApiArgs<M extends DesktopApiMethod> = Parameters<DesktopApi[M]>;
export type DesktopApiResult<M extends DesktopApiMethod> = Awaited<ReturnType<DesktopApi[M]>>;

/** The IPC channel of a method: channel names are derived here and nowhere else. */
export function ipcChannel(method: DesktopApiMethod): `offsite:${DesktopApiMethod}` {
  return `offsite:${method}`;
}

/** main → renderer: a {@link MenuCommand}. */
export const MENU_COMMAND_CHANNEL = 'offsite:event:menu-command';
/** main → renderer: an {@link OpenedFile} opened from the OS. */
export const OPEN_FILE_CHANNEL = 'offsite:event:open-file';
/** main → renderer: an {@link OpenFileFailure}. */
export const OPEN_FILE_FAILED_CHANNEL = 'offsite:event:open-file-failed';
/**
 * renderer → main: "I now listen for opened files". Files opened from the OS before the
 * renderer subscribed (argv at launch, macOS `open-file` before the window loaded) are queued
 * in main and delivered after this signal, so none is dropped.
 */
export const OPEN_FILE_READY_CHANNEL = 'offsite:event:open-file-ready';

/** Why a call failed; the `name` of the rejected `Error` on the renderer side. */
export type IpcErrorCode =
  | 'invalid-argument'
  | 'forbidden-sender'
  | 'not-allowed'
  | 'file-error'
  | 'save-error'
  | 'internal';

/** What a failed call carries over IPC: plain data, since class instances do not cross. */
export interface IpcError {
  readonly code: IpcErrorCode;
  /** A readable sentence naming what failed and where (e.g. the file), in English. */
  readonly message: string;
  /** A file error's words, for the window to say in its language (file-error.ts). */
  readonly words?: FileErrorWords;
}

/** The wire shape of every answer from main. */
export type IpcResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: IpcError };

const ERROR_CODES: readonly IpcErrorCode[] = [
  'invalid-argument',
  'forbidden-sender',
  'not-allowed',
  'file-error',
  'save-error',
  'internal',
];

/**
 * Turns a wire answer into the value, or throws an `Error` (message = `error.message`,
 * name = the code). A malformed answer is itself an error, never a silent `undefined`.
 * @public
 */
export function unwrapIpcResult<T>(method: DesktopApiMethod, result: unknown): T {
  if (typeof result === 'object' && result !== null && 'ok' in result) {
    const r = result as { ok: unknown; value?: unknown; error?: unknown };
    if (r.ok === true) return r.value as T;
    if (r.ok === false && typeof r.error === 'object' && r.error !== null) {
      const e = r.error as { code?: unknown; message?: unknown; words?: unknown };
      const message = typeof e.message === 'string' ? e.message : `${method} failed`;
      // Only the message crosses the context bridge: the words ride on it.
      const err = new Error(
        isFileErrorWords(e.words) ? attachFileErrorWords(message, e.words) : message,
      );
      err.name = ERROR_CODES.includes(e.code as IpcErrorCode) ? (e.code as string) : 'internal';
      throw err;
    }
  }
  const err = new Error(`${method}: the desktop shell sent a malformed answer`);
  err.name = 'internal';
  throw err;
}
