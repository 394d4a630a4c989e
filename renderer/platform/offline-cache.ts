/**
 * The offline cache of a browser participant (issue 4): a service worker (renderer/public/
 * sw.js) that keeps the app itself, so a reload while the Wi-Fi is down opens the workshop
 * from IndexedDB instead of the browser's offline page. Registered only where it can work
 * and is wanted: a page served over http(s) by a room hub, never the desktop window (file://
 * in production, where service workers cannot register; the Vite dev server in
 * development, whose modules must never be cached).
 */

/** What decides whether the offline cache is registered, read from the running page. */
export interface OfflineCacheEnvironment {
  /** `'serviceWorker' in navigator` (false on plain http from another host than localhost). */
  readonly hasServiceWorker: boolean;
  /** `location.protocol`, e.g. `http:`. */
  readonly protocol: string;
  /** The desktop app's window (the preload exposed `window.offsite`). */
  readonly desktop: boolean;
  /** A Vite dev server build (`import.meta.env.DEV`). */
  readonly dev: boolean;
}

/** True only for a built web UI served over http(s), outside the desktop app. */
export function shouldRegisterOfflineCache(env: OfflineCacheEnvironment): boolean {
  return (
    env.hasServiceWorker &&
    (env.protocol === 'http:' || env.protocol === 'https:') &&
    !env.desktop &&
    !env.dev
  );
}

/**
 * A short version of the build from its entry asset names (content-hashed by the build):
 * a new build gives a new `sw.js?v=…`, which installs a new worker with its own cache.
 * The same names in any order give the same version.
 */
export function shellVersion(assetUrls: readonly string[]): string {
  const names = [...new Set(assetUrls.map((url) => url.split(/[?#]/)[0]!.split('/').pop()!))]
    .filter((name) => name !== '')
    .sort();
  // FNV-1a, 32 bits: a name, not a security measure.
  let hash = 0x811c9dc5;
  for (const char of names.join('\n')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The scripts and stylesheets index.html loads: the entry asset names of this build. */
function entryAssets(doc: Document): string[] {
  const scripts = [...doc.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src);
  const links = [
    ...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"], link[rel="modulepreload"]'),
  ].map((l) => l.href);
  return [...scripts, ...links];
}

/**
 * Registers the offline cache if this page should have one. Never throws and never
 * rejects: a page without the cache still works online, so a failure is only logged (as a
 * warning: the page itself is fine).
 */
export function registerOfflineCache(): void {
  try {
    const env: OfflineCacheEnvironment = {
      hasServiceWorker: 'serviceWorker' in navigator,
      protocol: location.protocol,
      desktop: 'offsite' in window,
      dev: import.meta.env.DEV,
    };
    if (!shouldRegisterOfflineCache(env)) return;
    const version = shellVersion(entryAssets(document));
    navigator.serviceWorker
      .register(`./sw.js?v=${version}`, { scope: './' })
      .catch((error: unknown) => console.warn('Offline cache not available:', error));
  } catch (error) {
    console.warn('Offline cache not available:', error);
  }
}
