import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agendaLink,
  joinRoom,
  launchChromium,
  newScreenContext,
  startFixtureHub,
  watchPage,
  type FixtureHub,
} from './support';

/** Where the screenshots go: git-ignored, kept by CI as test artefacts. */
const OUT = 'test-results/screens';

const STEPS = [
  ['onepager', 'Strategy one-pager'],
  ['alignment', 'Project alignment'],
  ['okrs', 'OKR drafting'],
  ['review', 'Review & export'],
  ['drumbeat', 'Drumbeat'],
] as const;

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'projector', width: 1920, height: 1080 },
] as const;

/**
 * Issue 12's figures: every step on a phone, on the facilitator's laptop and at 1920×1080,
 * as the facilitator and as a participant, saved under test-results/screens/ for a person
 * to look at (ROLE-SIZE-STEP.png; on a phone, -2, -3… are the screens further down). The
 * assertion here is the layout contract: no step is wider than the window.
 */
describe('screenshots of every step, as the room sees it', () => {
  let room: FixtureHub;
  let browser: Browser;

  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    room = await startFixtureHub('offsite-screens-e2e-');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await room?.close();
  });

  for (const role of ['facilitator', 'participant'] as const) {
    it(`as the ${role}`, async () => {
      for (const size of SIZES) {
        const phone = size.width < 500;
        const context = await newScreenContext(browser, size);
        const page = await context.newPage();
        const errors = watchPage(page);
        const link = role === 'facilitator' ? room.facilitatorLink : room.hub.url;
        await joinRoom(page, link, role === 'facilitator' ? 'Fran (facilitator)' : 'Pat Doe');
        for (const [id, label] of STEPS) {
          await agendaLink(page, label).click();
          await page.getByRole('heading', { name: label, level: 2 }).waitFor();
          // Fonts and the board's measured columns settle within a couple of frames.
          await page.evaluate(
            () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))),
          );
          const wider = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(wider, `${label} at ${size.width}px as ${role}`).toBeLessThanOrEqual(0);
          const base = `${OUT}/${role}-${size.name}-${id}`;
          await page.screenshot({ path: `${base}.png` });
          if (phone) {
            const height = await page.evaluate(() => document.documentElement.scrollHeight);
            const screens = Math.min(4, Math.ceil(height / (size.height * 0.9)));
            for (let i = 1; i < screens; i++) {
              await page.evaluate((y) => window.scrollTo(0, y), i * size.height * 0.9);
              await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
              await page.screenshot({ path: `${base}-${i + 1}.png` });
            }
            await page.evaluate(() => window.scrollTo(0, 0));
          }
        }
        errors.assertClean();
        await context.close();
      }
    }, 180_000);
  }
});
