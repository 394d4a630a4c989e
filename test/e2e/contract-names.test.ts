import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fixture from '../fixtures/acme-2027.json' with { type: 'json' };
import {
  agendaLink,
  goToStep,
  joinRoom,
  launchChromium,
  startFixtureHub,
  watchPage,
  type FixtureHub,
  type PageErrors,
} from './support';

type Role = Parameters<Page['getByRole']>[0];

/**
 * The accessible names the issues give as the UI's contract (issue 3's list, and the
 * controls issues 4, 12–16 and the README name in quotes), each found by role and EXACT
 * name — Playwright's default is a case-insensitive substring, which would still pass if
 * "Add project" became "Add projects" or "Coach" became "Coach hints". Where a name is
 * given as a prefix (a card's name starts with its title; "Remove from room: NAME"), the
 * prefix is what is checked. Every name missing is listed, not just the first.
 */
describe('the accessible names of the contract, exactly', () => {
  let room: FixtureHub;
  let browser: Browser;
  let fran: Page; // the facilitator
  let pat: Page; // a participant
  const errors: PageErrors[] = [];
  const missing: string[] = [];

  /** Waits for role+name (exact) on `page`, noting it as missing after `ms`. */
  async function expectName(page: Page, role: Role, name: string, where: string, ms = 10_000) {
    const found = await page
      .getByRole(role, { name, exact: true })
      .first()
      .waitFor({ timeout: ms })
      .then(() => true)
      .catch(() => false);
    if (!found) missing.push(`${where}: ${role} "${name}"`);
  }

  beforeAll(async () => {
    room = await startFixtureHub('offsite-contract-names-e2e-');
    browser = await launchChromium();
    const open = async () => {
      const page = await (
        await browser.newContext({ viewport: { width: 1280, height: 800 } })
      ).newPage();
      errors.push(watchPage(page));
      return page;
    };
    fran = await open();
    pat = await open();
    await joinRoom(fran, room.facilitatorLink, 'Fran');
    await joinRoom(pat, room.hub.url, 'Pat');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await room?.close();
  });

  it('the home screen', async () => {
    const home = await (await browser.newContext()).newPage();
    await home.goto(`${new URL(room.hub.url).origin}/#/`);
    for (const name of [
      'New workshop',
      'Open file…',
      'Import JSON…',
      'Try the sample workshop',
      'Join room',
      'Connect to a server',
    ])
      await expectName(home, 'button', name, 'home');
    await expectName(home, 'region', 'Server workshops', 'home');
    await home.context().close();
  });

  it('the agenda, the header and the one-pager (issue 3)', async () => {
    const agenda = fran.getByRole('navigation', { name: 'Agenda', exact: true });
    await agenda.waitFor();
    for (const step of [
      'Strategy one-pager',
      'Project alignment',
      'OKR drafting',
      'Review & export',
      'Drumbeat',
    ]) {
      if ((await agendaLink(fran, step).count()) !== 1) missing.push(`Agenda: link "${step}"`);
    }
    await goToStep(fran, 'Strategy one-pager');
    for (const name of ['Workshop title', 'Purpose', 'Vision', 'Customers', 'Focus area title'])
      await expectName(fran, 'textbox', name, 'one-pager');
    for (const name of ['Add focus area', 'Present', 'History', 'Undo', 'Redo', 'Save as…'])
      await expectName(fran, 'button', name, 'one-pager');
  });

  it('the board: columns, the add form, cards named by their title first, "Move to…"', async () => {
    await goToStep(fran, 'Project alignment');
    await expectName(fran, 'button', 'Add project', 'board');
    await expectName(fran, 'textbox', 'Project title', 'board');
    for (const column of ['Inbox', 'Keep', 'Kill'])
      await expectName(fran, 'region', column, 'board');
    await expectName(fran, 'button', 'Move to…', 'board');
    for (const project of fixture.projects) {
      const region = fran.getByRole('region', {
        name: project.column[0]!.toUpperCase() + project.column.slice(1),
        exact: true,
      });
      const names = await region
        .getByRole('button')
        .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
      if (!names.some((n) => n.startsWith(project.title)))
        missing.push(`board: no card in ${project.column} named "${project.title}…"`);
    }
  });

  it('OKR drafting (issue 3), with Spotlight and "Aligned to"', async () => {
    await goToStep(fran, 'OKR drafting');
    for (const name of ['Add objective', 'Add key result', 'Spotlight'])
      await expectName(fran, 'button', name, 'OKRs');
    for (const name of ['Objective title', 'Key result title', 'Baseline', 'Target'])
      await expectName(fran, 'textbox', name, 'OKRs');
    await expectName(fran, 'region', 'Coach', 'OKRs');
    await expectName(fran, 'combobox', 'Aligned to', 'OKRs');
  });

  it('the Drumbeat: "Weekly meeting" and "Start next cycle…"', async () => {
    await goToStep(fran, 'Drumbeat');
    await expectName(fran, 'link', 'Weekly meeting', 'Drumbeat');
    await fran.getByRole('link', { name: 'Review the cycle', exact: true }).click();
    await expectName(fran, 'button', 'Start next cycle…', 'Drumbeat review');
  });

  it('the room: "Rotate links", "Remove from room: NAME", "Show join link", "Stop following"', async () => {
    await fran.getByRole('button', { name: 'Room', exact: true }).click();
    await expectName(fran, 'button', 'Rotate links', 'room dialog (facilitator)');
    await fran.keyboard.press('Escape');
    await fran.getByRole('button', { name: /^People in the room: / }).click();
    await expectName(fran, 'button', 'Remove from room: Pat', 'people list');
    await fran.keyboard.press('Escape');

    await pat.getByRole('button', { name: 'Room', exact: true }).click();
    await expectName(pat, 'button', 'Show join link', 'room dialog (participant)');
    await pat.keyboard.press('Escape');

    await goToStep(fran, 'Strategy one-pager');
    await fran.getByRole('button', { name: 'Follow me', exact: true }).click();
    await pat.getByRole('heading', { name: 'Strategy one-pager', level: 2 }).waitFor();
    await agendaLink(pat, 'OKR drafting').click();
    await expectName(pat, 'button', 'Stop following', 'participant following');
  });

  it('Ctrl+Y redoes and Cmd+Z undoes, as the Keyboard table says', async () => {
    const title = fran.getByRole('textbox', { name: 'Workshop title', exact: true });
    const before = await title.inputValue();
    await title.click();
    await title.press('End');
    await title.pressSequentially(' X');
    await expect.poll(() => title.inputValue()).toBe(`${before} X`);
    // The keys act on the undo stack: wait until the edit is on it (Undo enabled), and the
    // undone edit on the redo stack, before pressing them.
    const button = (name: string) => fran.getByRole('button', { name, exact: true });
    await expect.poll(() => button('Undo').isEnabled()).toBe(true);
    await fran.keyboard.press('Meta+z');
    await expect.poll(() => title.inputValue()).toBe(before);
    await expect.poll(() => button('Redo').isEnabled()).toBe(true);
    await fran.keyboard.press('Control+y');
    await expect.poll(() => title.inputValue()).toBe(`${before} X`);
  });

  it('found every name, with no page error', () => {
    expect(missing).toEqual([]);
    for (const e of errors) e.assertClean();
  });
});
