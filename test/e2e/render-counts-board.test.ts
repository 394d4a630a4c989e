import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dndLiveRegion,
  dropLifted,
  enableRenderCounts,
  goToStep,
  importWorkshop,
  jsonFile,
  launchChromium,
  liftCard,
  moveLifted,
  projectCard,
  readRenderCounts,
  serveWeb,
  watchPage,
  type PageErrors,
  type RenderCounts as Counts,
  type StaticServer,
} from './support';

const TITLES = Array.from({ length: 12 }, (_, i) => `Project ${String(i + 1).padStart(2, '0')}`);

/** 12 projects: 6 in the Inbox, 3 kept, 3 killed. */
const WORKSHOP = {
  format: 'offsite.workshop',
  version: 1,
  id: 'render-counts',
  title: 'Render counts',
  cycle: '',
  onePager: { purpose: '', vision: '', customers: '', focusAreas: [], notDoing: [], metrics: [] },
  projects: TITLES.map((title, i) => ({
    id: `p${i + 1}`,
    title,
    team: 'Team',
    column: i < 6 ? 'inbox' : i < 9 ? 'keep' : 'kill',
    focusAreaIds: [],
  })),
  objectives: [],
  checkIns: [],
};

/**
 * As Excalidraw asserts render counts: moving one card or editing one card's title
 * re-renders that card only. Counted by useRenderCount(`project:<id>`) in the memoised card.
 */
describe('render counts on the alignment board', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let errors: PageErrors;

  beforeAll(async () => {
    server = await serveWeb();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await enableRenderCounts(context);
    page = await context.newPage();
    errors = watchPage(page);
    await page.goto(server.url);
    await importWorkshop(page, jsonFile('counts.json', WORKSHOP));
    await page.getByRole('textbox', { name: 'Workshop title' }).waitFor();
    await goToStep(page, 'Project alignment');
    await card('Project 12').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const card = (title: string) => projectCard(page, title);
  const counts = () => readRenderCounts(page);
  /** The store id of a card, read from the id of its title element. */
  const idOf = async (title: string) =>
    (await page
      .getByRole('listitem', { name: title, exact: true })
      .getAttribute('aria-labelledby'))!.replace('card-title-', '');
  const titlesIn = (name: string) =>
    page.getByRole('region', { name }).locator('.card-slot .card-title').allTextContents();

  /** Asserts that only `changed` re-rendered between two snapshots, and that it did. */
  function expectOnly(before: Counts, after: Counts, changed: string) {
    const cards = Object.keys(after).filter((k) => k.startsWith('project:'));
    expect(cards.length).toBe(TITLES.length);
    const rerendered = cards.filter((k) => after[k] !== before[k]);
    expect(rerendered).toEqual([`project:${changed}`]);
  }

  it('renders each card', async () => {
    const now = await counts();
    for (const title of TITLES) expect(now[`project:${await idOf(title)}`]).toBeGreaterThan(0);
  });

  it('moving one card with the keyboard, within and across columns, re-renders that card only', async () => {
    const id = await idOf('Project 02');
    const live = dndLiveRegion(page);

    let before = await counts();
    await liftCard(page, 'Project 02');
    await moveLifted(page, 'ArrowDown');
    await expect.poll(() => live.textContent()).toContain('Inbox, position 3');
    await dropLifted(page);
    await expect
      .poll(() => titlesIn('Inbox'))
      .toEqual([
        'Project 01',
        'Project 03',
        'Project 02',
        'Project 04',
        'Project 05',
        'Project 06',
      ]);
    expectOnly(before, await counts(), id);

    before = await counts();
    await liftCard(page, 'Project 02', 'Project 02 is now in Inbox');
    await moveLifted(page, 'ArrowRight');
    await expect.poll(() => live.textContent()).toContain('Project 02 is now in Keep');
    await dropLifted(page);
    await expect.poll(() => titlesIn('Keep')).toContain('Project 02');
    expectOnly(before, await counts(), id);
    errors.assertClean();
  });

  it('editing one card’s title re-renders that card only', async () => {
    const id = await idOf('Project 07');
    await card('Project 07').focus();
    await page.keyboard.press('Enter');
    const title = page.getByRole('dialog', { name: 'Project details' }).getByLabel('Title', {
      exact: true,
    });
    await title.waitFor();
    const before = await counts();
    await title.pressSequentially(' renamed');
    await card('Project 07 renamed').waitFor();
    expectOnly(before, await counts(), id);
    errors.assertClean();
  });
});
