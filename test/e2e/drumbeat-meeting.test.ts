import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfidenceRound, readWorkshop } from '../../shared/model';
import type { Hub } from '../../electron/hub/hub';
import { startTestHub } from '../integration/hub-helpers';
import { sampleJson } from '../support/export-workshops';
import {
  goToStep,
  joinRoom,
  launchChromium,
  seriousViolations,
  watchPage,
  WEB_ROOT,
} from './support';

/**
 * The weekly Drumbeat meeting in a real room: a hub on 127.0.0.1 serving the built web UI,
 * the facilitator and a participant in their own browsers editing one team's four-square
 * (both keep their lines, a health rating shows on both screens), then a private
 * confidence round: each enters theirs, nothing of it reaches the other's browser before
 * the reveal (the frames the hub sends are checked), the reveal shows all at once, and the
 * agreed value becomes the week's check-in. Keyboard only where it matters; axe-core clean.
 */

const TEAM = 'Customer Success';
const TTV = 'Median time to first dispatched job from 19 days to 7 days';
const CHURN = 'Keep 90-day logo churn at or below 2%';

interface Person {
  readonly page: Page;
  readonly errors: ReturnType<typeof watchPage>;
  /** Every WebSocket frame the hub sent this browser, as text (binary frames as latin1). */
  readonly heard: string[];
}

describe('the weekly meeting and its private confidence round', () => {
  let dir: string;
  let hub: Hub;
  let browser: Browser;
  let fran: Person;
  let pat: Person;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'offsite-meeting-'));
    const workshopPath = join(dir, 'acme.json');
    await writeFile(workshopPath, JSON.stringify(sampleJson()));
    ({ hub } = await startTestHub({ webRoot: WEB_ROOT, workshopPath }));
    browser = await launchChromium();
    const join_ = async (name: string, link: string): Promise<Person> => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const heard: string[] = [];
      page.on('websocket', (ws) =>
        ws.on('framereceived', ({ payload }) =>
          heard.push(typeof payload === 'string' ? payload : payload.toString('latin1')),
        ),
      );
      const errors = watchPage(page);
      await joinRoom(page, link, name);
      await goToStep(page, 'Drumbeat');
      await page.getByRole('link', { name: 'Weekly meeting' }).click();
      await page.getByRole('combobox', { name: 'Team' }).selectOption(TEAM);
      await page.getByRole('heading', { name: new RegExp(`Weekly meeting · ${TEAM}`) }).waitFor();
      return { page, errors, heard };
    };
    fran = await join_('Fran Facilitator', hub.links.facilitator);
    pat = await join_('Pat Participant', hub.url);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await hub?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const p1Lines = (page: Page) =>
    page.getByRole('list', { name: 'P1 — must happen this week' }).getByRole('textbox');

  it('two people fill the four-square at once, by keyboard, and both keep their lines', async () => {
    // Keyboard: Enter adds the line and leaves the focus there for the next.
    const franNew = fran.page.getByRole('textbox', {
      name: 'New line for P1 — must happen this week',
    });
    const patNew = pat.page.getByRole('textbox', {
      name: 'New line for P1 — must happen this week',
    });
    await franNew.focus();
    await fran.page.keyboard.type('Ship the onboarding checklist');
    await patNew.focus();
    await pat.page.keyboard.type('Call the three stuck customers');
    await Promise.all([fran.page.keyboard.press('Enter'), pat.page.keyboard.press('Enter')]);
    await expect.poll(() => franNew.evaluate((el) => el === document.activeElement)).toBe(true);
    for (const p of [fran, pat])
      await expect
        .poll(async () =>
          (
            await p1Lines(p.page).evaluateAll((els) =>
              els.map((e) => (e as HTMLInputElement).value),
            )
          ).sort(),
        )
        .toEqual(['Call the three stuck customers', 'Ship the onboarding checklist']);

    await pat.page
      .getByRole('textbox', { name: 'New line for Wins of the week' })
      .fill('Vienna went live');
    await pat.page.getByRole('button', { name: 'Add to Wins of the week' }).click();
    await fran.page
      .getByRole('list', { name: 'Wins of the week' })
      .getByRole('textbox')
      .first()
      .waitFor();

    // A health metric rated by one shows on the other's screen, named, not only coloured.
    const metric = (page: Page) => page.getByRole('group', { name: 'Net revenue retention' });
    await metric(fran.page).getByRole('radio', { name: 'Green' }).focus();
    await fran.page.keyboard.press('ArrowDown'); // Yellow
    await fran.page.keyboard.press('ArrowDown'); // Red
    await expect
      .poll(() => metric(pat.page).getByRole('radio', { name: 'Red' }).isChecked())
      .toBe(true);

    const w = readWorkshop(hub.document);
    expect(w.weeklyItems?.map((i) => [i.team, i.list, i.text]).sort()).toEqual([
      [TEAM, 'p1', 'Call the three stuck customers'],
      [TEAM, 'p1', 'Ship the onboarding checklist'],
      [TEAM, 'wins', 'Vienna went live'],
    ]);
    expect(w.healthRatings?.map((r) => r.rating)).toEqual(['red']);
    for (const p of [fran, pat]) expect(await seriousViolations(p.page, '.meeting')).toEqual([]);

    // A long line wraps in view: its field is as tall as its text, nothing scrolled away.
    const long =
      'Finish the pilot with the two north-region dispatch teams and agree the rollout plan with their managers before Friday';
    const line = p1Lines(fran.page).first();
    await line.fill(long);
    await line.press('Enter');
    await expect.poll(() => p1Lines(pat.page).first().inputValue()).toBe(long);
    const fits = await p1Lines(pat.page)
      .first()
      .evaluate((el) => ({
        height: el.scrollHeight <= el.clientHeight + 1,
        width: el.scrollWidth <= el.clientWidth + 1,
        lines: Math.round(el.clientHeight / parseFloat(getComputedStyle(el).lineHeight)),
      }));
    expect(fits.height && fits.width).toBe(true);
    expect(fits.lines).toBeGreaterThan(1);
  }, 60_000);

  it('keeps everyone’s confidence private until the facilitator reveals all at once', async () => {
    // A participant cannot start a round; the facilitator can.
    expect(
      await pat.page.getByRole('button', { name: 'Start a private confidence round' }).count(),
    ).toBe(0);
    await fran.page.getByRole('button', { name: 'Start a private confidence round' }).click();
    const ballot = (page: Page) => page.getByRole('form', { name: 'Your confidence' });
    await ballot(pat.page).waitFor();

    await ballot(pat.page).getByRole('spinbutton', { name: TTV }).fill('9');
    await ballot(pat.page).getByRole('spinbutton', { name: CHURN }).fill('8');
    await ballot(pat.page).getByRole('button', { name: 'Send my confidence' }).click();
    await ballot(pat.page).getByRole('status').filter({ hasText: 'Sent' }).waitFor();
    await ballot(fran.page).getByRole('spinbutton', { name: TTV }).fill('3');
    await ballot(fran.page).getByRole('spinbutton', { name: CHURN }).fill('7');
    await ballot(fran.page).getByRole('button', { name: 'Send my confidence' }).click();
    await fran.page
      .getByText('2 people have entered theirs (Fran Facilitator, Pat Participant)')
      .waitFor();
    await pat.page.getByText('2 people have entered theirs.').waitFor();
    for (const p of [fran, pat]) expect(await seriousViolations(p.page, '.meeting')).toEqual([]);

    // Before the reveal: no ballot in anyone's copy of the room state, none in the hub's,
    // and the hub forwarded nobody's ballot to anybody.
    const round = readConfidenceRound(hub.document)!;
    expect(round).toMatchObject({ ballots: 2, revealed: false, spread: {} });
    expect(JSON.stringify(hub.document.getMap('room').toJSON())).not.toMatch(/"spread":\{"/);
    for (const p of [fran, pat]) {
      expect(p.heard.some((f) => f.includes('offsite.confidence'))).toBe(false);
      expect(await p.page.locator('.round-value').count()).toBe(0);
    }

    await fran.page.getByRole('button', { name: 'Reveal everyone’s confidence' }).click();
    const values = (page: Page, title: string) =>
      page
        .getByRole('list', { name: 'Everyone’s confidence' })
        .getByRole('listitem')
        .filter({ hasText: title })
        .locator('.round-value');
    for (const p of [fran, pat]) {
      await expect.poll(() => values(p.page, TTV).allTextContents()).toEqual(['3', '9']);
      await expect.poll(() => values(p.page, CHURN).allTextContents()).toEqual(['7', '8']);
    }
    await pat.page.getByText(/the room is split \(3 to 9\)/).waitFor();
    // Only the facilitator records the agreed value.
    expect(
      await pat.page.getByRole('spinbutton', { name: `Agreed confidence in ${TTV}` }).count(),
    ).toBe(0);
    const agreed = fran.page.getByRole('spinbutton', { name: `Agreed confidence in ${TTV}` });
    await expect.poll(() => agreed.inputValue()).toBe('6');
    await agreed.fill('5');
    await agreed.press('Enter');
    await fran.page.getByText('Recorded as this week’s confidence.').waitFor();
    for (const p of [fran, pat]) expect(await seriousViolations(p.page, '.meeting')).toEqual([]);

    await fran.page.getByRole('button', { name: 'Close the round' }).click();
    const row = pat.page
      .getByRole('list', { name: `Confidence in ${TEAM}’s key results` })
      .getByRole('listitem')
      .filter({ hasText: TTV });
    await row.getByText('agreed in a round').waitFor();
    await expect.poll(() => row.locator('.confidence-value').textContent()).toBe('5/10');
    // A new check-in for this week, carrying the last value, its confidence the agreed one.
    const w = readWorkshop(hub.document);
    const ttv = w.keyResults.find((k) => k.title === TTV)!;
    const last = w.checkIns.filter((c) => c.keyResultId === ttv.id && !c.confidenceRound).at(-1)!;
    expect(w.checkIns.filter((c) => c.keyResultId === ttv.id && c.confidenceRound)).toEqual([
      expect.objectContaining({ value: last.value, confidence: 5, author: 'Fran Facilitator' }),
    ]);
    for (const p of [fran, pat]) p.errors.assertClean();
  }, 90_000);
});
