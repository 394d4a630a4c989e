import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveWeb, watchPage, type StaticServer } from './support';

/**
 * Issue 3, "for every step": no layout break at 1280×800 or 1920×1080 (a projector) with
 * 50 objectives and 500 projects. A break shows as content wider than the window (the page
 * scrolls sideways) or a control pushed off screen.
 */
function bigWorkshop(): string {
  const columns = ['inbox', 'keep', 'kill'] as const;
  const long = 'with a long, realistic title that a leadership team would really write down';
  return JSON.stringify({
    format: 'offsite.workshop',
    version: 1,
    id: 'layout-scale',
    title: 'Acme Field Service — 2027 planning offsite for the whole leadership team',
    cycle: '2027-Q1',
    cycleStart: '2027-01-01',
    cycleEnd: '2027-03-31',
    onePager: {
      purpose: 'Help field technicians fix things right the first time. '.repeat(6),
      vision: 'By 2030, every mid-sized service company in Europe runs its dispatch on Acme.',
      customers: 'Service managers and technicians.',
      focusAreas: Array.from({ length: 5 }, (_, i) => ({
        id: `fa${i}`,
        title: `Focus area ${i} ${long}`,
      })),
      notDoing: Array.from({ length: 12 }, (_, i) => `Not doing ${i} ${long}`),
      metrics: ['Net revenue retention', 'First-time-fix rate'],
    },
    projects: Array.from({ length: 500 }, (_, i) => ({
      id: `p${i}`,
      title: `Project ${i} ${long}`,
      team: `Team ${i % 9}`,
      column: columns[i % 3],
      focusAreaIds: i % 5 === 0 ? [] : [`fa${i % 5}`],
    })),
    objectives: Array.from({ length: 50 }, (_, i) => ({
      id: `o${i}`,
      title: `Objective ${i} ${long}`,
      team: i % 2 ? `Team ${i % 9}` : null,
      parentId: i % 2 ? `o${i - 1}` : null,
      focusAreaId: `fa${i % 5}`,
      kind: 'aspirational',
      keyResults: Array.from({ length: 3 }, (_, k) => ({
        id: `k${i}-${k}`,
        title: `Raise metric ${k} of objective ${i} from 10 to 20 ${long}`,
        metric: 'Metric',
        unit: '%',
        baseline: 10,
        target: 20,
        current: 12,
        direction: 'increase',
        confidence: 6,
        initiatives: i < 10 ? [`p${(i * 3 + 1) % 500}`] : [],
      })),
    })),
    checkIns: [],
  });
}

describe('layout at projector sizes with 50 objectives and 500 projects', () => {
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

  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    it(`${width}×${height}: no step scrolls sideways, the agenda and header stay on screen`, async () => {
      const page = await browser.newPage({ viewport: { width, height } });
      const errors = watchPage(page);
      await page.goto(server.url);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import JSON…' }).click();
      await (
        await chooser
      ).setFiles({
        name: 'big.json',
        mimeType: 'application/json',
        buffer: Buffer.from(bigWorkshop()),
      });
      // Importing 500 projects takes a few seconds alone and over 30 s (the default wait)
      // on a loaded 2-core machine: wait for the workshop, the test's limit still applies.
      await page.getByRole('textbox', { name: 'Workshop title' }).waitFor({ timeout: 90_000 });
      const agenda = page.getByRole('navigation', { name: 'Agenda' });
      for (const step of [
        'Strategy one-pager',
        'Project alignment',
        'OKR drafting',
        'Review & export',
        'Drumbeat',
      ]) {
        await agenda.getByRole('link', { name: step }).click();
        await page.locator('main h1, main h2').first().waitFor();
        await page.evaluate(
          () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
        );
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${step} is ${overflow}px wider than the window`).toBeLessThanOrEqual(0);
        for (const box of [
          await agenda.boundingBox(),
          await page.getByRole('textbox', { name: 'Workshop title' }).boundingBox(),
        ]) {
          expect(box).not.toBeNull();
          expect(box!.x).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        }
      }
      // The board shows every column side by side, each with its count.
      await agenda.getByRole('link', { name: 'Project alignment' }).click();
      for (const column of ['Inbox', 'Keep', 'Kill']) {
        const box = await page.getByRole('region', { name: column, exact: true }).boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        expect(box!.height).toBeGreaterThan(200);
      }
      errors.assertClean();
      await page.close();
    }, 120_000);
  }
});
