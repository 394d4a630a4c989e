import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  joinRoom,
  launchChromium,
  newScreenContext,
  startFixtureHub,
  watchPage,
  type FixtureHub,
} from './support';

/**
 * The room dialog opens from the header, whose controls a phone-wide window folds into the
 * workshop menu. Found by the i18n walk: a dialog left open while the window narrowed
 * vanished with the hidden menu yet kept the page inert, and on a phone it opened scrolled
 * to its bottom (its Close button has the focus), its title out of sight.
 */
describe('the room dialog on a phone', () => {
  let room: FixtureHub;
  let browser: Browser;

  beforeAll(async () => {
    room = await startFixtureHub('offsite-room-dialog-e2e-');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await room?.close();
  });

  it('stays in view when the window narrows, and opens at its title', async () => {
    const context = await newScreenContext(browser, { name: 'laptop', width: 1280, height: 800 });
    const page = await context.newPage();
    const errors = watchPage(page);
    await joinRoom(page, room.facilitatorLink, 'Fran (facilitator)');
    await page.getByRole('button', { name: 'Room', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Room' });
    await dialog.waitFor();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    expect(await dialog.isVisible()).toBe(true);
    const box = await dialog.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    // Escape closes it, and the page is usable again.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    // Opened on the phone, from the workshop menu: its title is on screen.
    await page.getByRole('button', { name: 'Workshop menu' }).click();
    await page.getByRole('button', { name: 'Room', exact: true }).click();
    await dialog.waitFor();
    const title = await dialog.getByRole('heading', { name: 'Room' }).boundingBox();
    expect(title!.y).toBeGreaterThanOrEqual(0);
    expect(title!.y + title!.height).toBeLessThanOrEqual(844);
    errors.assertClean();
    await context.close();
  }, 60_000);
});
