// "Connect to a server" (issue 14 §5): a member pastes a workshop's link from a real
// `offsite serve`, the workshop opens, is listed under "Server workshops", and reopens
// from the device's own copy with the server stopped — the page reloaded, too — with the
// edits made meanwhile reaching the server when it is back.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMeta } from '../../shared/model';
import { startServer, type OffsiteServer } from '../../electron/server/server';
import { freePort } from '../support/services';
import { launchChromium, seriousViolations, watchPage, WEB_ROOT } from './support';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'acme-2027.json');
const TITLE = 'Acme Field Service — 2027 planning offsite';

describe('Connect to a server', () => {
  let dir: string;
  let port: number;
  let server: OffsiteServer | null = null;
  let browser: Browser;
  const start = (imports: string[] = []) =>
    startServer({
      dataDir: dir,
      host: '127.0.0.1',
      port,
      webRoot: WEB_ROOT,
      imports,
      log: () => {},
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'offsite-connect-'));
    port = await freePort();
    server = await start([FIXTURE]);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens a workshop by its link, lists it, and reopens it offline; edits sync on return', async () => {
    const [workshop] = await server!.workshops();
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchPage(page, [/WebSocket connection to .* failed/, /ERR_CONNECTION_REFUSED/]);
    await page.goto(`${server!.url}/#/`);

    const connect = page.getByRole('button', { name: 'Connect to a server', exact: true });
    await connect.click();
    expect(await connect.getAttribute('aria-expanded')).toBe('true');
    const linkField = page.getByRole('textbox', { name: 'Workshop link' });
    await linkField.fill('not a link');
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/not a workshop link/);
    expect(await seriousViolations(page)).toEqual([]);

    await linkField.fill(workshop!.url);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByRole('textbox', { name: 'Your name' }).fill('Sam at their desk');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    const title = page.getByRole('textbox', { name: 'Workshop title' });
    await expect.poll(() => title.inputValue(), { timeout: 15_000 }).toBe(TITLE);
    const pill = page.getByRole('status', { name: /^Connection:/ });
    await expect
      .poll(() => pill.getAttribute('aria-label'), { timeout: 15_000 })
      .toBe('Connection: Connected');
    // The service worker caches the app, so the page reloads with the server gone.
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 20_000,
      })
      .toBe(true);

    await page.goto(`${server!.url}/#/`);
    const list = page.getByRole('list', { name: 'Server workshops' });
    const row = list.getByRole('listitem', { name: TITLE });
    await row.waitFor();
    expect(await row.textContent()).toContain(`on 127.0.0.1:${port}`);
    // A server workshop is not listed twice.
    expect(await page.getByRole('list', { name: 'Local workshops' }).getByText(TITLE).count()).toBe(
      0,
    );
    expect(await seriousViolations(page)).toEqual([]);

    // The server stops; the home screen reloads from the cache and the workshop reopens
    // from this device's copy.
    await server!.close();
    server = null;
    await page.reload();
    await list.getByRole('link', { name: `Open ${TITLE}` }).click();
    await expect.poll(() => title.inputValue(), { timeout: 15_000 }).toBe(TITLE);
    await expect
      .poll(() => pill.getAttribute('aria-label'), { timeout: 15_000 })
      .toMatch(/Offline|Reconnecting|Connecting/);
    await title.fill('Acme 2027 — checked in from my desk');
    await expect.poll(() => pill.getAttribute('aria-label')).toMatch(/waiting/);

    // The server is back at the same address: the edit reaches it.
    server = await start();
    await expect
      .poll(() => pill.getAttribute('aria-label'), { timeout: 30_000 })
      .toBe('Connection: Connected');
    await expect
      .poll(
        () => {
          const doc = server!.hocuspocus.documents.get(workshop!.id);
          return doc ? readMeta(doc).title : null;
        },
        { timeout: 15_000 },
      )
      .toBe('Acme 2027 — checked in from my desk');
    errors.assertClean();
    await context.close();
  });
});
