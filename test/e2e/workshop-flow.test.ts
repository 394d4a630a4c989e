import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  goToStep,
  keyboardMove,
  mouseDrag,
  openPersistent,
  projectCard,
  serveWeb,
  type PageErrors,
  type PersistentSession,
  type StaticServer,
} from './support';

const PROJECTS = [
  'Offline mode',
  'Parts prediction',
  'VR simulator',
  'Enterprise SSO',
  'Chat with dispatchers',
];
const OBJECTIVES = [
  {
    title: 'Make the first visit the only visit',
    krs: [
      ['Raise first-time-fix rate from 71% to 85%', '71', '85'],
      ['Cut repeat visits per 100 jobs from 22 to 12', '22', '12'],
      ['Technician app rating from 3.9 to 4.5 stars', '3.9', '4.5'],
    ],
  },
  {
    title: 'Become the obvious choice for service companies in Germany',
    krs: [
      ['Grow paying German customers from 14 to 40', '14', '40'],
      ['Qualified pipeline from 0.8 to 2.5 million euros', '0.8', '2.5'],
      ['Trial-to-paid conversion from 12% to 20%', '12', '20'],
    ],
  },
] as const;

/**
 * Issue 3's headline: the three working steps as a facilitator runs them, in real Chromium,
 * then undo/redo and a reload that must bring everything back.
 */
describe('a workshop from one-pager to OKRs', () => {
  let server: StaticServer;
  let session: PersistentSession;
  let page: Page;
  let errors: PageErrors;

  beforeAll(async () => {
    server = await serveWeb();
    session = await openPersistent('offsite-flow-');
    ({ page, errors } = session);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const step = (name: string) => goToStep(page, name);
  const column = (name: 'Inbox' | 'Keep' | 'Kill') => page.getByRole('region', { name });
  const titlesIn = (name: 'Inbox' | 'Keep' | 'Kill') =>
    column(name).locator('.card-title').allTextContents();
  const card = (title: string) => projectCard(page, title);
  const objective = (n: number) =>
    page.getByRole('region', { name: `Objective ${n}`, exact: true });
  const keyResult = (o: Locator, n: number) =>
    o.getByRole('listitem', { name: `Key result ${n}`, exact: true });

  it('fills the one-pager', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'New workshop' }).click();
    const title = page.getByRole('textbox', { name: 'Workshop title' });
    await title.waitFor();
    await title.fill('Acme 2027 offsite');
    await step('Strategy one-pager');
    await page
      .getByRole('textbox', { name: 'Purpose' })
      .fill('Help field technicians fix things right the first time.');
    await page
      .getByRole('textbox', { name: 'Vision' })
      .fill('Every mid-sized service company in Europe runs on Acme.');
    await page
      .getByRole('textbox', { name: 'Customers' })
      .fill('Service managers and technicians at companies with 20–500 field staff.');
    for (const [i, name] of ['First-time fix', 'Win Germany'].entries()) {
      await page.getByRole('button', { name: 'Add focus area' }).click();
      const titles = page.getByRole('textbox', { name: 'Focus area title' });
      await expect.poll(() => titles.count()).toBe(i + 1);
      await titles.nth(i).fill(name);
    }
    errors.assertClean();
  });

  it('adds 5 projects, moves them with the mouse and the keyboard, and tags a focus area', async () => {
    await step('Project alignment');
    const title = page.getByRole('textbox', { name: 'Project title' });
    for (const name of PROJECTS) {
      await title.fill(name);
      await page.getByRole('button', { name: 'Add project' }).click();
      await card(name).waitFor();
    }
    expect(await titlesIn('Inbox')).toEqual(PROJECTS);

    await mouseDrag(page, card('Offline mode'), column('Keep'), 'column-top');
    await expect.poll(() => titlesIn('Keep')).toEqual(['Offline mode']);
    await mouseDrag(page, card('VR simulator'), column('Kill'), 'column-top');
    await expect.poll(() => titlesIn('Kill')).toEqual(['VR simulator']);

    await keyboardMove(page, 'Parts prediction', ['ArrowRight']);
    await expect.poll(() => titlesIn('Keep')).toContain('Parts prediction');
    await keyboardMove(page, 'Enterprise SSO', ['ArrowRight', 'ArrowRight']);
    await expect.poll(() => titlesIn('Kill')).toContain('Enterprise SSO');
    expect(await titlesIn('Inbox')).toEqual(['Chat with dispatchers']);

    await card('Offline mode').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Project details' });
    await dialog.waitFor();
    await dialog.getByRole('checkbox', { name: 'First-time fix' }).check();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => card('Offline mode').getAttribute('aria-label'))
      .toBe('Offline mode, in Keep, 1 focus area');
    errors.assertClean();
  });

  it('drafts 2 objectives with 3 key results each and links an initiative', async () => {
    await step('OKR drafting');
    for (const [n, o] of OBJECTIVES.entries()) {
      await page.getByRole('button', { name: 'Add objective' }).click();
      const region = objective(n + 1);
      await region.getByRole('textbox', { name: 'Objective title' }).fill(o.title);
      await region.getByRole('combobox', { name: 'Focus area' }).selectOption({ index: n + 1 });
      for (const [i, [krTitle, baseline, target]] of o.krs.entries()) {
        await region.getByRole('button', { name: 'Add key result' }).click();
        const kr = keyResult(region, i + 1);
        await kr.getByRole('textbox', { name: 'Key result title' }).fill(krTitle);
        await kr.getByRole('textbox', { name: 'Baseline' }).fill(baseline);
        await kr.getByRole('textbox', { name: 'Target' }).fill(target);
      }
    }
    expect(await page.getByRole('textbox', { name: 'Key result title' }).count()).toBe(6);
    await page.getByText('2 objectives — aim for 1–3').waitFor();

    const kr1 = keyResult(objective(1), 1);
    const picker = kr1.getByRole('combobox', { name: 'Link a kept project' });
    // Only kept projects are offered.
    const offered = await picker.locator('option').allTextContents();
    expect(offered).toEqual(expect.arrayContaining(['Offline mode', 'Parts prediction']));
    expect(offered).not.toContain('VR simulator');
    expect(offered).not.toContain('Chat with dispatchers');
    await picker.selectOption({ label: 'Offline mode' });
    await kr1.getByRole('button', { name: 'Unlink Offline mode' }).waitFor();
    errors.assertClean();
  });

  it('undoes and redoes', async () => {
    // Edits within the undo manager's capture time (500 ms) merge into one step, as typing a
    // word should: let the link be its own step.
    await page.waitForTimeout(700);
    const kr1 = keyResult(objective(1), 1);
    await page.getByRole('heading', { name: 'OKR drafting', level: 2 }).click();
    await page.keyboard.press('Control+z');
    await kr1.getByRole('button', { name: 'Unlink Offline mode' }).waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Shift+z');
    await kr1.getByRole('button', { name: 'Unlink Offline mode' }).waitFor();
    // The header's Undo and Redo buttons do the same.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await kr1.getByRole('button', { name: 'Unlink Offline mode' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await kr1.getByRole('button', { name: 'Unlink Offline mode' }).waitFor();
    errors.assertClean();
  });

  it('keeps everything across a reload', async () => {
    await page.reload();
    await objective(2).waitFor();
    for (const [n, o] of OBJECTIVES.entries()) {
      const region = objective(n + 1);
      expect(await region.getByRole('textbox', { name: 'Objective title' }).inputValue()).toBe(
        o.title,
      );
      for (const [i, [krTitle, baseline, target]] of o.krs.entries()) {
        const kr = keyResult(region, i + 1);
        expect(await kr.getByRole('textbox', { name: 'Key result title' }).inputValue()).toBe(
          krTitle,
        );
        expect(await kr.getByRole('textbox', { name: 'Baseline' }).inputValue()).toBe(baseline);
        expect(await kr.getByRole('textbox', { name: 'Target' }).inputValue()).toBe(target);
      }
    }
    await keyResult(objective(1), 1).getByRole('button', { name: 'Unlink Offline mode' }).waitFor();

    await step('Project alignment');
    // Where in a column a card lands is the board's business: here, which column it is in.
    const sorted = async (name: 'Keep' | 'Kill') => (await titlesIn(name)).sort();
    await expect.poll(() => sorted('Keep')).toEqual(['Offline mode', 'Parts prediction']);
    expect(await sorted('Kill')).toEqual(['Enterprise SSO', 'VR simulator']);
    expect(await titlesIn('Inbox')).toEqual(['Chat with dispatchers']);
    expect(await card('Offline mode').getAttribute('aria-label')).toBe(
      'Offline mode, in Keep, 1 focus area',
    );

    await step('Strategy one-pager');
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Purpose' }).inputValue())
      .toBe('Help field technicians fix things right the first time.');
    expect(
      await page
        .getByRole('textbox', { name: 'Focus area title' })
        .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value)),
    ).toEqual(['First-time fix', 'Win Germany']);
    expect(await page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe(
      'Acme 2027 offsite',
    );
    errors.assertClean();
  });
});
