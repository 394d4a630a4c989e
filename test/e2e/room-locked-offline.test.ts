import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../electron/hub/hub';
import { readMeta, readProjects, readRoomState } from '../../shared/model';
import {
  joinPeople,
  keyboardMove,
  launchChromium,
  startFixtureHub,
  type FixtureHub,
  type PageErrors,
} from './support';

/**
 * "Nothing lost" in Chromium: a participant edits a card while offline, the facilitator
 * locks the board meanwhile; back online, the participant is told their edits wait on the
 * device, and they merge when the facilitator unlocks.
 */
describe('offline edits to a step the facilitator locked meanwhile', () => {
  let room: FixtureHub;
  let hub: Hub;
  let hubLog: string[];
  let browser: Browser;
  let fran: Page;
  let pat: Page;
  let patContext: BrowserContext;
  const errors: PageErrors[] = [];

  const pill = (page: Page) => page.getByRole('status', { name: /^Connection:/ });
  const cardIn = (page: Page, col: 'Inbox' | 'Keep' | 'Kill', title: string) =>
    page.getByRole('region', { name: col }).locator('.card-title', { hasText: title });
  const title = 'In-app chat with dispatchers';
  const banner =
    'You edited Project alignment while offline, and the facilitator has locked it. Your ' +
    'edits are kept on this device and will merge when the facilitator unlocks the step.';

  beforeAll(async () => {
    room = await startFixtureHub('offsite-locked-offline-e2e-', {
      saveDebounceMs: 200,
      saveMaxDebounceMs: 1000,
    });
    ({ hub, logs: hubLog } = room);
    browser = await launchChromium();
    // Reconnect attempts while offline fail loudly in the console, as they should.
    const people = await joinPeople(
      browser,
      [
        ['Fran Facilitator', room.facilitatorLink],
        ['Pat Participant', hub.url],
      ],
      'Project alignment',
      [/WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/collab' failed/],
    );
    [fran, pat] = people.map((p) => p.page) as [Page, Page];
    patContext = people[1]!.context;
    errors.push(...people.map((p) => p.errors));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await room?.close();
  });

  it('keeps the edits, says why they wait, and merges them after the unlock', async () => {
    for (const page of [fran, pat]) {
      await expect.poll(() => pill(page).getAttribute('aria-label')).toBe('Connection: Connected');
      await cardIn(page, 'Inbox', title).waitFor();
    }

    await patContext.setOffline(true);
    await expect
      .poll(() => pill(pat).getAttribute('aria-label'), { timeout: 10_000 })
      .toMatch(/^Connection: Offline/);
    await keyboardMove(pat, title, ['ArrowRight']);
    await cardIn(pat, 'Keep', title).waitFor();
    // The drop settles: no drag overlay left floating, the card visible in its new place.
    await expect.poll(() => pat.locator('.card-overlay').count(), { timeout: 5_000 }).toBe(0);
    await expect.poll(() => cardIn(pat, 'Keep', title).isVisible()).toBe(true);
    // An edit to an unlocked step (the one-pager's title) travels in the same update.
    await pat.getByRole('textbox', { name: 'Workshop title' }).fill('Acme (edited offline)');

    await fran.getByRole('button', { name: 'Lock this step' }).click();
    await expect.poll(() => readRoomState(hub.document).locks).toContain('alignment');

    await patContext.setOffline(false);
    await pat.getByText(banner).waitFor({ timeout: 15_000 });
    await expect
      .poll(() => pill(pat).getAttribute('aria-label'))
      .toBe('Connection: Waiting — your offline edits touch a locked step');
    expect(hubLog.some((l) => l.includes('(participant): locked: alignment'))).toBe(true);
    // The board is locked on the participant's screen too, their move still shown there.
    await pat.getByText('Locked by the facilitator').waitFor();
    expect(await cardIn(pat, 'Keep', title).count()).toBe(1);
    expect(await pat.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe(
      'Acme (edited offline)',
    );
    // Nothing reached the room: not the locked move, not the unlocked title.
    expect(await cardIn(fran, 'Inbox', title).count()).toBe(1);
    expect(readProjects(hub.document).find((p) => p.title === title)?.column).toBe('inbox');
    expect(readMeta(hub.document).title).toBe('Acme Field Service — 2027 planning offsite');

    // The banner stays through the retries.
    await pat.getByRole('button', { name: 'Try now' }).click();
    await expect
      .poll(() => hubLog.filter((l) => l.includes('(participant): locked: alignment')).length, {
        timeout: 10_000,
      })
      .toBeGreaterThanOrEqual(2);
    await pat.getByText(banner).waitFor();

    await fran.getByRole('button', { name: 'Unlock this step' }).click();
    await expect
      .poll(() => pill(pat).getAttribute('aria-label'), { timeout: 30_000 })
      .toBe('Connection: Connected');
    expect(await pat.getByText(banner).count()).toBe(0);
    await expect.poll(() => cardIn(fran, 'Keep', title).count(), { timeout: 10_000 }).toBe(1);
    await expect
      .poll(() => fran.getByRole('textbox', { name: 'Workshop title' }).inputValue(), {
        timeout: 10_000,
      })
      .toBe('Acme (edited offline)');
    expect(readProjects(hub.document).find((p) => p.title === title)?.column).toBe('keep');
    expect(await cardIn(pat, 'Keep', title).count()).toBe(1);
  }, 90_000);

  it('left no page errors', () => {
    for (const e of errors) e.assertClean();
  });
});
