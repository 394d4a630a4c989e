import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Hub } from '../../electron/hub/hub';
import { readMeta, setAgreed } from '../../shared/model';
import { connect } from '../integration/hub-helpers';
import {
  agendaLink,
  goToStep,
  joinRoom,
  launchChromium,
  seriousViolations,
  startFixtureHub,
  watchPage,
  type FixtureHub,
  type PageErrors,
} from './support';

/** Screenshots for a person to look at (git-ignored). */
const SHOTS = 'test-results/issue-12-roles';
const SIZES = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1280x800', width: 1280, height: 800 },
  { name: '390x844', width: 390, height: 844 },
] as const;

const TITLE = 'Acme Field Service — 2027 planning offsite';

/**
 * Roles in the room end to end (issue 12 parts 4 and 5): the real hub serving the built
 * web UI, a facilitator and two participants in Chromium. What is not a participant's is
 * disabled and says why, and the hub refuses it anyway; voting with a question, results
 * kept on the cards; removing a participant; the join page; who took part.
 */
describe('roles in the room: what is whose, votes, removal, joining', () => {
  let room: FixtureHub;
  let hub: Hub;
  let browser: Browser;
  const people: { name: string; context: BrowserContext; page: Page; errors: PageErrors }[] = [];
  const person = (name: string) => people.find((p) => p.name === name)!.page;
  const fran = () => person('Fran Facilitator');
  const pat = () => person('Pat Participant');
  const quinn = () => person('Quinn Participant');
  const voteRegion = (page: Page) => page.getByRole('region', { name: 'Dot vote' });

  async function shoot(page: Page, name: string, prepare?: () => Promise<void>): Promise<void> {
    const original = page.viewportSize();
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await prepare?.();
      await page.screenshot({ path: `${SHOTS}/${name}-${size.name}.png` });
    }
    if (original) await page.setViewportSize(original);
  }

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    room = await startFixtureHub('offsite-roles-e2e-');
    ({ hub } = room);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await room?.close();
  });

  it('the join page names the workshop (not the room id) and an empty name says why', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors = watchPage(page);
    await page.goto(hub.url);
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor({ timeout: 10_000 });
    expect(await page.locator('body').textContent()).not.toContain(hub.room);
    await page.screenshot({ path: `${SHOTS}/join-page-390x844.png` });

    const field = page.getByRole('textbox', { name: 'Your name' });
    await field.fill('   ');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    const error = page.getByRole('alert').filter({ hasText: 'Enter your name' });
    await error.waitFor();
    expect(await error.textContent()).toBe('Enter your name so others know who is editing.');
    // The cursor stays where the name goes; the field says it is invalid and why.
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toBe('join-error');
    await page.screenshot({ path: `${SHOTS}/join-empty-name-390x844.png` });
    // Still on the join page: nobody joined as a blank.
    expect(page.url()).toContain('#/join/');
    errors.assertClean();
    await context.close();
  });

  it('everyone joins through their link', async () => {
    for (const [name, link] of [
      ['Fran Facilitator', room.facilitatorLink],
      ['Pat Participant', hub.url],
      ['Quinn Participant', hub.url],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      // A removed participant's page logs the refused socket: expected, not a bug.
      const errors = watchPage(page, [/WebSocket connection to .* failed/]);
      people.push({ name, context, page, errors });
      await joinRoom(page, link, name);
    }
    for (const { page } of people)
      await expect
        .poll(() => page.getByRole('status', { name: /^Connection:/ }).getAttribute('aria-label'))
        .toBe('Connection: Connected');
  });

  it('a participant cannot un-agree: the button says whose it is, and the hub refuses a raw write', async () => {
    await goToStep(fran(), 'OKR drafting');
    await goToStep(pat(), 'OKR drafting');
    // Before the agreement: not Pat's either.
    const agree = pat().getByRole('button', { name: 'Mark as agreed' });
    await expect.poll(() => agree.isDisabled()).toBe(true);
    expect(await pat().getByText('Only the facilitator can agree the OKRs').isVisible()).toBe(true);
    expect(await agree.evaluate((el) => el.getAttribute('aria-describedby'))).toBeTruthy();

    await fran().getByRole('button', { name: 'Mark as agreed' }).click();
    await pat().getByText('Agreed.').waitFor({ timeout: 10_000 });
    // Everyone sees who agreed and when.
    await pat()
      .getByText(/Marked agreed by Fran Facilitator on /)
      .waitFor();
    const unlock = pat().getByRole('button', { name: 'Unlock to edit' });
    expect(await unlock.isDisabled()).toBe(true);
    expect(await pat().getByText('Only the facilitator can unlock the OKRs').isVisible()).toBe(
      true,
    );
    expect(await fran().getByRole('button', { name: 'Unlock to edit' }).isDisabled()).toBe(false);
    await pat().screenshot({ path: `${SHOTS}/participant-agreed-1280x800.png` });

    // A participant's raw Yjs write to the agreement: closed with 4403, the room unchanged.
    const raw = connect(hub, hub.tokens.participant);
    await raw.synced;
    const before = Y.encodeStateAsUpdate(hub.document);
    const closed = new Promise<number>((resolve) =>
      raw.provider.on('close', ({ event }: { event: { code: number } }) => resolve(event.code)),
    );
    setAgreed(raw.doc, false, 'Pat');
    expect(await closed).toBe(4403);
    raw.destroy();
    expect(Y.encodeStateAsUpdate(hub.document)).toEqual(before);
    expect(readMeta(hub.document)).toMatchObject({ agreed: true, agreedBy: 'Fran Facilitator' });
    await pat().getByText('Agreed.').waitFor();

    // The facilitator un-agrees; everyone sees that too.
    await fran().getByRole('button', { name: 'Unlock to edit' }).click();
    await fran().getByRole('alertdialog').getByRole('button', { name: 'Unlock' }).click();
    await pat()
      .getByText(/Unlocked by Fran Facilitator on /)
      .waitFor({ timeout: 10_000 });
  });

  it('a vote with a question: who voted (names only), bars with zeros, badges, sort, earlier rounds', async () => {
    for (const page of [fran(), pat(), quinn()]) await goToStep(page, 'Project alignment');
    const question = 'Which projects matter most for the first visit?';
    await fran().getByRole('textbox', { name: 'Question' }).fill(question);
    await fran().getByRole('combobox', { name: 'Vote on' }).selectOption('projects');
    await fran().getByRole('spinbutton', { name: 'Dots each' }).fill('2');
    await fran().getByRole('button', { name: 'Start vote' }).click();

    for (const page of [pat(), quinn()])
      await voteRegion(page).getByRole('heading', { name: question }).waitFor({ timeout: 10_000 });
    const favourite = 'Parts prediction per job';
    await voteRegion(pat())
      .getByRole('button', { name: `Add a dot to ${favourite}` })
      .click();
    await voteRegion(pat())
      .getByRole('button', { name: 'Add a dot to Offline mode for the technician app' })
      .click();

    // The facilitator sees who has voted and who has not, never what they chose.
    const turnout = voteRegion(fran()).locator('.vote-turnout');
    await expect
      .poll(() => turnout.textContent(), { timeout: 10_000 })
      .toContain('Voted: Pat Participant');
    expect(await turnout.textContent()).toMatch(/Not voted yet: .*Quinn Participant/);
    expect(await turnout.textContent()).not.toContain(favourite);
    // Participants see how many, not who.
    expect(await voteRegion(quinn()).textContent()).toContain('1 person has voted');
    expect(await voteRegion(quinn()).locator('.vote-turnout').count()).toBe(0);
    await shoot(fran(), 'voting-panel-facilitator', async () => {
      await voteRegion(fran()).scrollIntoViewIfNeeded();
    });
    await shoot(pat(), 'voting-panel-participant', async () => {
      await voteRegion(pat()).scrollIntoViewIfNeeded();
    });

    await voteRegion(quinn())
      .getByRole('button', { name: `Add a dot to ${favourite}` })
      .click();
    await expect
      .poll(() => turnout.textContent(), { timeout: 10_000 })
      .toContain('Voted: Pat Participant, Quinn Participant');
    await fran().getByRole('button', { name: 'Reveal votes' }).click();

    // Bars with counts, every item on the ballot (Keep and Inbox: 6), zeros included.
    for (const page of [fran(), pat(), quinn()]) {
      const results = page.getByRole('list', { name: 'Vote results' });
      await results.waitFor({ timeout: 10_000 });
      const rows = await results.getByRole('listitem').allTextContents();
      expect(rows).toHaveLength(6);
      expect(rows[0]).toBe(`${favourite}2 dots`);
      expect(rows).toContain('Offline mode for the technician app1 dot');
      expect(rows).toContain('In-app chat with dispatchers0 dots');
    }

    // The results stay on the cards as badges.
    const card = (page: Page, title: string) =>
      page.locator('.card').filter({ has: page.locator('.card-title', { hasText: title }) });
    await expect
      .poll(() => card(pat(), favourite).locator('.vote-badge').textContent(), { timeout: 10_000 })
      .toBe('● 2 dots in the vote');
    expect(
      await card(pat(), 'In-app chat with dispatchers').locator('.vote-badge').textContent(),
    ).toBe('● 0 dots in the vote');

    // Sorted by votes: the Keep column shows the most dots first; the doc's order is untouched.
    const keepTitles = (page: Page) =>
      page.getByRole('region', { name: 'Keep' }).locator('.card-title').allTextContents();
    const unsorted = await keepTitles(fran());
    expect(unsorted[0]).toBe('Offline mode for the technician app');
    const sort = fran().getByRole('button', { name: 'Sort by votes' });
    await sort.click();
    expect(await sort.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => keepTitles(fran()).then((t) => t[0])).toBe(favourite);
    expect(await keepTitles(pat())).toEqual(unsorted);
    await shoot(fran(), 'results-on-board', async () => {
      await fran().getByRole('region', { name: 'Keep' }).scrollIntoViewIfNeeded();
    });
    await shoot(pat(), 'results-panel', async () => {
      await pat().getByRole('list', { name: 'Vote results' }).scrollIntoViewIfNeeded();
    });

    // Cleared: the badges go, the round is kept and can be looked at.
    await fran().getByRole('button', { name: 'Clear vote' }).click();
    await expect.poll(() => card(pat(), favourite).locator('.vote-badge').count()).toBe(0);
    expect(await fran().getByRole('button', { name: 'Sort by votes' }).count()).toBe(0);
    const earlier = pat().getByText('Earlier votes (1)');
    await earlier.waitFor({ timeout: 10_000 });
    await earlier.click();
    const round = pat().locator('.earlier-vote');
    await round.getByRole('heading', { name: question }).waitFor();
    const rows = await round.getByRole('listitem').allTextContents();
    expect(rows[0]).toBe(`${favourite}2 dots`);
    expect(rows).toHaveLength(6);
    expect(await round.locator('.earlier-vote-meta').textContent()).toContain('2 people voted');
    await shoot(pat(), 'earlier-votes', async () => {
      await round.scrollIntoViewIfNeeded();
    });
  });

  it('a participant can show the join link (the participants’ only) to a late arrival', async () => {
    const page = pat();
    await page.getByRole('button', { name: 'Room', exact: true }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByRole('button', { name: 'Rotate links' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Show join link' }).click();
    expect(await dialog.getByLabel('Join link', { exact: true }).textContent()).toBe(hub.url);
    await dialog.getByRole('img', { name: 'QR code of the join link' }).waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).not.toContain(hub.tokens.viewer);
    expect(text).not.toContain(hub.tokens.facilitator);
    expect(await seriousViolations(page, 'dialog[open]')).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/participant-join-link-1280x800.png` });
    await dialog.getByRole('button', { name: 'Done' }).click();
  });

  it('has no serious accessibility violation in the room and voting panels', async () => {
    await fran().getByRole('button', { name: 'Room', exact: true }).click();
    expect(await seriousViolations(fran(), 'dialog[open]')).toEqual([]);
    await fran().getByRole('dialog').getByRole('button', { name: 'Done' }).click();
    await fran().getByRole('textbox', { name: 'Question' }).fill('One more?');
    await fran().getByRole('button', { name: 'Start vote' }).click();
    await voteRegion(pat()).waitFor({ timeout: 10_000 });
    expect(await seriousViolations(pat(), '.vote-panel')).toEqual([]);
    expect(await seriousViolations(fran(), '.vote-panel')).toEqual([]);
    expect(await seriousViolations(fran(), '.facilitator-bar')).toEqual([]);
    await fran().getByRole('button', { name: 'Reveal votes' }).click();
    await pat().getByRole('list', { name: 'Vote results' }).waitFor({ timeout: 10_000 });
    expect(await seriousViolations(pat(), '.vote-panel')).toEqual([]);
    await fran().getByRole('button', { name: 'Clear vote' }).click();
  });

  it('the facilitator removes a participant: their screen says so, their link stays refused', async () => {
    const people = fran().getByRole('button', { name: /^People in the room: / });
    await expect.poll(() => people.getAttribute('aria-label')).toBe('People in the room: 3');
    // Not a participant's to do.
    await pat()
      .getByRole('button', { name: /^People in the room: / })
      .click();
    expect(
      await pat()
        .getByRole('button', { name: /^Remove from room/ })
        .count(),
    ).toBe(0);
    await pat().keyboard.press('Escape');

    await people.click();
    expect(await seriousViolations(fran(), '.presence-popover')).toEqual([]);
    await fran().getByRole('button', { name: 'Remove from room: Quinn Participant' }).click();
    const confirm = fran().getByRole('alertdialog', {
      name: 'Remove Quinn Participant from the room?',
    });
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();

    const message = quinn().getByText('You were removed from the room by the facilitator.');
    await message.waitFor({ timeout: 10_000 });
    await expect
      .poll(() =>
        quinn()
          .getByRole('status', { name: /^Connection:/ })
          .getAttribute('aria-label'),
      )
      .toBe('Connection: Removed from the room');
    await fran().getByText('Quinn Participant was removed from the room.').waitFor();
    await expect.poll(() => people.getAttribute('aria-label')).toBe('People in the room: 2');
    // Quinn's copy stays: the workshop is still on Quinn's screen.
    expect(await quinn().getByRole('navigation', { name: 'Agenda' }).isVisible()).toBe(true);
    await shoot(quinn(), 'removed-participant', async () => {
      await quinn().evaluate(() => window.scrollTo(0, 0));
    });

    // Reloading does not get Quinn back in with the same link.
    await quinn().reload();
    await quinn()
      .getByText(/removed from the room by the facilitator/)
      .waitFor({ timeout: 10_000 });
    // Pat carries on.
    await agendaLink(pat(), 'Strategy one-pager').click();
    await expect
      .poll(() =>
        pat()
          .getByRole('status', { name: /^Connection:/ })
          .getAttribute('aria-label'),
      )
      .toBe('Connection: Connected');
    expect(hub.removedDevices()).toHaveLength(1);
  });

  it('offers the people who were in the room for “Who took part”', async () => {
    const page = fran();
    await goToStep(page, 'Review & export');
    const group = page.getByRole('group', { name: 'Who took part' });
    await group.waitFor();
    for (const name of ['Fran Facilitator', 'Pat Participant', 'Quinn Participant'])
      await group.getByRole('checkbox', { name }).waitFor();
    await group.getByRole('checkbox', { name: 'Pat Participant' }).check();
    await group.getByRole('checkbox', { name: 'Quinn Participant' }).check();
    const field = page.getByRole('textbox', { name: 'Participants' });
    expect(await field.inputValue()).toBe('Pat Participant, Quinn Participant');
    await group.getByRole('checkbox', { name: 'Pat Participant' }).uncheck();
    expect(await field.inputValue()).toBe('Quinn Participant');
  });

  it('left no page errors', () => {
    for (const { errors } of people) errors.assertClean();
  });
});
