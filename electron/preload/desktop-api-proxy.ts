import {
  DESKTOP_API_METHODS,
  MENU_COMMAND_CHANNEL,
  OPEN_FILE_CHANNEL,
  OPEN_FILE_FAILED_CHANNEL,
  OPEN_FILE_READY_CHANNEL,
  ipcChannel,
  isMenuCommand,
  isOpenFileFailure,
  unwrapIpcResult,
  type DesktopApi,
  type DesktopApiMethod,
  type MenuCommand,
  type OpenedFile,
  type OpenFileFailure,
} from '../../shared/protocol/ipc';

/** The part of Electron's `ipcRenderer` the proxy uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  send(channel: string, ...args: unknown[]): void;
}

function isOpenedFile(value: unknown): value is OpenedFile {
  const v = value as { path?: unknown; kind?: unknown; update?: unknown; data?: unknown } | null;
  if (v === null || typeof v !== 'object' || typeof v.path !== 'string') return false;
  return (
    (v.kind === 'offsite' && v.update instanceof Uint8Array) ||
    (v.kind === 'json' && typeof v.data === 'object')
  );
}

/**
 * Builds `window.offsite` with one generic proxy over the contract's method list: each
 * method invokes its channel and unwraps the {@link IpcResult}. The page receives plain
 * functions only — never `ipcRenderer`, its events, or anything from Node.
 */
export function createDesktopApi(ipc: IpcRendererLike): DesktopApi {
  const methods = Object.fromEntries(
    DESKTOP_API_METHODS.map((method: DesktopApiMethod) => [
      method,
      async (...args: unknown[]) =>
        unwrapIpcResult(method, await ipc.invoke(ipcChannel(method), ...args)),
    ]),
  ) as unknown as Omit<DesktopApi, 'onMenuCommand' | 'onOpenFile' | 'onOpenFileFailed'>;

  function subscribe<T>(
    channel: string,
    accept: (v: unknown) => v is T,
    cb: (value: T) => void,
  ): () => void {
    // The IPC event (with its `sender`) stays in the preload: only the payload reaches the page.
    const listener = (_event: unknown, value: unknown): void => {
      if (accept(value)) cb(value);
    };
    ipc.on(channel, listener);
    return () => {
      ipc.removeListener(channel, listener);
    };
  }

  return {
    ...methods,
    onMenuCommand: (cb: (cmd: MenuCommand) => void) =>
      subscribe(MENU_COMMAND_CHANNEL, isMenuCommand, cb),
    onOpenFile: (cb: (file: OpenedFile) => void) => {
      const unsubscribe = subscribe(OPEN_FILE_CHANNEL, isOpenedFile, cb);
      // Tells main someone listens now, so files opened before this moment are delivered.
      ipc.send(OPEN_FILE_READY_CHANNEL);
      return unsubscribe;
    },
    onOpenFileFailed: (cb: (failure: OpenFileFailure) => void) =>
      subscribe(OPEN_FILE_FAILED_CHANNEL, isOpenFileFailure, cb),
  };
}
