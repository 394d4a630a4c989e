import type { WebContents } from 'electron';

/**
 * The only links handed to the OS browser: https with a host and no credentials. http
 * (sniffable, and LAN hubs are not web pages to browse), file:, javascript:, data:,
 * custom schemes (which launch other apps) and malformed URLs are refused.
 */
export function isAllowedExternalUrl(url: unknown): boolean {
  // The literal prefix too: the URL parser would read `https:example` as https://example/.
  if (typeof url !== 'string' || url.length > 2048 || !/^https:\/\//i.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** What to do when the page tries to go to `url`. */
export type NavigationDecision = 'allow' | 'deny' | 'open-external';

/**
 * A navigation of the window stays inside the app's own bundle. A https link leaves for the
 * OS browser; everything else is dropped. The window never loads a page from a hub.
 */
export function decideNavigation(
  url: string,
  isAppUrl: (url: string) => boolean,
): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  return isAllowedExternalUrl(url) ? 'open-external' : 'deny';
}

/** `window.open` never creates a window: https links go to the OS browser, the rest is dropped. */
export function decideWindowOpen(url: string): 'deny' | 'open-external' {
  return isAllowedExternalUrl(url) ? 'open-external' : 'deny';
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Installs the navigation and new-window limits on a webContents (every one the app
 * creates: see `web-contents-created` in index.ts).
 */
export function installNavigationGuard(
  contents: GuardedContents,
  options: { isAppUrl: (url: string) => boolean; openExternal: (url: string) => void },
): void {
  const onNavigate = (event: { preventDefault(): void }, url: string): void => {
    const decision = decideNavigation(url, options.isAppUrl);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') options.openExternal(url);
  };
  contents.on('will-navigate', (event, url) => onNavigate(event, url));
  contents.on('will-frame-navigate', (event) => {
    // Subframes have no business navigating anywhere but our bundle either.
    if (!options.isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!options.isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url) === 'open-external') options.openExternal(url);
    return { action: 'deny' };
  });
}
