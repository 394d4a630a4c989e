import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenedFile } from '../../shared/protocol/ipc';

/** The extension of workshop files the OS hands to the app. */
export const WORKSHOP_EXTENSION = '.offsite';

/**
 * The workshop file in a command line (Windows and Linux pass a double-clicked file as an
 * argument; a second instance forwards its argv). Skips the executable and flags; accepts
 * `file://` URIs (Linux desktop entries pass `%U`); resolves relative paths against `cwd`
 * (the second instance's working directory). The last `.offsite` argument wins.
 */
export function workshopPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i];
    if (arg === undefined || arg === '' || arg.startsWith('-')) continue;
    let path = arg;
    if (arg.startsWith('file:')) {
      try {
        path = fileURLToPath(arg);
      } catch {
        continue;
      }
    }
    if (!path.toLowerCase().endsWith(WORKSHOP_EXTENSION) || path.includes('\0')) continue;
    return isAbsolute(path) ? path : resolve(cwd, path);
  }
  return null;
}

/**
 * Routes files opened from the OS to the renderer. Opens can arrive before the window
 * exists or before the page listens (argv at launch, macOS `open-file` before `ready`), so
 * they wait in a queue until the renderer says it listens, and are delivered in order.
 */
export function createOpenFileRouter(options: {
  load(path: string): Promise<OpenedFile>;
  deliver(file: OpenedFile): void;
  fail(path: string, err: unknown): void;
}): {
  open(path: string): Promise<void>;
  rendererReady(): Promise<void>;
  rendererGone(): void;
  pending(): readonly string[];
} {
  const queue: string[] = [];
  let ready = false;

  async function loadAndDeliver(path: string): Promise<void> {
    try {
      options.deliver(await options.load(path));
    } catch (err) {
      options.fail(path, err);
    }
  }

  return {
    async open(path) {
      if (!ready) {
        queue.push(path);
        return;
      }
      await loadAndDeliver(path);
    },
    async rendererReady() {
      ready = true;
      while (queue.length > 0) {
        const path = queue.shift();
        if (path !== undefined) await loadAndDeliver(path);
      }
    },
    rendererGone() {
      ready = false;
    },
    pending: () => [...queue],
  };
}
