import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the app's own bundle lives: the built renderer folder, or the dev server in development. */
export interface AppOrigin {
  /** Absolute path of the built renderer (out/renderer). */
  readonly rendererDir: string;
  /** electron-vite's dev server (`ELECTRON_RENDERER_URL`), only when not packaged. */
  readonly devServerUrl?: string | undefined;
}

/**
 * True when `url` is a page of the app's own bundle: a file:// URL inside the renderer
 * folder, or a URL of the dev server's origin. Everything else — a hub's page, another
 * file on disk, a `javascript:` URL — is foreign. The navigation guard and the IPC sender
 * check both rely on this one definition.
 */
export function isAppUrl(url: string, origin: AppOrigin): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') {
    let path: string;
    try {
      path = fileURLToPath(parsed);
    } catch {
      return false; // e.g. file://remote-host/… on POSIX
    }
    const rel = relative(origin.rendererDir, path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  }
  if (origin.devServerUrl !== undefined && origin.devServerUrl !== '') {
    try {
      const dev = new URL(origin.devServerUrl);
      return (
        (dev.protocol === 'http:' || dev.protocol === 'https:') && parsed.origin === dev.origin
      );
    } catch {
      return false;
    }
  }
  return false;
}
