import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../electron/hub/hub';
import {
  agendaLink,
  joinRoom,
  keyboardMove,
  launchChromium,
  startFixtureHub,
  watchPage,
  type FixtureHub,
  type PageErrors,
} from './support';

/**
 * The room end to end: the real hub on 127.0.0.1 serving the built web UI, three Chromium
 * contexts (a facilitator and two participants) joining through the links.
 */
describe('the room: join by link, sync, presence, follow, vote, lock, offline', () => {
  let room: FixtureHub;
  let hub: Hub;
  let browser: Browser;
  const people: { name: string; context: BrowserContext; page: Page; errors: PageErrors }[] = [];

  const person = (name: string) => people.find((p) => p.name === name)!;
  const pill = (page: Page) => page.getByRole('status', { name: /^Connection:/ });
  const column = (page: Page, name: 'Inbox' | 'Keep' | 'Kill') =>
    page.getByRole('region', { name });
  const cardIn = (page: Page, col: 'Inbox' | 'Keep' | 'Kill', title: string) =>
    column(page, col).locator('.card-title', { hasText: title });

  beforeAll(async () => {
    room = await startFixtureHub('offsite-room-e2e-', {
      saveDebounceMs: 200,
      saveMaxDebounceMs: 1000,
    });
    ({ hub } = room);
    browser = await launchChromium();
    for (const [name, link] of [
      ['Fran Facilitator', room.facilitatorLink],
      ['Pat Participant', hub.url],
      ['Quinn Participant', hub.url],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      // The offline participant's reconnect attempts fail loudly in the console, as they should.
      const errors = watchPage(page, [
        /WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/collab' failed/,
      ]);
      people.push({ name, context, page, errors });
      await joinRoom(page, link, name);
    }
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await room?.close();
  });

  it('joins everyone through the link, connected, with the workshop from the hub', async () => {
    for (const { page } of people) {
      await expect.poll(() => pill(page).getAttribute('aria-label')).toBe('Connection: Connected');
      await expect
        .poll(() => page.getByRole('textbox', { name: 'Workshop title' }).inputValue())
        .toBe('Acme Field Service — 2027 planning offsite');
    }
    // Only the facilitator gets the facilitator's controls.
    await person('Fran Facilitator')
      .page.getByRole('region', { name: 'Facilitator controls' })
      .waitFor();
    expect(
      await person('Pat Participant')
        .page.getByRole('region', { name: 'Facilitator controls' })
        .count(),
    ).toBe(0);
  });

  it('shows three people in the room, each with their step', async () => {
    const page = person('Pat Participant').page;
    const button = page.getByRole('button', { name: /^People in the room: / });
    await expect.poll(() => button.getAttribute('aria-label')).toBe('People in the room: 3');
    await button.click();
    const list = page.getByRole('list', { name: 'People in the room' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(3);
    const text = await list.textContent();
    expect(text).toContain('Fran Facilitator');
    expect(text).toContain('Pat Participant (you)');
    expect(text).toContain('Quinn Participant');
    expect(text).toContain('Strategy one-pager');
    await page.keyboard.press('Escape');
  });

  it('shows what each person is editing', async () => {
    const quinn = person('Quinn Participant').page;
    await agendaLink(quinn, 'OKR drafting').click();
    await quinn.getByRole('textbox', { name: 'Objective title' }).first().focus();
    const page = person('Pat Participant').page;
    await page.getByRole('button', { name: /^People in the room: / }).click();
    const list = page.getByRole('list', { name: 'People in the room' });
    await expect
      .poll(() => list.getByRole('listitem').filter({ hasText: 'Quinn Participant' }).textContent())
      .toContain('editing “Make the first visit the only visit”');
    await page.keyboard.press('Escape');
    await quinn.getByRole('textbox', { name: 'Objective title' }).first().blur();
  });

  it('a card moved with the keyboard by one participant appears moved for the others', async () => {
    for (const { page } of people) await agendaLink(page, 'Project alignment').click();
    const { page } = person('Pat Participant');
    const title = 'In-app chat with dispatchers';
    await cardIn(page, 'Inbox', title).waitFor();
    await keyboardMove(page, title, ['ArrowRight']);
    for (const other of [person('Fran Facilitator').page, person('Quinn Participant').page]) {
      await expect.poll(() => cardIn(other, 'Keep', title).count(), { timeout: 10_000 }).toBe(1);
      expect(await cardIn(other, 'Inbox', title).count()).toBe(0);
    }
  });

  it('follow mode moves a participant to the facilitator’s step; they can step out', async () => {
    const fran = person('Fran Facilitator').page;
    const quinn = person('Quinn Participant').page;
    await agendaLink(quinn, 'Strategy one-pager').click();
    await fran.getByRole('button', { name: 'Follow me' }).click();
    await expect.poll(() => quinn.url(), { timeout: 10_000 }).toMatch(/\/alignment$/);
    await agendaLink(fran, 'OKR drafting').click();
    await expect.poll(() => quinn.url(), { timeout: 10_000 }).toMatch(/\/okrs$/);
    await quinn.getByRole('button', { name: 'Stop following' }).click();
    await agendaLink(quinn, 'Drumbeat').click();
    await expect.poll(() => quinn.url()).toMatch(/\/drumbeat$/);
    await quinn.getByRole('button', { name: 'Follow facilitator' }).click();
    await expect.poll(() => quinn.url(), { timeout: 10_000 }).toMatch(/\/okrs$/);
    await fran.getByRole('button', { name: 'Follow me' }).click();
    await expect
      .poll(() => fran.getByRole('button', { name: 'Follow me' }).getAttribute('aria-pressed'))
      .toBe('false');
  });

  it('a dot vote stays hidden until the facilitator reveals it, then shows everywhere', async () => {
    const fran = person('Fran Facilitator').page;
    await agendaLink(fran, 'Project alignment').click();
    await fran.getByRole('combobox', { name: 'Vote on' }).selectOption('projects');
    await fran.getByRole('spinbutton', { name: 'Dots each' }).fill('2');
    await fran.getByRole('button', { name: 'Start vote' }).click();

    const pat = person('Pat Participant').page;
    const quinn = person('Quinn Participant').page;
    const favourite = 'Parts prediction per job';
    for (const page of [pat, quinn]) {
      const vote = page.getByRole('region', { name: 'Dot vote' });
      await vote.waitFor({ timeout: 10_000 });
      await vote.getByRole('button', { name: `Add a dot to ${favourite}` }).click();
    }
    await pat
      .getByRole('region', { name: 'Dot vote' })
      .getByRole('button', { name: 'Add a dot to Offline mode for the technician app' })
      .click();
    // Ballots are counted, the counts are nowhere: not on any screen, not in any doc.
    for (const { page } of people) {
      const vote = page.getByRole('region', { name: 'Dot vote' });
      await expect
        .poll(() => vote.textContent(), { timeout: 10_000 })
        .toContain('2 people have voted');
      expect(await page.getByRole('list', { name: 'Vote results' }).count()).toBe(0);
      expect(await vote.textContent()).not.toMatch(/\d+ dots?$/m);
    }
    expect(
      Object.keys(
        (hub.document.getMap('room').get('voting') as { toJSON(): { results: object } }).toJSON()
          .results,
      ),
    ).toEqual([]);

    await fran.getByRole('button', { name: 'Reveal votes' }).click();
    for (const { page } of people) {
      const results = page.getByRole('list', { name: 'Vote results' });
      await results.waitFor({ timeout: 10_000 });
      const rows = await results.getByRole('listitem').allTextContents();
      expect(rows[0]).toBe(`${favourite}2 dots`);
      expect(rows).toContain('Offline mode for the technician app1 dot');
    }
    await fran.getByRole('button', { name: 'Clear vote' }).click();
  });

  it('a locked step is read-only for participants', async () => {
    const fran = person('Fran Facilitator').page;
    const pat = person('Pat Participant').page;
    await agendaLink(pat, 'Project alignment').click();
    await fran.getByRole('button', { name: 'Lock this step' }).click();
    await pat.getByText('Locked by the facilitator').waitFor({ timeout: 10_000 });
    const card = pat.getByRole('button', { name: /^Parts prediction per job,/ });
    await expect.poll(() => card.isDisabled()).toBe(true);
    expect(await pat.getByRole('button', { name: 'Add project' }).isDisabled()).toBe(true);
    // The facilitator still edits.
    expect(
      await fran.getByRole('button', { name: /^Parts prediction per job,/ }).isDisabled(),
    ).toBe(false);
    await fran.getByRole('button', { name: 'Unlock this step' }).click();
    await expect.poll(() => card.isDisabled(), { timeout: 10_000 }).toBe(false);
  });

  it('a participant offline keeps editing, sees changes waiting, and converges on return', async () => {
    const { page: quinn, context } = person('Quinn Participant');
    const fran = person('Fran Facilitator').page;
    await context.setOffline(true);
    await expect
      .poll(() => pill(quinn).getAttribute('aria-label'), { timeout: 10_000 })
      .toMatch(/^Connection: Offline — \d+ changes? waiting$/);
    const title = quinn.getByRole('textbox', { name: 'Workshop title' });
    await title.fill('Acme offsite (edited offline)');
    await expect
      .poll(() => pill(quinn).getAttribute('aria-label'))
      .toMatch(/^Connection: Offline — [1-9]\d* changes? waiting$/);
    await fran.getByRole('textbox', { name: 'Cycle' }).fill('2027-Q2');
    // Nothing of the offline edit reached the others yet.
    expect(await fran.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe(
      'Acme Field Service — 2027 planning offsite',
    );
    await context.setOffline(false);
    await expect
      .poll(() => pill(quinn).getAttribute('aria-label'), { timeout: 15_000 })
      .toBe('Connection: Connected');
    await expect
      .poll(() => fran.getByRole('textbox', { name: 'Workshop title' }).inputValue(), {
        timeout: 10_000,
      })
      .toBe('Acme offsite (edited offline)');
    await expect
      .poll(() => quinn.getByRole('textbox', { name: 'Cycle' }).inputValue(), { timeout: 10_000 })
      .toBe('2027-Q2');
    for (const { page } of people) {
      await expect
        .poll(() => page.getByRole('textbox', { name: 'Workshop title' }).inputValue())
        .toBe('Acme offsite (edited offline)');
    }
  });

  it('a joined room is listed on the home screen and reopens from there', async () => {
    const { page } = person('Pat Participant');
    await page.getByRole('link', { name: 'All workshops' }).click();
    const open = page.getByRole('link', { name: 'Open Acme offsite (edited offline)' });
    await open.waitFor();
    await open.click();
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await expect
      .poll(() => pill(page).getAttribute('aria-label'), { timeout: 15_000 })
      .toBe('Connection: Connected');
  });

  it('left no page errors', () => {
    for (const { errors } of people) errors.assertClean();
  });
});
