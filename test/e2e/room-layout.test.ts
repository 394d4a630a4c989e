import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTimer } from '../../shared/model';
import {
  agendaLink,
  joinRoom,
  launchChromium,
  projectCard,
  seriousViolations,
  startFixtureHub,
  touchDrag,
  watchPage,
  type FixtureHub,
  type PageErrors,
} from './support';

const STEPS = [
  'Strategy one-pager',
  'Project alignment',
  'OKR drafting',
  'Review & export',
  'Drumbeat',
] as const;

const PHONE = { width: 390, height: 844 };
/** Screenshots of the pinned bar for a person to look at (git-ignored test artefacts). */
const SHOTS = 'test-results/screens';
const LAPTOP = { width: 1280, height: 800 };

/** Page width beyond the window: the phone contract is that there is none. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Whether `box` lies wholly inside the window. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return !!r && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  }, selector);
}

/**
 * Issue 12, parts 2–4: the room as the room sees it, on a phone (390×844, touch) and on the
 * facilitator's 1280×800 laptop. A real hub on 127.0.0.1 serving the built web UI, one
 * Chromium context per person.
 */
describe('the room on a phone and on a laptop', () => {
  let room: FixtureHub;
  let browser: Browser;
  const people: { context: BrowserContext; page: Page; errors: PageErrors }[] = [];
  let fran: Page; // the facilitator, 1280×800
  let pat: Page; // a participant on a phone, 390×844 with touch
  let quinn: Page; // a participant on a laptop, 1280×800

  async function open(link: string, name: string, phone: boolean): Promise<Page> {
    const context = await browser.newContext(
      phone ? { viewport: PHONE, hasTouch: true, isMobile: true } : { viewport: LAPTOP },
    );
    const page = await context.newPage();
    people.push({ context, page, errors: watchPage(page) });
    await joinRoom(page, link, name);
    return page;
  }

  const heading = (page: Page, step: string) => page.getByRole('heading', { name: step, level: 2 });

  async function goTo(page: Page, step: string) {
    await agendaLink(page, step).click();
    await heading(page, step).waitFor();
  }

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    room = await startFixtureHub('offsite-room-layout-e2e-');
    browser = await launchChromium();
    fran = await open(room.facilitatorLink, 'Fran (facilitator)', false);
    pat = await open(room.hub.url, 'Pat Doe', true);
    quinn = await open(room.hub.url, 'Quinn', false);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await room?.close();
  });

  it('at 390×844 no step is wider than the window, and axe finds nothing serious', async () => {
    const problems: string[] = [];
    for (const step of STEPS) {
      await goTo(pat, step);
      await pat.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      expect(await overflow(pat), `${step} scrolls sideways at 390 px`).toBeLessThanOrEqual(0);
      for (const v of await seriousViolations(pat)) problems.push(`${step}: ${v}`);
    }
    expect(problems).toEqual([]);
  });

  it('the phone header is one row: way home, title, status, and a menu for the rest', async () => {
    const header = pat.locator('.workshop-header');
    expect((await header.boundingBox())!.height).toBeLessThan(70);
    // Undo, Redo, Save as… and the cycle wait in the menu.
    const undo = pat.getByRole('button', { name: 'Undo', exact: true });
    expect(await undo.isVisible()).toBe(false);
    const menu = pat.getByRole('button', { name: 'Workshop menu' });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await undo.isVisible()).toBe(true);
    expect(await pat.getByRole('textbox', { name: 'Cycle', exact: true }).isVisible()).toBe(true);
    await pat.keyboard.press('Escape');
    expect(await undo.isVisible()).toBe(false);
    // The status pill stays in view; the agenda's links keep their full names.
    expect(await pat.getByRole('status', { name: 'Connection: Connected' }).isVisible()).toBe(true);
    for (const step of STEPS) expect(await agendaLink(pat, step).isVisible()).toBe(true);
  });

  it('on a phone: type in the one-pager, add and paste projects', async () => {
    await goTo(pat, 'Strategy one-pager');
    const purpose = pat.getByRole('textbox', { name: 'Purpose' });
    await purpose.tap();
    await purpose.press('End');
    await pat.keyboard.type(' From a phone.');
    await expect
      .poll(() => fran.getByRole('textbox', { name: 'Purpose' }).inputValue(), { timeout: 10_000 })
      .toContain('From a phone.');

    await goTo(pat, 'Project alignment');
    const title = pat.getByRole('textbox', { name: 'Project title' });
    await title.fill('Phone-made project');
    await pat.getByRole('button', { name: 'Add project' }).tap();
    await projectCard(pat, 'Phone-made project').waitFor();
    // A pasted list: one project per line.
    await title.focus();
    await title.evaluate((input) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Pasted one\nPasted two');
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    await projectCard(pat, 'Pasted two').waitFor();
    expect(await overflow(pat)).toBeLessThanOrEqual(0);
  });

  it('on a phone: a card goes to Keep by touch, and another by "Move to…", each undoable', async () => {
    await goTo(fran, 'Project alignment');
    const keep = pat.getByRole('region', { name: 'Keep', exact: true });
    const inKeep = (title: string) => keep.locator('.card-title', { hasText: title });

    // Touch: press and hold the card, drag it down onto the Keep column.
    const card = projectCard(pat, 'Pasted one');
    await touchDrag(pat, card, keep);
    await expect.poll(() => inKeep('Pasted one').count(), { timeout: 10_000 }).toBe(1);
    await expect
      .poll(() => fran.getByRole('region', { name: 'Keep', exact: true }).textContent(), {
        timeout: 10_000,
      })
      .toContain('Pasted one');

    // "Move to…": a dialog with the three columns; the current one is not offered.
    const item = pat.getByRole('listitem', { name: 'Pasted two', exact: true });
    await item.getByRole('button', { name: 'Move to…' }).tap();
    const dialog = pat.getByRole('dialog', { name: /^Move “Pasted two” to…$/ });
    await dialog.waitFor();
    expect(await dialog.getByRole('button', { name: 'Inbox', exact: true }).isDisabled()).toBe(
      true,
    );
    expect(await dialog.getByRole('button', { name: 'Kill', exact: true }).isEnabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Keep', exact: true }).tap();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => inKeep('Pasted two').count()).toBe(1);
    // One local edit: one Undo puts it back in the Inbox (Undo is in the phone's menu).
    await pat.getByRole('button', { name: 'Workshop menu' }).tap();
    await pat.getByRole('button', { name: 'Undo', exact: true }).tap();
    await expect.poll(() => inKeep('Pasted two').count()).toBe(0);
    await pat.getByRole('button', { name: 'Redo', exact: true }).tap();
    await expect.poll(() => inKeep('Pasted two').count()).toBe(1);
    await pat.keyboard.press('Escape');
  });

  it('on a phone: tag a focus area, edit an objective and a key result', async () => {
    await projectCard(pat, 'Pasted two').tap();
    const details = pat.getByRole('dialog', { name: 'Project details' });
    await details.getByRole('checkbox', { name: 'First-time fix' }).tap();
    expect(await details.getByRole('checkbox', { name: 'First-time fix' }).isChecked()).toBe(true);
    await details.getByRole('button', { name: 'Done' }).tap();
    await pat
      .getByRole('listitem', { name: 'Pasted two', exact: true })
      .getByText('First-time fix')
      .waitFor();

    await goTo(pat, 'OKR drafting');
    await goTo(fran, 'OKR drafting');
    const objective = pat.getByRole('textbox', { name: 'Objective title' }).first();
    await objective.fill('Make the first visit the only visit, from a phone');
    const baseline = pat.getByRole('textbox', { name: 'Baseline' }).first();
    await baseline.fill('70');
    await expect
      .poll(() => fran.getByRole('textbox', { name: 'Objective title' }).first().inputValue(), {
        timeout: 10_000,
      })
      .toBe('Make the first visit the only visit, from a phone');
    expect(await overflow(pat)).toBeLessThanOrEqual(0);
  });

  it('the timer and a running vote stay in view at the bottom of a long step', async () => {
    await goTo(fran, 'OKR drafting');
    await fran.getByRole('button', { name: 'Start timer' }).click();
    await fran.getByRole('combobox', { name: 'Vote on' }).selectOption('objectives');
    await fran.getByRole('button', { name: 'Start vote' }).click();
    for (const page of [pat, quinn, fran]) {
      if (page !== fran) await goTo(page, 'OKR drafting');
      await page.getByRole('timer', { name: 'Timer for OKR drafting' }).waitFor({
        timeout: 10_000,
      });
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
      expect(await inViewport(page, '.room-timer')).toBe(true);
      expect(await inViewport(page, '.vote-chip')).toBe(true);
      expect(await page.locator('.vote-chip').textContent()).toContain('Dot vote open');
      const who = page === pat ? 'phone' : page === quinn ? 'laptop' : 'facilitator-laptop';
      await page.screenshot({ path: `${SHOTS}/pinned-${who}.png` });
    }
    // The vote on a phone: the pinned vote brings the ballot into view.
    await pat.getByRole('button', { name: 'Go to the vote' }).tap();
    const ballot = pat.getByRole('region', { name: 'Dot vote' });
    await ballot
      .getByRole('button', { name: /^Add a dot to / })
      .first()
      .tap();
    await expect
      .poll(() => fran.locator('.vote-chip').textContent(), { timeout: 10_000 })
      .toContain('1 person has voted');
    await fran.getByRole('button', { name: 'Reveal votes' }).click();
    await fran.getByRole('button', { name: 'Clear vote' }).click();
  });

  it("time's end: the pinned timer turns red and says so; the sound is off until asked", async () => {
    const sound = pat.getByRole('button', { name: "Sound at time's end" });
    expect(await sound.getAttribute('aria-pressed')).toBe('false');
    await sound.tap();
    expect(await sound.getAttribute('aria-pressed')).toBe('true');
    // A timer about to end, written on the hub as the facilitator's would be.
    startTimer(room.hub.document, 'okrs', 1500, Date.now());
    await pat.locator('.room-timer-done').waitFor({ timeout: 10_000 });
    expect(await pat.getByRole('timer').textContent()).toContain('Time is up');
    await pat.screenshot({ path: `${SHOTS}/time-is-up-phone.png` });
    await sound.tap();
    expect(await sound.getAttribute('aria-pressed')).toBe('false');
    await fran.getByRole('button', { name: 'Reset' }).click();
    await pat.getByRole('timer').waitFor({ state: 'detached', timeout: 10_000 });
  });

  it('on a phone: check in on a key result', async () => {
    await goTo(pat, 'Drumbeat');
    const row = pat.locator('.kr-row').first();
    await row.getByRole('button', { name: 'Check in', exact: true }).tap();
    const dialog = pat.getByRole('dialog', { name: /^Check in: / });
    await dialog.getByLabel('Value', { exact: true }).fill('74');
    await dialog.getByLabel('Confidence', { exact: true }).fill('6');
    await dialog.getByRole('button', { name: 'Save check-in' }).tap();
    await dialog.waitFor({ state: 'detached' });
    expect(await overflow(pat)).toBeLessThanOrEqual(0);
  });

  it('at 1280×800 the header is one row and the board starts in the top 350 px', async () => {
    await goTo(fran, 'Project alignment');
    await fran.evaluate(() => window.scrollTo(0, 0));
    const header = (await fran.locator('.workshop-header').boundingBox())!;
    expect(header.height).toBeLessThan(80);
    const title = (await fran.getByRole('textbox', { name: 'Workshop title' }).boundingBox())!;
    for (const name of ['Room', 'Save as…', 'Undo']) {
      const box = (await fran.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(Math.abs(box.y + box.height / 2 - (title.y + title.height / 2))).toBeLessThan(8);
    }
    // The facilitator's toolbar keeps every control's name, on one row.
    const toolbar = fran.getByRole('region', { name: 'Facilitator controls' });
    for (const name of ['Follow me', 'Lock this step', 'Start timer', 'Start vote'])
      expect(await toolbar.getByRole('button', { name }).isVisible()).toBe(true);
    expect((await toolbar.boundingBox())!.height).toBeLessThan(60);
    for (const page of [fran, quinn]) {
      if (page !== fran) await goTo(page, 'Project alignment');
      for (const column of ['Inbox', 'Keep', 'Kill']) {
        const box = (await page.getByRole('region', { name: column, exact: true }).boundingBox())!;
        expect(box.y, `${column} starts at ${box.y}px`).toBeLessThan(350);
      }
    }
    // The title ends in an ellipsis where it is cut, with the whole of it on hover.
    expect(await fran.getByRole('textbox', { name: 'Workshop title' }).getAttribute('title')).toBe(
      'Acme Field Service — 2027 planning offsite',
    );
  });

  it('while following, a click on another step says so and offers "Stop following"', async () => {
    await goTo(quinn, 'Strategy one-pager');
    await fran.getByRole('button', { name: 'Follow me' }).click();
    await expect.poll(() => quinn.url(), { timeout: 10_000 }).toMatch(/\/alignment$/);
    await agendaLink(quinn, 'Drumbeat').click();
    const notice = quinn
      .getByRole('status')
      .filter({ hasText: 'You are following the facilitator' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Stop following to open Drumbeat');
    await quinn.screenshot({ path: `${SHOTS}/follow-notice-laptop.png` });
    expect(quinn.url()).toMatch(/\/alignment$/);
    await quinn.getByRole('button', { name: 'Stop following', exact: true }).click();
    await heading(quinn, 'Drumbeat').waitFor();
    expect(quinn.url()).toMatch(/\/drumbeat$/);
    // Out of follow mode on this device only: the facilitator moving does not pull them back.
    await goTo(fran, 'OKR drafting');
    await quinn.getByRole('button', { name: 'Follow facilitator' }).waitFor();
    expect(quinn.url()).toMatch(/\/drumbeat$/);
    await fran.getByRole('button', { name: 'Follow me' }).click();
  });

  it('shows initials without brackets', async () => {
    const avatars = await fran.locator('.presence-button .avatar').allTextContents();
    expect(avatars).toContain('F');
    expect(avatars).toContain('PD');
    expect(avatars.some((a) => a.includes('('))).toBe(false);
  });

  it('left no page errors', () => {
    for (const { errors } of people) errors.assertClean();
  });
});
