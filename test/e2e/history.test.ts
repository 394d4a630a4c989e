import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkshop } from '../../shared/model';
import { connect, waitForDoc, type Client } from '../integration/hub-helpers';
import { content, wipe } from '../support/sample-workshop';
import {
  goToStep,
  joinRoom,
  launchChromium,
  seriousViolations,
  serveWeb,
  startFixtureHub,
  watchPage,
  type FixtureHub,
  type PageErrors,
  type StaticServer,
} from './support';

/**
 * History and restore end to end (issue 15, item 6): a participant wipes the workshop with
 * a raw Yjs client; the hub keeps a point right before; the facilitator opens History in
 * Chromium, previews that point, restores one card and then the whole workshop; the
 * participant's page converges. axe-core checks the History view; screenshots of it at
 * three sizes go to test-artifacts/ (git-ignored) for a person to look at.
 */
const CARD = 'Offline mode for the technician app';

describe('History: the facilitator restores a wiped workshop', () => {
  let room: FixtureHub;
  let browser: Browser;
  let raw: Client;
  let before: ReturnType<typeof content>;
  const people: { context: BrowserContext; page: Page; errors: PageErrors }[] = [];
  const facilitator = () => people[0]!.page;
  const participant = () => people[1]!.page;
  const history = () => facilitator().getByRole('dialog', { name: 'History' });
  const boardCard = (page: Page, title: string) =>
    page.getByRole('region', { name: 'Keep' }).locator('.card-title', { hasText: title });

  beforeAll(async () => {
    room = await startFixtureHub('offsite-history-e2e-');
    browser = await launchChromium();
    for (const [name, link] of [
      ['Fran Facilitator', room.facilitatorLink],
      ['Pat Participant', room.hub.url],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      people.push({ context, page, errors: watchPage(page) });
      await joinRoom(page, link, name);
      await goToStep(page, 'Project alignment');
    }
    raw = connect(room.hub, room.hub.tokens.participant);
    await raw.synced;
    before = content(room.hub.document);
  }, 90_000);

  afterAll(async () => {
    raw?.destroy();
    await browser?.close();
    await room?.close();
  });

  it('a participant’s wipe reaches everyone; the hub kept the state before it', async () => {
    await boardCard(participant(), CARD).waitFor();
    wipe(raw.doc);
    await waitForDoc(
      room.hub.document,
      () => readWorkshop(room.hub.document).projects.length === 0,
    );
    await expect
      .poll(() => participant().locator('.card-title').count(), { timeout: 10_000 })
      .toBe(0);
    expect(room.hub.history!.list().some((p) => p.kind === 'before-delete')).toBe(true);
  });

  it('the facilitator opens History and previews the point before the wipe', async () => {
    const page = facilitator();
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/history-button-1280x800.png' });
    await page
      .getByRole('region', { name: 'Facilitator controls' })
      .getByRole('button', { name: 'History' })
      .click();
    await history().waitFor();
    const point = history().getByRole('button', { name: /before deleting 3 focus areas/ });
    await point.click();
    await expect.poll(() => point.getAttribute('aria-pressed')).toBe('true');
    await history()
      .getByRole('heading', { name: /^As it was at/ })
      .waitFor();
    const keep = history().getByRole('region', { name: 'Keep (as it was)' });
    await keep.getByText(CARD).waitFor();
    expect(await history().getByText('Deleted since').count()).toBeGreaterThan(9);
    // The participant sees no History anywhere.
    expect(await participant().getByRole('button', { name: 'History' }).count()).toBe(0);
  });

  it('axe finds no serious violation in the History view', async () => {
    expect(await seriousViolations(facilitator())).toEqual([]);
  });

  it('screenshots of the History view at three sizes', async () => {
    mkdirSync('test-artifacts', { recursive: true });
    for (const [width, height] of [
      [1920, 1080],
      [1280, 800],
      [390, 844],
    ] as const) {
      await facilitator().setViewportSize({ width, height });
      await history()
        .getByRole('heading', { name: /^As it was at/ })
        .waitFor();
      await facilitator().screenshot({ path: `test-artifacts/history-${width}x${height}.png` });
      await history().getByRole('heading', { name: 'Project alignment' }).scrollIntoViewIfNeeded();
      await facilitator().screenshot({
        path: `test-artifacts/history-${width}x${height}-board.png`,
      });
      await history()
        .getByRole('heading', { name: /^As it was at/ })
        .scrollIntoViewIfNeeded();
    }
    await facilitator().setViewportSize({ width: 1280, height: 800 });
  });

  it('restores one card, with a confirmation; the participant’s board gets it back', async () => {
    const item = history()
      .getByRole('region', { name: 'Keep (as it was)' })
      .getByRole('listitem')
      .filter({ hasText: CARD });
    await item.getByRole('button', { name: 'Restore this card' }).click();
    const confirm = facilitator().getByRole('alertdialog', {
      name: /^Restore the card “Offline mode/,
    });
    await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await history()
      .getByRole('status')
      .filter({ hasText: /Restored the card/ })
      .waitFor();
    await boardCard(participant(), CARD).waitFor();
    expect(await participant().locator('.card-title').count()).toBe(1);
    // The card is as it was now: its restore button is gone.
    await expect
      .poll(() => item.getByRole('button', { name: 'Restore this card' }).count())
      .toBe(0);
  });

  it('restores the whole workshop; every page and the hub are as before the wipe', async () => {
    await history().getByRole('button', { name: 'Restore the whole workshop' }).click();
    const confirm = facilitator().getByRole('alertdialog', { name: 'Restore the whole workshop?' });
    await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect
      .poll(() => participant().locator('.card-title').count(), { timeout: 10_000 })
      .toBe(9);
    await waitForDoc([room.hub.document, raw.doc], () =>
      [room.hub.document, raw.doc].every(
        (d) => JSON.stringify(content(d)) === JSON.stringify(before),
      ),
    ).catch(() => expect(content(room.hub.document)).toEqual(before));
    expect(content(raw.doc)).toEqual(before);
    // Nothing left to restore.
    expect(await history().getByText('Deleted since').count()).toBe(0);
    await history().getByRole('button', { name: 'Close' }).click();
    for (const person of people) person.errors.assertClean();
  });
});

describe('History of a workshop not in a room, kept on the device', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveWeb();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the header has History; a deleted card comes back from the point taken on opening', async () => {
    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 } })
    ).newPage();
    const errors = watchPage(page);
    await page.goto(server.url);
    await page.getByRole('button', { name: 'New workshop' }).click();
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await goToStep(page, 'Project alignment');
    await page.getByRole('textbox', { name: 'Project title' }).fill('Keep me');
    await page.getByRole('button', { name: 'Add project' }).click();
    await page.locator('.card-title', { hasText: 'Keep me' }).waitFor();
    // Reopening the workshop keeps its state as a point.
    await page.reload();
    await page.locator('.card-title', { hasText: 'Keep me' }).waitFor();
    await page.locator('.card-title', { hasText: 'Keep me' }).click();
    await page
      .getByRole('dialog', { name: 'Project details' })
      .getByRole('button', { name: 'Delete project' })
      .click();
    await expect.poll(() => page.locator('.card-title', { hasText: 'Keep me' }).count()).toBe(0);

    await page.getByRole('banner').getByRole('button', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'History' });
    await dialog
      .getByRole('button', { name: /opened/ })
      .first()
      .click();
    const item = dialog.getByRole('listitem').filter({ hasText: 'Keep me' });
    await item.getByRole('button', { name: 'Restore this card' }).click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Restore', exact: true })
      .click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.locator('.card-title', { hasText: 'Keep me' }).waitFor();
    // The restore is the user's own edit: Undo takes it back.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => page.locator('.card-title', { hasText: 'Keep me' }).count()).toBe(0);
    errors.assertClean();
  });
});
