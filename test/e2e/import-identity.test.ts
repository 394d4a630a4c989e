import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  importWorkshop,
  jsonFile,
  launchChromium,
  serveWeb,
  watchPage,
  type PageErrors,
  type StaticServer,
} from './support';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/acme-2027.json');
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { id: string; title: string };

/**
 * Issue 15 item 8 on the home screen: importing JSON keeps the workshop's id (a workshop
 * moved to this device is the same workshop, its room the same room), unless that workshop
 * is here already: then the user picks between opening the one here and importing the file
 * as a copy, a new workshop with a new id (how a next quarter made from an export starts).
 */
describe('issue 15 item 8: Import JSON… of a workshop already on this device', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let errors: PageErrors;

  const workshopId = () => decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');
  const title = () => page.getByRole('textbox', { name: 'Workshop title' });
  const rows = () => page.getByRole('list', { name: 'Local workshops' }).getByRole('listitem');
  const home = async () => {
    await page.getByRole('link', { name: 'All workshops' }).click();
    await page.getByRole('button', { name: 'Import JSON…' }).waitFor();
  };
  const question = () =>
    page.getByRole('dialog', { name: 'This workshop is already on this device' });

  beforeAll(async () => {
    server = await serveWeb();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    errors = watchPage(page);
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps the id when the workshop is not here yet', async () => {
    await importWorkshop(page, FIXTURE);
    await expect.poll(() => title().inputValue()).toBe(fixture.title);
    expect(workshopId()).toBe(fixture.id);
    errors.assertClean();
  });

  it('asks when it is: "Open the one on this device" opens it and imports nothing', async () => {
    await home();
    await importWorkshop(page, FIXTURE);
    const dialog = question();
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      `acme-2027.json is the workshop “${fixture.title}” you already have on this device`,
    );
    await dialog.getByRole('button', { name: 'Open the one on this device' }).click();
    await expect.poll(() => title().inputValue()).toBe(fixture.title);
    expect(workshopId()).toBe(fixture.id);
    await home();
    expect(await rows().count()).toBe(1);
    errors.assertClean();
  });

  it('"Import as a copy" makes a new workshop with a new id; Cancel makes none', async () => {
    await importWorkshop(page, FIXTURE);
    await question().getByRole('button', { name: 'Cancel' }).click();
    await question().waitFor({ state: 'hidden' });
    expect(await rows().count()).toBe(1);

    await importWorkshop(page, jsonFile('q2.json', { ...fixture, title: 'Acme 2027 Q2' }));
    await question().getByRole('button', { name: 'Import as a copy' }).click();
    await expect.poll(() => title().inputValue()).toBe('Acme 2027 Q2');
    expect(workshopId()).not.toBe(fixture.id);
    expect(workshopId()).not.toBe('');

    await home();
    await importWorkshop(page, FIXTURE);
    await question().getByRole('button', { name: 'Import as a copy' }).click();
    // The same title as the one here: told apart by "(copy)".
    await expect.poll(() => title().inputValue()).toBe(`${fixture.title} (copy)`);
    await home();
    expect(await rows().count()).toBe(3);
    errors.assertClean();
  });
});
