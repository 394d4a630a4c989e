import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enableRenderCounts,
  goToStep,
  importWorkshop,
  launchChromium,
  readRenderCounts,
  serveWeb,
  watchPage,
  type PageErrors,
  type RenderCounts as Counts,
  type StaticServer,
} from './support';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/acme-2027.json');

/**
 * Render counts, as Excalidraw asserts them: typing into one objective or key result must
 * re-render that component only — not the other objectives, not the key results. The coach
 * re-reads the workshop after each pause and its hints change as the text changes; that
 * re-renders the hint slots and the Coach summary, never the editors.
 */
describe('OKR drafting render counts', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let errors: PageErrors;

  beforeAll(async () => {
    server = await serveWeb();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await enableRenderCounts(page);
    errors = watchPage(page);
    await page.goto(server.url);
    await importWorkshop(page, FIXTURE);
    await page.getByRole('textbox', { name: 'Workshop title' }).waitFor();
    await goToStep(page, 'OKR drafting');
    await page.getByRole('region', { name: 'Objective 3', exact: true }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const resetCounts = () =>
    page.evaluate(() => {
      (globalThis as { __offsiteRenderCounts?: Counts }).__offsiteRenderCounts = {};
    });
  const counts = () => readRenderCounts(page);
  const coach = () => page.getByRole('region', { name: 'Coach' });

  /** Names of the components that rendered, other than `allowed`. */
  const others = (c: Counts, allowed: string) =>
    Object.keys(c).filter((name) => name !== allowed && (c[name] ?? 0) > 0);

  it('typing into one objective title re-renders that objective only', async () => {
    // Every editor rendered once when the page opened (so the hook is wired).
    const initial = await counts();
    for (const id of ['o-ftf', 'o-dach', 'o-cs-onb']) expect(initial[`objective:${id}`]).toBe(1);
    expect(initial['keyResult:k-ftf-rate']).toBe(1);

    await resetCounts();
    const title = page
      .getByRole('region', { name: 'Objective 2', exact: true })
      .getByRole('textbox', { name: 'Objective title' });
    await title.click();
    await title.press('End');
    // Words that read like a key result: the coach flags them once it has read the new text,
    // so a new hint appears beside this objective and in the Coach summary.
    await title.pressSequentially(' and double revenue');
    const slot = page.getByRole('region', { name: 'Objective 2', exact: true });
    await slot.locator('[data-rule="objective-is-metric"]').waitFor();
    await coach()
      .getByRole('link', { name: /DACH service companies and double revenue/ })
      .waitFor();

    const after = await counts();
    expect(after['objective:o-dach']).toBeGreaterThanOrEqual(' and double revenue'.length);
    expect(others(after, 'objective:o-dach')).toEqual([]);
    errors.assertClean();
  });

  it('typing into one key result re-renders that key result only', async () => {
    await resetCounts();
    const kr = page
      .getByRole('region', { name: 'Objective 1', exact: true })
      .getByRole('listitem', { name: 'Key result 2', exact: true });
    const title = kr.getByRole('textbox', { name: 'Key result title' });
    await title.click();
    await title.press('Control+a');
    await title.pressSequentially('Repeat visits per 100 jobs down to 12');
    await kr.getByRole('textbox', { name: 'Current' }).fill('20');
    // A numeric target without a baseline: the coach adds a hint beside this key result.
    await kr.getByRole('textbox', { name: 'Baseline' }).fill('');
    await kr.locator('[data-rule="kr-missing-baseline"]').waitFor();
    await coach()
      .getByRole('link', { name: /Repeat visits per 100 jobs down to 12/ })
      .waitFor();

    const after = await counts();
    expect(after['keyResult:k-repeat']).toBeGreaterThanOrEqual(30);
    expect(others(after, 'keyResult:k-repeat')).toEqual([]);
    errors.assertClean();
  });

  it('linking an initiative re-renders that key result only; dismissing a hint, no editor', async () => {
    await resetCounts();
    const kr = page
      .getByRole('region', { name: 'Objective 1', exact: true })
      .getByRole('listitem', { name: 'Key result 3', exact: true });
    await kr
      .getByRole('combobox', { name: 'Link a kept project' })
      .selectOption({ label: 'Guided onboarding for new accounts' });
    await kr.getByRole('button', { name: 'Unlink Guided onboarding for new accounts' }).waitFor();
    // The key result's record changed (its initiatives), so it re-renders; nothing else does.
    expect(others(await counts(), 'keyResult:k-nps-tech')).toEqual([]);
    await resetCounts();

    const dismiss = coach().getByRole('button', { name: 'Dismiss' }).first();
    const before = await coach().getByRole('button', { name: 'Dismiss' }).count();
    expect(before).toBeGreaterThan(0);
    await dismiss.click();
    await expect
      .poll(() => coach().getByRole('button', { name: 'Dismiss' }).count())
      .toBe(before - 1);
    expect(others(await counts(), '')).toEqual([]);
    errors.assertClean();
  });
});
