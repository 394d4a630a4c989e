import { spawn } from 'node:child_process';

/**
 * Opens `url` in the user's browser, where one can be opened: `$BROWSER` if set (the usual
 * convention; also how the tests watch it), else the system's opener (`open` on macOS,
 * `start` on Windows, `xdg-open` elsewhere). Resolves false when none could be started (a
 * server without a desktop): the caller then tells the user to open the link themselves.
 */
export function openInBrowser(url: string): Promise<boolean> {
  const [command, args] = process.env.BROWSER
    ? [process.env.BROWSER, [url]]
    : process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(command, args, { stdio: 'ignore', detached: true });
    } catch {
      resolve(false);
      return;
    }
    child.once('error', () => resolve(false));
    child.once('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}
