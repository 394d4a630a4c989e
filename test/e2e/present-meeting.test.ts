import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../electron/hub/hub';
import { addDays, localIsoDate, longDate } from '../../shared/dates';
import { readRoomState } from '../../shared/model';
import { startTestHub } from '../integration/hub-helpers';
import { sampleJson } from '../support/export-workshops';
import {
  goToStep,
  joinRoom,
  launchChromium,
  seriousViolations,
  watchPage,
  WEB_ROOT,
  type PageErrors,
} from './support';

/**
 * The weekly Drumbeat meeting on the projector, in a real room: a hub on 127.0.0.1 serving
 * the built web UI, the facilitator and a participant in their browsers, and a projector
 * opening the viewer link. The facilitator opens one team's meeting; the projector shows
 * it (the four squares, the lines, the health ratings in words) and follows its week; a
 * follower lands on it; a private confidence round shows on the wall as a count until the
 * reveal, then everyone's values at once. The presentation contract holds throughout.
 */

const TEAM = 'Customer Success';
const TTV = 'Median time to first dispatched job from 19 days to 7 days';
const CHURN = 'Keep 90-day logo churn at or below 2%';
const METRIC = 'Net revenue retention';
/** Where the screenshots go (git-ignored). */
const SHOTS = join('test-results', 'present-meeting');

describe('the weekly meeting on the projector', () => {
  let dir: string;
  let hub: Hub;
  let browser: Browser;
  let fran: Page;
  let pat: Page;
  let projector: Page;
  const errors: PageErrors[] = [];

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    dir = await mkdtemp(join(tmpdir(), 'offsite-present-meeting-'));
    const workshopPath = join(dir, 'acme.json');
    // Check-ins of the last two weeks (the sample's are dated in its own cycle, 2027), so
    // the confidence square has a value and a trend today.
    const data = sampleJson();
    const daysAgo = (n: number) => addDays(localIsoDate(new Date()), -n)!;
    const checkIns = [
      { id: 'pm-1', keyResultId: 'k-ttv', date: daysAgo(14), value: 18, confidence: 4 },
      { id: 'pm-2', keyResultId: 'k-ttv', date: daysAgo(7), value: 16, confidence: 6 },
      { id: 'pm-3', keyResultId: 'k-churn90', date: daysAgo(7), value: 2.4, confidence: 8 },
    ];
    await writeFile(
      workshopPath,
      JSON.stringify({ ...data, checkIns: [...(data.checkIns ?? []), ...checkIns] }),
    );
    ({ hub } = await startTestHub({ webRoot: WEB_ROOT, workshopPath }));
    browser = await launchChromium();
    const open = async (viewport: { width: number; height: number }) => {
      const page = await (await browser.newContext({ viewport })).newPage();
      errors.push(watchPage(page));
      return page;
    };
    fran = await open({ width: 1280, height: 800 });
    await joinRoom(fran, hub.links.facilitator, 'Fran Facilitator');
    pat = await open({ width: 1280, height: 800 });
    await joinRoom(pat, hub.url, 'Pat Participant');
    projector = await open({ width: 1920, height: 1080 });
    await projector.goto(hub.links.viewer);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await hub?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const wall = (page: Page = projector) => page.locator('.present-meeting');
  const square = (name: string): Locator => projector.getByRole('region', { name, exact: true });
  const meetingHeading = (page: Page) =>
    page.getByRole('heading', { name: new RegExp(`^Weekly meeting · ${TEAM} · week of`) });

  /** Nothing on the wall can be edited, and none of the editing commands is there. */
  async function contractHolds(): Promise<void> {
    const textboxes = projector.getByRole('textbox');
    for (let i = 0; i < (await textboxes.count()); i++)
      expect(await textboxes.nth(i).isEnabled()).toBe(false);
    expect(await projector.getByRole('spinbutton').count()).toBe(0);
    expect(await projector.getByRole('radio').count()).toBe(0);
    for (const name of ['Undo', 'Redo', 'Save as…'])
      expect(await projector.getByRole('button', { name, exact: true }).count()).toBe(0);
    expect(await projector.getByRole('heading', { name: 'Drumbeat', level: 1 }).isVisible()).toBe(
      true,
    );
  }

  it('shows the team and week the facilitator opens: four squares, the lines, ratings in words', async () => {
    await goToStep(fran, 'Drumbeat');
    await projector.getByRole('heading', { name: 'Drumbeat', level: 1 }).waitFor();
    // On the check-ins view the wall shows the key results' progress, no meeting.
    expect(await wall().count()).toBe(0);

    await fran.getByRole('link', { name: 'Weekly meeting' }).click();
    await fran.getByRole('combobox', { name: 'Team' }).selectOption(TEAM);
    await meetingHeading(fran).waitFor();
    await meetingHeading(projector).waitFor({ timeout: 10_000 });

    const add = async (list: string, text: string) => {
      await fran.getByRole('textbox', { name: `New line for ${list}` }).fill(text);
      await fran.getByRole('textbox', { name: `New line for ${list}` }).press('Enter');
    };
    await add('P1 — must happen this week', 'Ship the onboarding checklist');
    await add('P2 — should happen', 'Draft the churn interview guide');
    await add('Coming up in the next four weeks', 'Vienna go-live on the 20th');
    await add('Wins of the week', 'Two stuck customers dispatched their first job');
    const metric = fran.getByRole('group', { name: METRIC });
    await metric.getByRole('radio', { name: 'Red' }).check();

    const lines = (name: string) => projector.getByRole('list', { name }).getByRole('listitem');
    await expect
      .poll(() => lines('P1 — must happen').allTextContents())
      .toEqual(['Ship the onboarding checklist']);
    await expect
      .poll(() => lines('P2 — should happen').allTextContents())
      .toEqual(['Draft the churn interview guide']);
    await expect
      .poll(() => lines('Next four weeks').allTextContents())
      .toEqual(['Vienna go-live on the 20th']);
    await expect
      .poll(() => lines('Wins of the week').allTextContents())
      .toEqual(['Two stuck customers dispatched their first job']);
    for (const name of [
      'This week’s priorities',
      'Confidence in our key results',
      'Next four weeks',
      'Health metrics',
      'Wins of the week',
    ])
      await square(name).waitFor();
    // The rating in words, not colour alone; an unrated metric says so.
    const health = projector.getByRole('list', { name: 'Health metrics this week' });
    await expect
      .poll(() => health.getByRole('listitem').filter({ hasText: METRIC }).textContent())
      .toBe(`${METRIC}Red`);
    expect(await health.getByText('Not rated').count()).toBeGreaterThan(0);
    // Each of the team's key results with its confidence out of 10.
    const confidence = projector.getByRole('list', { name: `Confidence in ${TEAM}’s key results` });
    const row = (title: string) => confidence.getByRole('listitem').filter({ hasText: title });
    await row(TTV).getByText('6/10').waitFor();
    await row(TTV).getByText('↑ +2 since the check-in before').waitFor();
    await row(CHURN).getByText('8/10').waitFor();
    await row(CHURN).getByText('first check-in').waitFor();
    // The week the facilitator has open, written out on the wall.
    const week = readRoomState(hub.document).meeting!.week;
    expect(await meetingHeading(projector).textContent()).toContain(`week of ${longDate(week)}`);

    // Readable from the back of the room: the meeting's lines at least 24 px at 1080p.
    const size = await lines('P1 — must happen')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    await contractHolds();
    expect(await seriousViolations(projector)).toEqual([]);
    await projector.screenshot({ path: join(SHOTS, '1920x1080-meeting.png') });
    await projector.setViewportSize({ width: 1280, height: 720 });
    await projector.screenshot({ path: join(SHOTS, '1280x720-meeting.png') });
    expect(await seriousViolations(projector)).toEqual([]);
    await projector.setViewportSize({ width: 1920, height: 1080 });
  }, 90_000);

  it('follows the facilitator’s week, and brings a follower to the same meeting', async () => {
    const room = () => readRoomState(hub.document).meeting;
    const thisWeek = room()!.week;
    await fran.getByRole('button', { name: '← Previous week' }).click();
    const previous = addDays(thisWeek, -7)!;
    await expect.poll(() => room()).toEqual({ team: TEAM, week: previous });
    await meetingHeading(projector)
      .getByText(`week of ${longDate(previous)}`)
      .waitFor();
    await expect.poll(() => wall().getByRole('list', { name: 'P1 — must happen' }).count()).toBe(0);
    await wall().getByText('No P1 yet.').waitFor();

    await fran.getByRole('button', { name: 'Follow me' }).click();
    await meetingHeading(pat).waitFor({ timeout: 10_000 });
    expect(pat.url()).toContain(`week=${previous}`);
    await fran.getByRole('button', { name: 'This week', exact: true }).click();
    await expect
      .poll(() => pat.getByRole('list', { name: 'P1 — must happen this week' }).count())
      .toBe(1);
    await wall().getByRole('list', { name: 'P1 — must happen' }).waitFor();
  }, 60_000);

  it('a confidence round shows how many have entered, never a value, then all at once', async () => {
    await fran.getByRole('button', { name: 'Start a private confidence round' }).click();
    const ballot = (page: Page) => page.getByRole('form', { name: 'Your confidence' });
    await ballot(pat).waitFor();
    await projector.getByText('people have entered their confidence').waitFor();
    expect(await projector.locator('.present-round-number').textContent()).toBe('0');

    await ballot(pat).getByRole('spinbutton', { name: TTV }).fill('9');
    await ballot(pat).getByRole('spinbutton', { name: CHURN }).fill('8');
    await ballot(pat).getByRole('button', { name: 'Send my confidence' }).click();
    await projector.getByText('person has entered their confidence').waitFor();
    await ballot(fran).getByRole('spinbutton', { name: TTV }).fill('3');
    await ballot(fran).getByRole('spinbutton', { name: CHURN }).fill('7');
    await ballot(fran).getByRole('button', { name: 'Send my confidence' }).click();
    await expect.poll(() => projector.locator('.present-round-number').textContent()).toBe('2');
    // Nothing entered, and no recorded confidence either (nobody anchors), before the reveal.
    const roundList = projector.getByRole('list', { name: 'Key results in the round' });
    expect(await roundList.getByRole('listitem').allTextContents()).toEqual([TTV, CHURN]);
    expect(
      await wall()
        .getByText(/\/10|median/)
        .count(),
    ).toBe(0);
    expect(await projector.locator('.present-round-value').count()).toBe(0);
    await contractHolds();
    expect(await seriousViolations(projector)).toEqual([]);
    await projector.screenshot({ path: join(SHOTS, '1920x1080-round-open.png') });

    await fran.getByRole('button', { name: 'Reveal everyone’s confidence' }).click();
    const values = (title: string) =>
      projector
        .getByRole('list', { name: 'Everyone’s confidence' })
        .getByRole('listitem')
        .filter({ hasText: title });
    await expect
      .poll(() => values(TTV).locator('.present-round-value').allTextContents())
      .toEqual(['3', '9']);
    await expect
      .poll(() => values(CHURN).locator('.present-round-value').allTextContents())
      .toEqual(['7', '8']);
    await values(TTV).getByText('median 6').waitFor();
    await values(TTV)
      .getByText(/split \(3 to 9\)/)
      .waitFor();
    await projector.getByText('Revealed: 2 people took part.').waitFor();
    await contractHolds();
    expect(await seriousViolations(projector)).toEqual([]);
    await projector.screenshot({ path: join(SHOTS, '1920x1080-round-revealed.png') });
    await projector.setViewportSize({ width: 1280, height: 720 });
    await projector.screenshot({ path: join(SHOTS, '1280x720-round-revealed.png') });
    await projector.setViewportSize({ width: 1920, height: 1080 });

    await fran.getByRole('button', { name: 'Close the round' }).click();
    await projector
      .getByRole('list', { name: `Confidence in ${TEAM}’s key results` })
      .waitFor({ timeout: 10_000 });
  }, 90_000);

  it('goes back to the key results’ progress when the facilitator leaves the meeting', async () => {
    await fran.getByRole('link', { name: 'Weekly check-ins' }).click();
    await expect.poll(() => wall().count()).toBe(0);
    expect(readRoomState(hub.document).meeting).toBeNull();
    await contractHolds();
    for (const e of errors) e.assertClean();
  }, 30_000);
});
