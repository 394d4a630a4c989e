import { cp, copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../electron/hub/hub';
import { readMeta } from '../../shared/model';
import {
  editAndStore,
  goToStep,
  joinRoom,
  launchChromium,
  startFixtureHub,
  watchPage,
  WEB_ROOT,
  type FixtureHub,
  type PageErrors,
} from './support';

/**
 * Issue 4, a browser participant who reloads while the Wi-Fi is down: the real hub on
 * 127.0.0.1 serves the built web UI (a private copy, so this test can publish a "new
 * build" of it), a participant joins through the link in Chromium, then reloads offline.
 * The page must come back from the service worker's cache and the workshop from IndexedDB.
 */
describe('offline reload: the web UI works without the network after the first visit', () => {
  let webRoot: string;
  let room: FixtureHub;
  let hub: Hub;
  let hubLog: string[];
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: PageErrors;

  const pill = () => page.getByRole('status', { name: /^Connection:/ });
  const title = () => page.getByRole('textbox', { name: 'Workshop title' });
  /** The offline cache's names and, for each, the file names it holds. */
  const cached = () =>
    page.evaluate(async () => {
      const out: Record<string, string[]> = {};
      for (const name of await caches.keys()) {
        const requests = await (await caches.open(name)).keys();
        out[name] = requests.map((r) => new URL(r.url).pathname);
      }
      return out;
    });
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  /** Which workers the registration holds (installing / waiting / active), for messages. */
  const workerState = () =>
    page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      if (!r) return 'no registration';
      const at = (w: ServiceWorker | null) =>
        w ? `${new URL(w.scriptURL).search} ${w.state}` : '-';
      return `installing ${at(r.installing)}, waiting ${at(r.waiting)}, active ${at(r.active)}`;
    });

  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'offsite-offline-web-'));
    await cp(WEB_ROOT, webRoot, { recursive: true });
    room = await startFixtureHub('offsite-offline-e2e-', {
      webRoot,
      saveDebounceMs: 200,
      saveMaxDebounceMs: 1000,
    });
    ({ hub, logs: hubLog } = room);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    // Offline, the room's reconnect attempts fail loudly in the console, as they should.
    errors = watchPage(page, [
      /WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/collab' failed/,
      /net::ERR_INTERNET_DISCONNECTED/,
    ]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await room?.close();
    if (webRoot) await rm(webRoot, { recursive: true, force: true });
  });

  it('the hub serves sw.js as a script, revalidated on every check, with its security headers', async () => {
    for (const path of ['/sw.js', '/sw.js?v=0123abcd']) {
      const response = await fetch(new URL(path, hub.url));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/javascript\b/);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('content-security-policy'), path).toMatch(/worker-src 'self'/);
      expect(await response.text(), path).toContain("addEventListener('fetch'");
    }
    // /health stays what it was: live JSON, never stored anywhere.
    const health = await fetch(new URL('/health', hub.url));
    expect(health.headers.get('cache-control')).toBe('no-store');
  });

  it('a participant who joins gets the offline cache: the page, its assets and every step', async () => {
    await joinRoom(page, hub.url, 'Pat Participant');
    await expect
      .poll(() => pill().getAttribute('aria-label'), { timeout: 10_000 })
      .toBe('Connection: Connected');
    // The worker claims the page that registered it once it has cached the app.
    await expect.poll(controlled, { timeout: 15_000 }).toBe(true);
    await goToStep(page, 'Project alignment');
    const caches = await cached();
    const names = Object.keys(caches);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^offsite-shell-[0-9a-f]{8}$/);
    const files = caches[names[0]!]!;
    expect(files).toContain('/');
    const assets = await readdir(join(webRoot, 'assets'));
    const html = await readFile(join(webRoot, 'index.html'), 'utf8');
    const linked = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(linked.length, 'assets linked from index.html').toBeGreaterThan(0);
    for (const href of linked) expect(files, href).toContain(`/${href}`);
    // Each step's page chunk, named after its page module (the alignment step is the board).
    for (const [step, page] of [
      ['onepager', 'onepager-page'],
      ['alignment', 'board-page'],
      ['okrs', 'okrs-page'],
      ['review', 'review-page'],
      ['drumbeat', 'drumbeat-page'],
    ]) {
      const chunk = assets.find((f) => f.startsWith(`${page}-`) && f.endsWith('.js'));
      expect(chunk, step).toBeDefined();
      expect(files, step).toContain(`/assets/${chunk}`);
    }
    // Neither the hub's live answers nor the worker itself are ever cached.
    expect(files.some((f) => f.startsWith('/health') || f.startsWith('/sw.js'))).toBe(false);
  });

  it('reloaded offline, the shell comes back with the edit from IndexedDB; editing goes on', async () => {
    await editAndStore(page, () => title().fill('Acme offsite (before the Wi-Fi dropped)'));
    await expect
      .poll(() => readMeta(hub.document).title, { timeout: 10_000 })
      .toBe('Acme offsite (before the Wi-Fi dropped)');

    await context.setOffline(true);
    await expect
      .poll(() => pill().getAttribute('aria-label'), { timeout: 10_000 })
      .toMatch(/^Connection: (Offline|Reconnecting)/);
    // The worker's own fetches are offline too: it answers from its cache, and an asset it
    // never cached fails. So the page below can only come from its cache.
    const chunk = (await readdir(join(webRoot, 'assets'))).find((f) =>
      /^okrs-page-.*\.js$/.test(f),
    );
    const probe = (path: string) =>
      page.evaluate(
        (url) =>
          fetch(url).then(
            (r) => `status ${r.status}`,
            () => 'network error',
          ),
        path,
      );
    expect(await probe(`./assets/${chunk}`)).toBe('status 200');
    const logged = errors.consoleErrors.length;
    expect(await probe('./assets/never-cached-00000000.js')).toBe('network error');
    // Chromium logs that failed load (expected, and only that one).
    await expect.poll(() => errors.consoleErrors.length).toBe(logged + 1);
    expect(errors.consoleErrors.splice(logged)).toEqual([
      'Failed to load resource: net::ERR_FAILED',
    ]);
    // A page load without the network: without the worker this is Chromium's error page.
    await page.reload();
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor({ timeout: 15_000 });
    await page.getByRole('heading', { name: 'Project alignment', level: 2 }).waitFor();
    expect(await controlled()).toBe(true);
    await expect
      .poll(() => title().inputValue(), { timeout: 10_000 })
      .toBe('Acme offsite (before the Wi-Fi dropped)');
    await expect
      .poll(() => pill().getAttribute('aria-label'), { timeout: 10_000 })
      .toMatch(/^Connection: (Offline|Reconnecting)/);

    // Another step's chunk comes from the cache too, and the participant keeps editing.
    await goToStep(page, 'OKR drafting');
    await editAndStore(page, () => title().fill('Acme offsite (edited after an offline reload)'));
    await page.getByRole('textbox', { name: 'Cycle' }).fill('2027-Q3');
    await expect
      .poll(() => pill().getAttribute('aria-label'), { timeout: 10_000 })
      .toMatch(/^Connection: Offline — [1-9]\d* changes? waiting$/);
    // Nothing reached the hub yet.
    expect(readMeta(hub.document).title).toBe('Acme offsite (before the Wi-Fi dropped)');

    await context.setOffline(false);
    await expect
      .poll(() => pill().getAttribute('aria-label'), { timeout: 20_000 })
      .toBe('Connection: Connected');
    await expect
      .poll(() => readMeta(hub.document).title, { timeout: 10_000 })
      .toBe('Acme offsite (edited after an offline reload)');
    await expect.poll(() => readMeta(hub.document).cycle, { timeout: 10_000 }).toBe('2027-Q3');
  });

  it('a new build replaces the old cache on the next visit, and the old cache is deleted', async () => {
    const before = Object.keys(await cached());
    expect(before).toHaveLength(1);
    // Publish a "new build": the stylesheet under a new content-hashed name.
    const html = await readFile(join(webRoot, 'index.html'), 'utf8');
    const css = html.match(/href="\.\/assets\/(index-[^"]+\.css)"/)?.[1];
    expect(css).toBeDefined();
    await copyFile(join(webRoot, 'assets', css!), join(webRoot, 'assets', 'index-N3wBu1ld.css'));
    await writeFile(join(webRoot, 'index.html'), html.replace(css!, 'index-N3wBu1ld.css'));

    await page.reload();
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor({ timeout: 15_000 });
    // The new worker precaches the whole shell and every step chunk before it takes over
    // and deletes the old cache: on a loaded 2-core machine (two Chromiums, the hub, vitest)
    // that has been seen to take over 15 s, so wait longer, and say where the worker is.
    try {
      await expect
        .poll(async () => Object.keys(await cached()), { timeout: 45_000 })
        .toEqual([expect.not.stringMatching(`^${before[0]}$`)]);
    } catch (error) {
      throw new Error(`${(error as Error).message}\nservice worker: ${await workerState()}`);
    }
    const [name] = Object.keys(await cached());
    expect(name).toMatch(/^offsite-shell-[0-9a-f]{8}$/);
    expect((await cached())[name!]).toContain('/assets/index-N3wBu1ld.css');
    await expect
      .poll(() => pill().getAttribute('aria-label'), { timeout: 10_000 })
      .toBe('Connection: Connected');
  });

  it('on plain http from a LAN name (not a secure context) the page works without a worker', async () => {
    // Browsers offer service workers only to secure contexts: https, or 127.0.0.1/localhost.
    // A phone on the room's Wi-Fi opens http://<laptop>:<port>/ — map a name to 127.0.0.1
    // to be that phone: the page must start cleanly, just without the offline cache.
    const lan = await launchChromium(['--host-resolver-rules=MAP offsite-hub.test 127.0.0.1']);
    try {
      const phone = await lan.newPage();
      // Nothing is ignored: the page on a LAN address must start without a single console
      // error (the hub sends no header that a plain-http origin would reject).
      const phoneErrors = watchPage(phone);
      const warnings: string[] = [];
      phone.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      await phone.goto(`http://offsite-hub.test:${hub.port}/`);
      await phone.getByRole('heading', { level: 1 }).first().waitFor();
      expect(
        await phone.evaluate(() => ({ secure: isSecureContext, sw: 'serviceWorker' in navigator })),
      ).toEqual({ secure: false, sw: false });
      expect(warnings.filter((w) => w.includes('Offline cache'))).toEqual([]);
      phoneErrors.assertClean();
    } finally {
      await lan.close();
    }
  });

  it('left no page errors and no hub errors', () => {
    errors.assertClean();
    expect(hubLog.filter((m) => /^http: /.test(m))).toEqual([]);
  });
});
