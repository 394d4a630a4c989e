import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dndLiveRegion,
  goToStep,
  importWorkshop,
  jsonFile,
  keyboardMove as keyboardMoveOn,
  mouseDrag,
  openPersistent,
  projectCard,
  serveWeb,
  type PageErrors,
  type PersistentSession,
  type StaticServer,
} from './support';

/** A workshop with two focus areas and no projects, imported through the home screen. */
const WORKSHOP = {
  format: 'offsite.workshop',
  version: 1,
  id: 'board-e2e',
  title: 'Board e2e',
  cycle: '2027-Q1',
  onePager: {
    purpose: '',
    vision: '',
    customers: '',
    focusAreas: [
      { id: 'fa-ftf', title: 'First-time fix', description: 'Fix it on the first visit.' },
      { id: 'fa-dach', title: 'Win DACH', description: 'Germany, Austria, Switzerland.' },
    ],
    notDoing: [],
    metrics: [],
  },
  projects: [],
  objectives: [],
  checkIns: [],
};

describe('project alignment board: add, drag with mouse and keyboard, tag, filter, persist', () => {
  let server: StaticServer;
  let session: PersistentSession;
  let page: Page;
  let errors: PageErrors;

  beforeAll(async () => {
    server = await serveWeb();
    session = await openPersistent('offsite-board-', (context) =>
      context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url }),
    );
    ({ page, errors } = session);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const column = (name: 'Inbox' | 'Keep' | 'Kill') => page.getByRole('region', { name });
  const titlesIn = (name: 'Inbox' | 'Keep' | 'Kill') =>
    column(name).locator('.card-slot .card-title').allTextContents();
  const card = (title: string) => projectCard(page, title);
  const cardItem = (title: string) => page.getByRole('listitem', { name: title, exact: true });
  const liveRegion = () => dndLiveRegion(page);
  const keyboardMove = (title: string, keys: string[], finish?: 'Space' | 'Escape') =>
    keyboardMoveOn(page, title, keys, finish);

  it('imports a workshop with focus areas and opens the board', async () => {
    await page.goto(server.url);
    await importWorkshop(page, jsonFile('board.json', WORKSHOP));
    await page.getByRole('textbox', { name: 'Workshop title' }).waitFor();
    await goToStep(page, 'Project alignment');
    for (const name of ['Inbox', 'Keep', 'Kill'] as const) {
      await column(name).waitFor();
      expect(await column(name).getByRole('heading', { name }).isVisible()).toBe(true);
    }
    expect(await column('Inbox').textContent()).toContain('paste a list');
    errors.assertClean();
  });

  it('adds 5 projects: one by one, and by pasting lines', async () => {
    const title = page.getByRole('textbox', { name: 'Project title' });
    // An empty title is refused with a message, and adds nothing.
    await page.getByRole('button', { name: 'Add project' }).click();
    expect(await page.getByText('Type a project title first.').isVisible()).toBe(true);

    await title.fill('Offline mode');
    await page.getByRole('textbox', { name: 'Team (optional)' }).fill('Mobile');
    await page.getByRole('button', { name: 'Add project' }).click();
    await card('Offline mode').waitFor();
    await title.fill('Parts prediction');
    await title.press('Enter');
    await card('Parts prediction').waitFor();
    expect(await title.inputValue()).toBe('');

    // A real paste (Ctrl+V) of three lines, one with a bullet: three projects at once.
    await page.evaluate(() =>
      navigator.clipboard.writeText('VR simulator\n- Enterprise SSO\n\nChat with dispatchers\n'),
    );
    await title.focus();
    await page.keyboard.press('Control+v');
    await card('Chat with dispatchers').waitFor();
    expect(await titlesIn('Inbox')).toEqual([
      'Offline mode',
      'Parts prediction',
      'VR simulator',
      'Enterprise SSO',
      'Chat with dispatchers',
    ]);
    expect(await title.inputValue()).toBe('');
    expect(await column('Inbox').locator('.board-column-count').textContent()).toBe('5');
    // The accessible name starts with the title, then says team and column.
    expect(await card('Offline mode').getAttribute('aria-label')).toBe(
      'Offline mode, Mobile, in Inbox, 0 focus areas',
    );
    errors.assertClean();
  });

  it('moves cards into Keep and Kill with the mouse', async () => {
    await mouseDrag(page, card('Offline mode'), column('Keep'), 'column-top');
    await expect.poll(() => titlesIn('Keep')).toEqual(['Offline mode']);
    await mouseDrag(page, card('VR simulator'), column('Kill'), 'column-top');
    await expect.poll(() => titlesIn('Kill')).toEqual(['VR simulator']);
    expect(await titlesIn('Inbox')).toEqual([
      'Parts prediction',
      'Enterprise SSO',
      'Chat with dispatchers',
    ]);
    // Reorder within a column with the mouse: Chat above Parts.
    await mouseDrag(page, card('Chat with dispatchers'), card('Parts prediction'), 'card-top');
    await expect
      .poll(() => titlesIn('Inbox'))
      .toEqual(['Chat with dispatchers', 'Parts prediction', 'Enterprise SSO']);
    expect(await column('Keep').locator('.board-column-count').textContent()).toBe('1');
    // The drop did not open the card's details.
    expect(await page.getByRole('dialog').count()).toBe(0);
    errors.assertClean();
  });

  it('moves cards with the keyboard, announces them, and cancels with Escape', async () => {
    await keyboardMove('Parts prediction', ['ArrowRight']);
    await expect.poll(() => titlesIn('Keep')).toContain('Parts prediction');
    expect(await liveRegion().textContent()).toMatch(/Parts prediction was dropped in Keep/);

    await keyboardMove('Enterprise SSO', ['ArrowRight', 'ArrowRight']);
    await expect.poll(() => titlesIn('Kill')).toContain('Enterprise SSO');
    expect((await titlesIn('Kill')).length).toBe(2);

    // Down within a column, then back up: still one card per place.
    const inboxBefore = await titlesIn('Inbox');
    await keyboardMove('Chat with dispatchers', ['ArrowRight'], 'Escape');
    expect(await liveRegion().textContent()).toContain(
      'Moving Chat with dispatchers was cancelled. It is back in Inbox',
    );
    expect(await titlesIn('Inbox')).toEqual(inboxBefore);
    expect(await titlesIn('Keep')).not.toContain('Chat with dispatchers');
    // Focus is back on the card, so the keyboard user can go on. dnd-kit gives it back a
    // frame after the drop (the card was remounted in Keep and back): wait for that frame.
    await expect
      .poll(() => card('Chat with dispatchers').evaluate((el) => el === document.activeElement))
      .toBe(true);
    errors.assertClean();
  });

  it('tags a focus area: the "not linked to strategy" flag goes and comes back', async () => {
    expect(await cardItem('Offline mode').getByText('not linked to strategy').isVisible()).toBe(
      true,
    );
    await card('Offline mode').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Project details' });
    await dialog.waitFor();
    await dialog.getByRole('checkbox', { name: 'First-time fix' }).check();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => cardItem('Offline mode').getByText('not linked to strategy').count())
      .toBe(0);
    expect(await cardItem('Offline mode').getByText('First-time fix').isVisible()).toBe(true);
    expect(await card('Offline mode').getAttribute('aria-label')).toBe(
      'Offline mode, Mobile, in Keep, 1 focus area',
    );
    // Parts prediction, kept without a focus area, is flagged.
    expect(await cardItem('Parts prediction').getByText('not linked to strategy').isVisible()).toBe(
      true,
    );

    // Untag and tag again through the details: the flag follows.
    await card('Offline mode').click();
    await dialog.getByRole('checkbox', { name: 'First-time fix' }).uncheck();
    expect(await dialog.getByText(/not linked to strategy/).isVisible()).toBe(true);
    await dialog.getByRole('checkbox', { name: 'First-time fix' }).check();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => cardItem('Offline mode').getByText('not linked to strategy').count())
      .toBe(0);
    errors.assertClean();
  });

  it('filters the board by focus area, and drags under a filter', async () => {
    const filter = page.getByRole('combobox', { name: 'Filter by focus area' });
    await filter.selectOption({ label: 'First-time fix' });
    await expect.poll(() => titlesIn('Keep')).toEqual(['Offline mode']);
    expect(await titlesIn('Inbox')).toEqual([]);
    expect(await titlesIn('Kill')).toEqual([]);
    expect(await column('Keep').locator('.board-column-count').textContent()).toBe('1 of 2');

    await filter.selectOption({ label: 'Not linked to a focus area' });
    await expect.poll(() => titlesIn('Keep')).toEqual(['Parts prediction']);
    expect((await titlesIn('Kill')).sort()).toEqual(['Enterprise SSO', 'VR simulator']);
    // A drag under the filter lands among all cards: Parts prediction to Kill, then back.
    await keyboardMove('Parts prediction', ['ArrowRight']);
    await expect.poll(() => titlesIn('Kill')).toContain('Parts prediction');
    await keyboardMove('Parts prediction', ['ArrowLeft']);
    await expect.poll(() => titlesIn('Keep')).toEqual(['Parts prediction']);

    await filter.selectOption({ label: 'All projects' });
    await expect.poll(() => titlesIn('Keep')).toEqual(['Offline mode', 'Parts prediction']);
    errors.assertClean();
  });

  it('adds a killed project to the not-doing list, once', async () => {
    const vr = cardItem('VR simulator');
    await vr.getByRole('button', { name: 'Add to not-doing list' }).click();
    await vr.getByText('On the not-doing list').waitFor();
    expect(await vr.getByRole('button', { name: 'Add to not-doing list' }).count()).toBe(0);
    expect(await card('VR simulator').getAttribute('aria-label')).toMatch(
      // The pasted lines took the team still typed in the form.
      /^VR simulator, Mobile, in Kill, 0 focus areas, on the not-doing list$/,
    );
    errors.assertClean();
  });

  it('undoes and redoes a move with Ctrl+Z and Ctrl+Shift+Z', async () => {
    await keyboardMove('Chat with dispatchers', ['ArrowRight']);
    await expect.poll(() => titlesIn('Keep')).toContain('Chat with dispatchers');
    await page.keyboard.press('Control+z');
    await expect.poll(() => titlesIn('Inbox')).toEqual(['Chat with dispatchers']);
    expect(await titlesIn('Keep')).not.toContain('Chat with dispatchers');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => titlesIn('Keep')).toContain('Chat with dispatchers');
    expect(await titlesIn('Inbox')).toEqual([]);
    errors.assertClean();
  });

  it('deletes a project from its details, and undoes the delete', async () => {
    await card('Enterprise SSO').click();
    const dialog = page.getByRole('dialog', { name: 'Project details' });
    await dialog.getByRole('button', { name: 'Delete project' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => titlesIn('Kill')).toEqual(['VR simulator']);
    await page.getByRole('button', { name: 'Undo delete' }).click();
    await expect.poll(() => titlesIn('Kill')).toContain('Enterprise SSO');
    errors.assertClean();
  });

  it('keeps everything across a reload', async () => {
    const before = {
      inbox: await titlesIn('Inbox'),
      keep: await titlesIn('Keep'),
      kill: await titlesIn('Kill'),
    };
    // ArrowRight lands a card level with where it was: at the top of Keep.
    expect(before.keep).toEqual(['Chat with dispatchers', 'Offline mode', 'Parts prediction']);
    await page.reload();
    await card('Offline mode').waitFor();
    expect(await titlesIn('Inbox')).toEqual(before.inbox);
    expect(await titlesIn('Keep')).toEqual(before.keep);
    expect(await titlesIn('Kill')).toEqual(before.kill);
    expect(await cardItem('Offline mode').getByText('First-time fix').isVisible()).toBe(true);
    expect(await cardItem('VR simulator').getByText('On the not-doing list').isVisible()).toBe(
      true,
    );
    expect(await cardItem('Parts prediction').getByText('not linked to strategy').isVisible()).toBe(
      true,
    );
    errors.assertClean();
  });
});
