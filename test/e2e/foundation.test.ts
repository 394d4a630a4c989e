import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  importWorkshop,
  jsonFile,
  launchPersistent,
  serveWeb,
  watchPage,
  type PageErrors,
  type StaticServer,
} from './support';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/acme-2027.json');
const STEPS = [
  'Strategy one-pager',
  'Project alignment',
  'OKR drafting',
  'Review & export',
  'Drumbeat',
];

describe('foundation: home screen, workshop shell, local persistence', () => {
  let server: StaticServer;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  let errors: PageErrors;

  const start = async () => {
    context = await launchPersistent(profile);
    page = context.pages()[0] ?? (await context.newPage());
    errors = watchPage(page);
  };

  beforeAll(async () => {
    server = await serveWeb();
    profile = await mkdtemp(join(tmpdir(), 'offsite-e2e-'));
    await start();
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  const workshops = () => page.getByRole('list', { name: 'Local workshops' });

  it('creates a workshop, renames it, walks the agenda, and keeps it across a restart', async () => {
    await page.goto(server.url);
    await expect(
      page.getByRole('heading', { name: 'Offsite', level: 1 }).isVisible(),
    ).resolves.toBe(true);
    await page.getByRole('button', { name: 'New workshop' }).click();

    const title = page.getByRole('textbox', { name: 'Workshop title' });
    await title.waitFor();
    // "Untitled workshop" is the placeholder, not text to type after.
    expect(await title.inputValue()).toBe('');
    expect(await title.getAttribute('placeholder')).toBe('Untitled workshop');
    await title.fill('Acme 2027 planning');
    expect(await title.inputValue()).toBe('Acme 2027 planning');
    await page.getByRole('textbox', { name: 'Cycle', exact: true }).fill('2027-Q1');

    const agenda = page.getByRole('navigation', { name: 'Agenda' });
    for (const step of STEPS) {
      const link = agenda.getByRole('link', { name: step, exact: true });
      await link.click();
      await page.getByRole('heading', { name: step, level: 2 }).waitFor();
      expect(await link.getAttribute('aria-current')).toBe('page');
      const others = STEPS.filter((s) => s !== step);
      for (const other of others) {
        expect(
          await agenda.getByRole('link', { name: other, exact: true }).getAttribute('aria-current'),
        ).toBeNull();
      }
    }
    expect(page.url()).toMatch(/#\/w\/[^/]+\/drumbeat$/);

    // Undo through the keyboard reverts the last local edit (the cycle), then redo restores it.
    await page.getByRole('heading', { name: 'Drumbeat', level: 2 }).click();
    await page.keyboard.press('Control+z');
    expect(await page.getByRole('textbox', { name: 'Cycle', exact: true }).inputValue()).toBe('');
    await page.keyboard.press('Control+Shift+z');
    expect(await page.getByRole('textbox', { name: 'Cycle', exact: true }).inputValue()).toBe(
      '2027-Q1',
    );

    // A reload reads the workshop back from IndexedDB …
    await page.reload();
    await page.getByRole('textbox', { name: 'Workshop title' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe(
      'Acme 2027 planning',
    );
    await page.getByRole('heading', { name: 'Drumbeat', level: 2 }).waitFor();

    // … and so does a whole new browser process on the same profile.
    errors.assertClean();
    await context.close();
    await start();
    await page.goto(server.url);
    const row = workshops().getByRole('listitem', { name: 'Acme 2027 planning' });
    await row.waitFor();
    expect(await row.textContent()).toContain('2027-Q1');
    expect(await row.textContent()).toMatch(/Last edit\s*(just now|\d+ minutes? ago)/);
    await row.getByRole('link', { name: 'Open Acme 2027 planning' }).click();
    await page.getByRole('heading', { name: 'Strategy one-pager', level: 2 }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe(
      'Acme 2027 planning',
    );
    errors.assertClean();
  });

  it('duplicates a workshop and deletes one with a confirmation', async () => {
    await page.getByRole('link', { name: 'All workshops' }).click();
    await workshops().getByRole('listitem', { name: 'Acme 2027 planning' }).waitFor();
    await page.getByRole('button', { name: 'Duplicate Acme 2027 planning', exact: true }).click();
    const copy = workshops().getByRole('listitem', { name: 'Acme 2027 planning (copy)' });
    await copy.waitFor();
    expect(await workshops().getByRole('listitem').count()).toBe(2);

    // Cancel first (Escape): nothing is deleted.
    await page.getByRole('button', { name: 'Delete Acme 2027 planning (copy)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete workshop?' });
    await dialog.waitFor();
    expect(
      await dialog
        .getByRole('button', { name: 'Cancel' })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await workshops().getByRole('listitem').count()).toBe(2);

    await page.getByRole('button', { name: 'Delete Acme 2027 planning (copy)' }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await copy.waitFor({ state: 'detached' });
    expect(await workshops().getByRole('listitem').count()).toBe(1);

    // The copy was its own workshop: opening the original still shows its title.
    await page.reload();
    await workshops().getByRole('listitem', { name: 'Acme 2027 planning' }).waitFor();
    expect(await workshops().getByRole('listitem').count()).toBe(1);
    errors.assertClean();
  });

  it('imports the sample JSON through the file input', async () => {
    await page.goto(server.url);
    await importWorkshop(page, FIXTURE);
    const title = page.getByRole('textbox', { name: 'Workshop title' });
    await title.waitFor();
    await expect.poll(() => title.inputValue()).toBe('Acme Field Service — 2027 planning offsite');
    expect(await page.getByRole('textbox', { name: 'Cycle', exact: true }).inputValue()).toBe(
      '2027-Q1',
    );

    await page.getByRole('link', { name: 'All workshops' }).click();
    await workshops()
      .getByRole('listitem', { name: 'Acme Field Service — 2027 planning offsite' })
      .waitFor();
    expect(await workshops().getByRole('listitem').count()).toBe(2);
    errors.assertClean();
  });

  it('names every problem of a malformed JSON file', async () => {
    await importWorkshop(
      page,
      jsonFile('broken.json', { format: 'offsite.workshop', version: 1, title: 7 }),
    );
    const dialog = page.getByRole('alertdialog', { name: 'Could not import broken.json' });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('title: ');
    expect(await dialog.getByRole('listitem').count()).toBeGreaterThan(1);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await workshops().getByRole('listitem').count()).toBe(2);
    errors.assertClean();
  });
});
