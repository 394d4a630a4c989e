// The admin page of `offsite serve` in real Chromium, against a real server: list, links,
// QR code, create, import (upload), export (download), archive — every control named, and
// axe-core finds no accessibility violation.
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initWorkshop, readMeta } from '../../shared/model';
import { encodeWorkshopFile, loadWorkshopDoc } from '../../electron/storage/workshop-file';
import { startServer, type OffsiteServer } from '../../electron/server/server';
import { launchChromium, watchPage, WEB_ROOT } from './support';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'acme-2027.json');
const ACME = 'Acme Field Service — 2027 planning offsite';
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let server: OffsiteServer;
let browser: Browser;
const logs: string[] = [];

beforeAll(async () => {
  server = await startServer({
    dataDir: mkdtempSync(join(tmpdir(), 'offsite-admin-')),
    host: '127.0.0.1',
    port: 0,
    webRoot: WEB_ROOT,
    imports: [FIXTURE],
    log: (m) => logs.push(m),
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

/** axe-core's WCAG 2 A/AA rules on the page as it is (injected over CDP: the CSP stays). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(
    () =>
      (window as unknown as { axe: { run(o: object): Promise<AxeResult> } }).axe.run({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }) as Promise<AxeResult>,
  );
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  );
}

function card(page: Page, title: string) {
  return page.getByRole('article', { name: title });
}

describe('the admin page', () => {
  it('lists workshops with their links and QR code; creates, imports, exports and archives', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchPage(page);
    await page.goto(server.adminUrl);
    await expect.poll(() => page.getByRole('heading', { name: 'Offsite server' }).count()).toBe(1);
    // The token left the address bar at once.
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/admin');

    const [acme] = await server.workshops();
    const acmeCard = card(page, ACME);
    await expect
      .poll(() =>
        acmeCard.getByRole('textbox', { name: `Participant link of ${ACME}` }).inputValue(),
      )
      .toBe(acme!.url);
    expect(
      await acmeCard.getByRole('textbox', { name: `Viewer link of ${ACME}` }).inputValue(),
    ).toContain(acme!.viewerToken);
    expect(
      await acmeCard.getByRole('textbox', { name: `Facilitator link of ${ACME}` }).inputValue(),
    ).toBe(acme!.facilitatorUrl);
    await acmeCard.getByRole('button', { name: `Show QR code of ${ACME}` }).click();
    await expect
      .poll(() => page.getByRole('img', { name: `QR code to join ${ACME}` }).count())
      .toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Create.
    await page.getByRole('textbox', { name: 'New workshop title' }).fill('Team Sales Q1');
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Created “Team Sales Q1”.');
    await expect.poll(() => card(page, 'Team Sales Q1').count()).toBe(1);

    // Import a file (upload), then the same one again: kept as it is.
    const doc = new Y.Doc();
    initWorkshop(doc, { id: 'ops-q1-import', title: 'Ops Q1 (imported)' });
    const file = {
      name: 'ops.offsite',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(encodeWorkshopFile(doc)),
    };
    const upload = page.getByLabel('Import a workshop file (.offsite or .json)');
    await upload.setInputFiles(file);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Imported “Ops Q1 (imported)” from ops.offsite.');
    await upload.setInputFiles(file);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('“Ops Q1 (imported)” is already on this server: kept as it is.');
    expect((await server.workshops()).map((w) => w.title).sort()).toEqual(
      [ACME, 'Ops Q1 (imported)', 'Team Sales Q1'].sort(),
    );

    // Export: a .offsite download that loads back as the workshop.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card(page, 'Ops Q1 (imported)')
        .getByRole('button', { name: 'Export Ops Q1 (imported) (.offsite)' })
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Ops-Q1-imported-ops-q1-import\.offsite$/);
    const exported = await loadWorkshopDoc((await download.path())!);
    expect(readMeta(exported).title).toBe('Ops Q1 (imported)');

    // Archive: it moves to the archived list and is no longer served.
    await card(page, 'Team Sales Q1')
      .getByRole('button', { name: 'Archive Team Sales Q1' })
      .click();
    await expect.poll(() => page.getByRole('heading', { name: 'Archived (1)' }).count()).toBe(1);
    expect((await server.workshops()).map((w) => w.title)).not.toContain('Team Sales Q1');
    expect(await axeViolations(page)).toEqual([]);
    errors.assertClean();
    await context.close();
  });

  it('a wrong admin token gets a clear message, and the server sees no token in a URL', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/#/admin?t=${'x'.repeat(32)}`);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('This admin link is not valid: the server did not accept its token.');
    await page.close();
    expect(logs.join('\n')).toMatch(/admin: refused a request from 127\.0\.0\.1/);
    expect(logs.join('\n')).not.toContain(server.adminToken);
  });
});
