/*
 * Offsite's offline cache for browser participants (issue 4). Registered only when the web
 * UI is served over http(s) by a room hub (renderer/platform/offline-cache.ts): a
 * participant who reloads while the Wi-Fi is down gets the app back, and the workshop
 * comes from IndexedDB as usual. The worker never touches the workshop data itself.
 *
 * - install: fetch the app page (`./`), cache it with every script and stylesheet it
 *   references; then, best effort, the chunks the entry script imports (the step pages, so
 *   every step opens offline even if never visited). The PDF code is left to the runtime
 *   cache (it is megabytes, loaded only when someone exports).
 * - fetch: same-origin GET only. Page loads go to the network first and fall back to the
 *   cached page: the join link's `#/…` never reaches the server, so one page serves every
 *   room and step. `assets/*` carry a content hash in their name and never change: cache
 *   first, cached on first use. /health and this script are never cached, and the sync
 *   WebSocket never passes through a service worker.
 * - versions: the page registers `sw.js?v=<hash of its entry asset names>`, so a new build
 *   is a new worker URL, which installs into its own cache; on activate the old caches go.
 */

const PREFIX = 'offsite-shell-';
const VERSION = new URL(self.location.href).searchParams.get('v') || 'unversioned';
const CACHE = PREFIX + VERSION;
const SCOPE = self.registration.scope;
/** The app page, under the key the fallback reads it with. */
const SHELL = new URL('./', SCOPE).href;
const ASSETS = new URL('./assets/', SCOPE).pathname;
const NEVER = new Set([new URL('./health', SCOPE).pathname, new URL('./sw.js', SCOPE).pathname]);

/** Same-origin absolute URLs of the scripts and stylesheets the page's HTML references. */
function shellAssets(html, base) {
  const urls = new Set();
  const tags = html.match(/<(script|link)\b[^>]*>/gi) || [];
  for (const tag of tags) {
    const isScript = /^<script/i.test(tag);
    if (!isScript && !/\brel=["']?(stylesheet|modulepreload)\b/i.test(tag)) continue;
    const ref = tag.match(isScript ? /\ssrc=["']([^"']+)["']/i : /\shref=["']([^"']+)["']/i);
    if (!ref) continue;
    const url = new URL(ref[1], base);
    if (url.origin === self.location.origin) urls.add(url.href);
  }
  return [...urls];
}

/** Chunks a built script names as `./name-hash.js` / `.css` (its import()s and their deps). */
function importedChunks(code, base) {
  const urls = new Set();
  for (const m of code.matchAll(/["'`]\.\/([\w-]+(?:\.[\w-]+)*\.(?:js|css))["'`]/g)) {
    urls.add(new URL(m[1], base).href);
  }
  return [...urls];
}

async function precache() {
  const cache = await caches.open(CACHE);
  const page = await fetch(SHELL, { cache: 'no-cache' });
  if (!page.ok) throw new Error(`sw: ${SHELL} answered ${page.status}`);
  const html = await page.clone().text();
  const shell = shellAssets(html, SHELL);
  // All or nothing for the page and what it references: a half-cached shell cannot start.
  await cache.addAll(shell);
  await cache.put(SHELL, page);
  // Best effort for the chunks: a missing one only means that step needs the network.
  const entries = shell.filter((url) => url.endsWith('.js'));
  const chunks = new Set();
  for (const entry of entries) {
    const response = await cache.match(entry);
    if (!response) continue;
    for (const url of importedChunks(await response.text(), entry)) {
      if (!shell.includes(url)) chunks.add(url);
    }
  }
  await Promise.all([...chunks].map((url) => cache.add(url).catch(() => {})));
}

self.addEventListener('install', (event) => {
  // A new build takes over at once: a participant who only ever reloads their one tab
  // would otherwise never get it (a waiting worker waits for every tab to close).
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)),
      );
      // Control the page that registered us, so what it loads from now on is cached too.
      await self.clients.claim();
    })(),
  );
});

async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await caches.open(CACHE).then((cache) => cache.match(SHELL));
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(event) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(event.request);
  if (cached) return cached;
  const response = await fetch(event.request);
  if (response.ok && response.type === 'basic') {
    event.waitUntil(cache.put(event.request, response.clone()).catch(() => {}));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || NEVER.has(url.pathname)) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request));
  } else if (url.pathname.startsWith(ASSETS)) {
    event.respondWith(cacheFirst(event));
  }
});
