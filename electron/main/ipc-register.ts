import {
  DESKTOP_API_METHODS,
  ipcChannel,
  type IpcError,
  type IpcErrorCode,
  type IpcResult,
} from '../../shared/protocol/ipc';
import { fileErrorWords } from './file-error-words';
import type { IpcHandlers } from './ipc-handlers';
import type { SenderFrame } from './ipc-sender';

/** The part of an `IpcMainInvokeEvent` the registration reads. */
export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

/** The part of Electron's `ipcMain` used here (a recording stand-in in unit tests). */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>,
  ): void;
  removeHandler(channel: string): void;
}

// Storage and model errors are recognised by name: main must not depend on which module
// (or bundle copy) constructed them.
const CODE_BY_ERROR_NAME: Readonly<Record<string, IpcErrorCode>> = {
  IpcArgumentError: 'invalid-argument',
  NotAllowedError: 'not-allowed',
  WorkshopFileError: 'file-error',
  OffsiteFileError: 'file-error',
  NewerSchemaError: 'file-error',
  SaveError: 'save-error',
};

/** A thrown value as the plain error that crosses IPC. */
export function toIpcError(err: unknown): IpcError {
  if (err instanceof Error) {
    const code = CODE_BY_ERROR_NAME[err.name] ?? CODE_BY_ERROR_NAME[err.constructor.name];
    if (code !== undefined) {
      // A file error also goes as words, for the window to say in its language.
      const words = fileErrorWords(err);
      return words ? { code, message: err.message, words } : { code, message: err.message };
    }
    return { code: 'internal', message: `Unexpected error in the desktop shell: ${err.message}` };
  }
  return { code: 'internal', message: `Unexpected error in the desktop shell: ${String(err)}` };
}

/**
 * Registers one `ipcMain.handle` per method of the contract. Each call first checks that
 * it comes from our own page, then runs the handler; every outcome is an {@link IpcResult},
 * so no exception (with its stack and paths) is serialised to the page by Electron.
 * Returns the registered channels.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: IpcHandlers,
  options: {
    isTrustedSender: (frame: SenderFrame | null) => boolean;
    log?: (message: string) => void;
  },
): string[] {
  const log = options.log ?? ((message: string) => console.warn(message));
  return DESKTOP_API_METHODS.map((method) => {
    const channel = ipcChannel(method);
    const handler = handlers[method] as (...args: unknown[]) => Promise<unknown>;
    ipcMain.handle(channel, async (event, ...args): Promise<IpcResult<unknown>> => {
      if (!options.isTrustedSender(event.senderFrame)) {
        log(`offsite: refused ${method} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
        return {
          ok: false,
          error: { code: 'forbidden-sender', message: `${method}: not allowed from this page` },
        };
      }
      try {
        return { ok: true, value: await handler(...args) };
      } catch (err) {
        const error = toIpcError(err);
        log(`offsite: ${method} failed [${error.code}] ${error.message}`);
        return { ok: false, error };
      }
    });
    return channel;
  });
}
