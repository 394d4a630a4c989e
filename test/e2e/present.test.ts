import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Awareness } from 'y-protocols/awareness';
import type AxeCore from 'axe-core';
import {
  agendaLink,
  joinRoom,
  launchChromium,
  startFixtureHub,
  watchPage,
  type FixtureHub,
  type PageErrors,
} from './support';

/** Where the screenshots of every step in presentation mode go (git-ignored). */
const SHOTS = join('test-results', 'present');
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const STEPS = [
  'Strategy one-pager',
  'Project alignment',
  'OKR drafting',
  'Review & export',
  'Drumbeat',
] as const;

/** The part of an element inside the viewport, 0..1 of its height (1: wholly in view). */
function shareInView(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const visible = Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0);
    return r.height > 0 ? Math.max(0, visible) / Math.min(r.height, window.innerHeight) : 0;
  });
}

/** The element's outline style: how a focused or spotlighted record is drawn. */
const outlineOf = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).outlineStyle);

/** axe-core's serious and critical WCAG 2.1 A/AA violations on the page, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated by the driver, so the page's CSP (no inline scripts) stays as it is.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

/**
 * Presentation mode end to end: the real hub on 127.0.0.1 serving the built web UI; a
 * facilitator and a participant joining through their links, and a projector at 1920×1080
 * opening the viewer's link.
 */
describe('presentation mode: the viewer link, following the facilitator, spotlight', () => {
  let room: FixtureHub;
  let browser: Browser;
  let facilitator: Page;
  let participant: Page;
  let projector: Page;
  let projectorContext: BrowserContext;
  const errors: PageErrors[] = [];

  const heading = (page: Page, name: string) =>
    page.getByRole('heading', { name, exact: true, level: 1 });

  let current: string = STEPS[0];

  async function facilitatorGoesTo(step: string): Promise<void> {
    current = step;
    await agendaLink(facilitator, step).click();
    await facilitator.getByRole('heading', { name: step, level: 2 }).waitFor();
    await heading(projector, step).waitFor({ timeout: 10_000 });
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    room = await startFixtureHub('offsite-present-e2e-');
    browser = await launchChromium();
    const open = async (viewport: { width: number; height: number }) => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      errors.push(watchPage(page));
      return { context, page };
    };
    facilitator = (await open({ width: 1280, height: 800 })).page;
    await joinRoom(facilitator, room.facilitatorLink, 'Fran Facilitator');
    participant = (await open({ width: 1280, height: 800 })).page;
    await joinRoom(participant, room.hub.url, 'Pat Participant');
    ({ context: projectorContext, page: projector } = await open({ width: 1920, height: 1080 }));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await room?.close();
  });

  it('the viewer link opens the presentation view: no name asked, the current step large', async () => {
    expect(room.hub.links.viewer).toMatch(/\/#\/present\/[A-Za-z0-9_-]+\?t=/);
    await projector.goto(room.hub.links.viewer);
    await heading(projector, 'Strategy one-pager').waitFor({ timeout: 10_000 });
    expect(await projector.getByRole('textbox', { name: 'Your name' }).count()).toBe(0);
    await projector.getByText('Acme Field Service — 2027 planning offsite').first().waitFor();
    // Step headings are read from the back of the room: at least 48 px at 1080p.
    const size = await heading(projector, 'Strategy one-pager').evaluate((el) =>
      parseFloat(getComputedStyle(el).fontSize),
    );
    expect(size).toBeGreaterThanOrEqual(48);
  });

  it('keeps the contract: no enabled textbox, no Undo, Redo or Save as…, the step heading visible', async () => {
    for (const step of STEPS) {
      await facilitatorGoesTo(step);
      expect(await heading(projector, step).isVisible()).toBe(true);
      const textboxes = projector.getByRole('textbox');
      for (let i = 0; i < (await textboxes.count()); i++) {
        expect(await textboxes.nth(i).isEnabled()).toBe(false);
      }
      for (const name of ['Undo', 'Redo', 'Save as…']) {
        expect(await projector.getByRole('button', { name, exact: true }).count()).toBe(0);
      }
      // No lock banner: nothing is locked, and a projector edits nothing anyway.
      expect(await projector.getByText(/Locked by the facilitator/).count()).toBe(0);
    }
    await facilitatorGoesTo('Strategy one-pager');
  });

  it('is in the room but never listed as a person', async () => {
    // The hub holds the projector's awareness: role viewer, no name.
    const awareness = (room.hub.document as unknown as { awareness: Awareness }).awareness;
    await expect
      .poll(() =>
        [...awareness.getStates().values()].some((s) => (s as { role?: string }).role === 'viewer'),
      )
      .toBe(true);
    const viewer = [...awareness.getStates().values()].find(
      (s) => (s as { role?: string }).role === 'viewer',
    ) as Record<string, unknown>;
    expect(viewer.user).toBeUndefined();
    for (const page of [facilitator, participant]) {
      const button = page.getByRole('button', { name: /^People in the room: / });
      await expect.poll(() => button.getAttribute('aria-label')).toBe('People in the room: 2');
    }
  });

  it('follows the facilitator’s step, and the spotlight, scrolled into view and highlighted', async () => {
    await facilitatorGoesTo('Project alignment');
    await projector.getByRole('region', { name: 'Keep' }).waitFor();

    const title = 'Parts prediction per job';
    const card = facilitator.getByRole('listitem').filter({
      has: facilitator.getByRole('button', { name: new RegExp(`^${title},`) }),
    });
    const spotlight = card.getByRole('button', { name: 'Spotlight', exact: true });
    expect(await spotlight.getAttribute('aria-describedby')).toBeTruthy();
    await spotlight.click();
    const shown = projector.locator('[data-record-type="projects"]', { hasText: title });
    await expect.poll(() => outlineOf(shown), { timeout: 10_000 }).toBe('solid');
    await expect.poll(() => shareInView(shown)).toBe(1);
    await projector.getByText(`In the spotlight: “${title}”`).waitFor();
    // The participant sees it highlighted too, and is offered to go there.
    await participant.getByRole('button', { name: 'Show me' }).waitFor({ timeout: 10_000 });

    await card.getByRole('button', { name: 'Clear spotlight', exact: true }).click();
    // The facilitator's cursor is still on the card: the projector shows that focus, dashed.
    await expect.poll(() => outlineOf(shown), { timeout: 10_000 }).toBe('dashed');
    expect(await projector.getByText(/In the spotlight/).count()).toBe(0);
  });

  it('follow mode brings a participant to the facilitator’s step and focused item', async () => {
    await agendaLink(participant, 'Strategy one-pager').click();
    await facilitator.getByRole('button', { name: 'Follow me' }).click();
    await expect.poll(() => participant.url(), { timeout: 10_000 }).toMatch(/\/alignment$/);

    await facilitatorGoesTo('OKR drafting');
    await expect.poll(() => participant.url(), { timeout: 10_000 }).toMatch(/\/okrs$/);
    // The last key result of the last objective: far below the fold at 1280×800.
    const lastKr = (page: Page) => page.getByRole('textbox', { name: 'Key result title' }).last();
    await lastKr(participant).waitFor();
    expect(await shareInView(lastKr(participant))).toBeLessThan(1);
    await lastKr(facilitator).focus();
    const krId = await lastKr(facilitator).evaluate(
      (el) => el.closest('[data-record-type="keyResults"]')!.getAttribute('data-record-id')!,
    );
    const followed = participant.locator(
      `[data-record-type="keyResults"][data-record-id="${krId}"]`,
    );
    await expect.poll(() => shareInView(followed), { timeout: 10_000 }).toBeGreaterThan(0.9);
    await expect.poll(() => outlineOf(followed)).toBe('dashed');
    // The projector follows the focus as well.
    const onWall = projector.locator(`[data-record-type="keyResults"][data-record-id="${krId}"]`);
    await expect.poll(() => shareInView(onWall), { timeout: 10_000 }).toBe(1);

    // A spotlight on the first objective brings the follower back up to it.
    await facilitator.getByRole('button', { name: 'Spotlight', exact: true }).first().click();
    const objective = participant.locator('[data-record-type="objectives"]').first();
    await expect.poll(() => outlineOf(objective), { timeout: 10_000 }).toBe('solid');
    await expect.poll(() => shareInView(objective.getByRole('heading').first())).toBe(1);
    await facilitator.getByRole('button', { name: 'Clear spotlight', exact: true }).click();
    await facilitator.getByRole('button', { name: 'Follow me' }).click();
  });

  it('shows a running vote’s count and the revealed results, large', async () => {
    await facilitatorGoesTo('Project alignment');
    await facilitator.getByRole('combobox', { name: 'Vote on' }).selectOption('projects');
    await facilitator.getByRole('button', { name: 'Start vote' }).click();
    const vote = participant.getByRole('region', { name: 'Dot vote' });
    await vote.getByRole('button', { name: 'Add a dot to Parts prediction per job' }).click();
    await projector
      .getByRole('status', { name: 'Dot vote' })
      .getByText('person has voted on projects')
      .waitFor({ timeout: 10_000 });
    await projector.screenshot({ path: join(SHOTS, '1920x1080-vote-running.png') });
    await facilitator.getByRole('button', { name: 'Reveal votes' }).click();
    const results = projector.getByRole('list', { name: 'Vote results' });
    await results.waitFor({ timeout: 10_000 });
    expect(await results.getByRole('listitem').first().textContent()).toContain(
      'Parts prediction per job',
    );
    await projector.screenshot({ path: join(SHOTS, '1920x1080-vote-results.png') });
    await facilitator.getByRole('button', { name: 'Clear vote' }).click();
    await results.waitFor({ state: 'detached', timeout: 10_000 });
  });

  it('has no serious accessibility violation and fits 1920×1080 and 1280×720 on every step', async () => {
    await facilitator.getByRole('spinbutton', { name: 'Timer minutes' }).fill('12');
    await facilitator.getByRole('button', { name: 'Start timer' }).click();
    await projector.getByRole('timer').waitFor({ timeout: 10_000 });
    for (const viewport of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ]) {
      await projector.setViewportSize(viewport);
      for (const [i, step] of STEPS.entries()) {
        await facilitatorGoesTo(step);
        // Nothing wider than the screen: no horizontal scroll on the wall.
        expect(await projector.evaluate(() => document.documentElement.scrollWidth)).toBe(
          viewport.width,
        );
        await projector.screenshot({
          path: join(
            SHOTS,
            `${viewport.width}x${viewport.height}-${i + 1}-${step.split(' ')[0]}.png`,
          ),
        });
        if (viewport.width === 1920) expect(await seriousViolations(projector)).toEqual([]);
      }
    }
    await facilitator.getByRole('button', { name: 'Reset' }).click();
  });

  it('"Present" opens the presentation in a new window from the facilitator’s browser', async () => {
    const opened = facilitator.context().waitForEvent('page');
    await facilitator.getByRole('button', { name: 'Present', exact: true }).click();
    const page = await opened;
    errors.push(watchPage(page));
    await page.waitForLoadState();
    expect(page.url()).toContain('/#/present/');
    await heading(page, current).waitFor({ timeout: 10_000 });
    // The facilitator's own tab stays the facilitator's.
    await facilitator.reload();
    await facilitator.getByRole('region', { name: 'Facilitator controls' }).waitFor({
      timeout: 10_000,
    });
    await page.close();
  });

  it('a viewer’s token that comes through a join link still gets the presentation view', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    errors.push(watchPage(page));
    await page.goto(room.hub.links.viewer.replace('/#/present/', '/#/join/'));
    await page.getByRole('textbox', { name: 'Your name' }).fill('Old projector link');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await heading(page, current).waitFor({ timeout: 10_000 });
    expect(await page.getByRole('button', { name: 'Undo', exact: true }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Agenda' }).count()).toBe(0);
    const people = facilitator.getByRole('button', { name: /^People in the room: / });
    await expect.poll(() => people.getAttribute('aria-label')).toBe('People in the room: 2');
    await context.close();
  });

  it('speaks the workshop’s language on the wall, whatever the projector’s browser says', async () => {
    // The projector's browser is English; the facilitator sets the workshop to German.
    const german: Record<string, string> = {
      'Strategy one-pager': 'Strategie auf einer Seite',
      'Project alignment': 'Projektabgleich',
      'OKR drafting': 'OKRs entwerfen',
      'Review & export': 'Prüfen & exportieren',
      Drumbeat: 'Wochenrhythmus',
    };
    await facilitator.getByRole('combobox', { name: 'Workshop language' }).selectOption('de');
    await heading(projector, german[current]!).waitFor({ timeout: 10_000 });
    expect(await projector.evaluate(() => document.documentElement.lang)).toBe('de');
    const n = STEPS.indexOf(current as (typeof STEPS)[number]) + 1;
    await projector.getByText(`Schritt ${n} von ${STEPS.length}`).waitFor();
    expect(await projector.title()).toContain('Offsite-Präsentation');
    expect(await seriousViolations(projector)).toEqual([]);
    // Back to English for whoever reads this room next.
    await facilitator.getByRole('combobox', { name: 'Sprache des Workshops' }).selectOption('en');
    await heading(projector, current).waitFor({ timeout: 10_000 });
  });

  it('left no page errors', () => {
    void projectorContext;
    for (const e of errors) e.assertClean();
  });
});
