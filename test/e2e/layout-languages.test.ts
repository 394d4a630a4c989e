import type { Browser, Page } from 'playwright-core';
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
 * The facilitator's 1280×800 laptop in each language the app speaks (issue 13 §4): German
 * and Italian labels run about a third longer than English, and before this test the German
 * header cut the workshop's title to "Acme …" and "Wochenrhythmus" ran out of the agenda.
 * Asserted: the header's row, the facilitator's toolbar and the agenda keep every control
 * inside their box; the title keeps at least 190 px; no agenda label breaks inside a word.
 */
const LANGUAGES = ['en', 'it', 'de'] as const;

/** How far the furthest descendant of `selector` reaches past its right edge, in px. */
function overflowOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((box) => {
    const right = box.getBoundingClientRect().right;
    const furthest = Math.max(
      right,
      ...[...box.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right),
    );
    return Math.round(furthest - right);
  });
}

describe('the laptop header and agenda in every language', () => {
  let room: FixtureHub;
  let browser: Browser;

  beforeAll(async () => {
    room = await startFixtureHub('offsite-layout-languages-e2e-');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await room?.close();
  });

  it('keeps the title readable and every control in view at 1280×800', async () => {
    const context = await newScreenContext(browser, { name: 'laptop', width: 1280, height: 800 });
    const page = await context.newPage();
    const errors = watchPage(page);
    await joinRoom(page, room.facilitatorLink, 'Fran (facilitator)');
    for (const language of LANGUAGES) {
      await page.locator('select.language-select').selectOption(language);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))),
      );

      for (const box of ['.workshop-header', '.facilitator-bar', '.agenda'])
        expect(await overflowOf(page, box), `${box} in ${language}`).toBeLessThanOrEqual(0);

      const title = await page.locator('.title-input').boundingBox();
      expect(title!.width, `title width in ${language}`).toBeGreaterThanOrEqual(190);

      // A label that breaks inside a word is wider than its box or has a line that starts
      // mid-word; a word-wrapped label's lines each start at a word. Compare the label's
      // rendered lines with its words.
      const labels = await page.locator('.agenda-label').evaluateAll((spans) =>
        spans.map((span) => {
          const range = document.createRange();
          range.selectNodeContents(span);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          const words = (span.textContent ?? '').split(/\s+/).filter(Boolean).length;
          return { text: span.textContent, lines, words };
        }),
      );
      for (const label of labels)
        expect(label.lines, `"${label.text}" in ${language}`).toBeLessThanOrEqual(label.words);
    }
    errors.assertClean();
    await context.close();
  }, 90_000);
});
