import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localIsoDate } from '../../shared/dates';
import { fixedT } from '../../shared/i18n';
import { readWorkshop } from '../../shared/model';
import type { WorkshopJson } from '../../shared/model/interchange';
import type { Hub } from '../../electron/hub/hub';
import { waitForDoc } from '../integration/hub-helpers';
import { sampleJson } from '../support/export-workshops';
import { launchChromium, seriousViolations, watchPage, type PageErrors } from './support';
import { startFixtureHub, type FixtureHub } from './support/fixture-hub';

/**
 * Grades in a German room (issue 13 §4), in real Chromium against a real hub: the
 * Drumbeat's review shows suggestions, expectations, the grading convention and the grade
 * field with a decimal comma ("0,7", never "0.7"); a grade typed as the field shows it
 * ("0,7") is stored as 0.7 and reads back as "0,7" after the field is left and after a
 * reload. axe finds no serious violation on the review.
 */
const t = fixedT('de');
const today = localIsoDate(new Date());
// The cycle ended yesterday: the review grades it.
const cycleEnd = addDays(today, -1)!;
const cycleStart = addDays(cycleEnd, -90)!;
const KR = 'Raise first-time-fix rate from 71% to 85%';
const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'i18n-grades');

function workshop(): WorkshopJson {
  return { ...sampleJson(), language: 'de', cycleStart, cycleEnd };
}

describe('grades in a German room', () => {
  let room: FixtureHub;
  let hub: Hub;
  let browser: Browser;
  let page: Page;
  let errors: PageErrors;

  beforeAll(async () => {
    room = await startFixtureHub('offsite-i18n-grades-', {}, workshop());
    hub = room.hub;
    browser = await launchChromium();
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 800 },
    });
    page = await context.newPage();
    errors = watchPage(page);
    // The join page speaks the browser's English; the workshop then speaks German.
    await page.goto(hub.links.facilitator);
    await page.getByRole('textbox', { name: 'Your name' }).fill('Ana Field');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await page.getByRole('navigation', { name: t('app.agenda') }).waitFor();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await room?.close();
  });

  const gradeField = () =>
    page.getByLabel(`${t('drumbeatReview.grade')}${t('drumbeatReview.forTitle', { title: KR })}`);
  const openReview = async () => {
    await page
      .getByRole('navigation', { name: t('app.agenda') })
      .getByRole('link', { name: t('steps.drumbeat.label'), exact: true })
      .click();
    await page.getByRole('link', { name: t('drumbeat.review') }).click();
    await page.getByRole('heading', { name: t('drumbeat.review') }).waitFor();
  };
  /** The review's grades and scores as shown: the texts people read them in. */
  const shownGrades = () =>
    page
      .locator('section.review')
      .locator('.grading-note, .grade-basis, .objective-review-score')
      .allInnerTexts();

  it('shows every grade with a comma, and a typed "0,7" reads back as "0,7"', async () => {
    await openReview();
    await gradeField().waitFor();
    expect(await gradeField().getAttribute('placeholder')).toMatch(/^[01],\d$/);
    const note = await page.locator('.grading-note').innerText();
    expect(note).toContain('1,0');
    expect(note).toContain('0,7');
    const texts = await shownGrades();
    expect(texts.join('\n')).toMatch(/\b[01],\d\b/);
    expect(texts.filter((s) => /\b[01]\.\d\b/.test(s))).toEqual([]);

    await gradeField().fill('0,7');
    await gradeField().press('Tab');
    await waitForDoc(hub.document, () =>
      readWorkshop(hub.document).grades!.some((g) => g.score === 0.7),
    );
    expect(await gradeField().inputValue()).toBe('0,7');
    expect(await gradeField().getAttribute('aria-invalid')).toBeNull();
    expect(await seriousViolations(page, 'section.review')).toEqual([]);
    await mkdir(SHOTS, { recursive: true });
    for (const [width, height] of [
      [1920, 1080],
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await gradeField().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `review-de-${width}x${height}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.reload();
    await page.getByRole('navigation', { name: t('app.agenda') }).waitFor();
    if (
      !(await gradeField()
        .isVisible()
        .catch(() => false))
    )
      await openReview();
    await expect.poll(() => gradeField().inputValue()).toBe('0,7');
    errors.assertClean();
  });
});
