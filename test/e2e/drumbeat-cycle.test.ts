import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localIsoDate } from '../../shared/dates';
import type { WorkshopJson } from '../../shared/model/interchange';
import { startTestHub } from '../integration/hub-helpers';
import { sampleJson } from '../support/export-workshops';
import { agendaLink, goToStep, joinRoom, launchChromium, watchPage, WEB_ROOT } from './support';
import type { Hub } from '../../electron/hub/hub';

/**
 * A quarter of the Drumbeat, end to end: a real hub on 127.0.0.1 serving the built web UI,
 * two people of two teams checking in every week from their own browser (their names
 * recorded on the check-ins), the status of their key results the same in the view, the
 * Markdown and the PDF (read back by poppler), grading and retrospective into the cycle
 * report, and the next cycle started with the objective the team keeps, showing the
 * previous grades while drafting. Screenshots under test-results/, axe on the new UI.
 */

const SHOTS = join(import.meta.dirname, '..', '..', 'test-results');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// Today is in week 12 of a 13-week cycle that started on today's weekday 77 days ago.
const today = localIsoDate(new Date());
const cycleStart = addDays(today, -77)!;
const cycleEnd = addDays(cycleStart, 90)!;
const weekDate = (week: number) => addDays(cycleStart, 7 * (week - 1))!;

const KR = {
  ftf: 'Raise first-time-fix rate from 71% to 85%',
  logos: 'Grow paying DACH customers from 14 to 40',
  ttv: 'Median time to first dispatched job from 19 days to 7 days',
  pipe: 'Qualified DACH pipeline from €0.8M to €2.5M',
  repeat: 'Cut repeat visits per 100 jobs from 22 to 12',
};

/** The four cases, by key result: what the one rule must say everywhere. */
const EXPECTED: Record<string, string> = {
  [KR.ftf]: 'On pace',
  [KR.logos]: 'Behind',
  [KR.ttv]: 'Past target',
  [KR.pipe]: 'No data',
  [KR.repeat]: 'No data',
};

function workshop(): WorkshopJson {
  const data = sampleJson();
  return {
    ...data,
    cycleStart,
    cycleEnd,
    checkInWeekday: new Date(`${cycleStart}T00:00:00Z`).getUTCDay(),
    checkIns: [],
  };
}

interface Person {
  readonly name: string;
  readonly page: Page;
  readonly errors: ReturnType<typeof watchPage>;
}

describe('a quarter of Drumbeat by two teams, the review, and the next cycle', () => {
  let dir: string;
  let hub: Hub;
  let browser: Browser;
  let ana: Person;
  let ben: Person;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'offsite-drumbeat-cycle-'));
    await mkdir(SHOTS, { recursive: true });
    const workshopPath = join(dir, 'acme.json');
    await writeFile(workshopPath, JSON.stringify(workshop()));
    ({ hub } = await startTestHub({ webRoot: WEB_ROOT, workshopPath }));
    browser = await launchChromium();
    const join_ = async (name: string, link: string): Promise<Person> => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        acceptDownloads: true,
        // Only so that axe-core can be injected: the app's CSP allows no inline script.
        bypassCSP: true,
      });
      const page = await context.newPage();
      const errors = watchPage(page);
      await joinRoom(page, link, name);
      return { name, page, errors };
    };
    ana = await join_('Ana Field', hub.links.facilitator);
    ben = await join_('Ben Sales', hub.url);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await hub?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const row = (page: Page, title: string) => page.getByRole('row', { name: title, exact: true });

  async function checkIn(p: Person, title: string, date: string, value: string, confidence = '6') {
    await row(p.page, title).getByRole('button', { name: 'Check in', exact: true }).click();
    const dialog = p.page.getByRole('dialog', { name: `Check in: ${title}` });
    await dialog.waitFor();
    // The name they joined with is who records it.
    expect(await dialog.getByLabel('Recorded by').inputValue()).toBe(p.name);
    await dialog.getByLabel('Date', { exact: true }).fill(date);
    await dialog.getByLabel('Value', { exact: true }).fill(value);
    await dialog.getByLabel('Confidence', { exact: true }).fill(confidence);
    await dialog.getByRole('button', { name: 'Save check-in' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async function download(page: Page, start: () => Promise<void>) {
    const event = page.waitForEvent('download');
    await start();
    const d: Download = await event;
    const file = join(dir, d.suggestedFilename());
    await d.saveAs(file);
    return file;
  }

  const statusOf = async (page: Page, title: string) =>
    (await row(page, title).locator('.status-badge').textContent())?.replace(/^\W+/, '').trim();

  async function axe(page: Page, selector: string): Promise<string[]> {
    await page.addScriptTag({ path: axePath });
    return page.evaluate(async (include) => {
      const axeRun = (
        window as unknown as {
          axe: {
            run: (
              c: unknown,
              o: unknown,
            ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe;
      const r = await axeRun.run({ include: [include] }, { resultTypes: ['violations'] });
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
    }, selector);
  }

  it('two teams check in every week for a quarter, each under their own name', async () => {
    for (const p of [ana, ben]) await goToStep(p.page, 'Drumbeat');
    await Promise.all([
      (async () => {
        for (let week = 1; week <= 12; week++) {
          await checkIn(ana, KR.ftf, weekDate(week), String(71 + (14 * week) / 13).slice(0, 5));
        }
        // One check-in in week 2 and silence since: no data, not green.
        await checkIn(ana, KR.pipe, weekDate(2), '1.1', '7');
      })(),
      (async () => {
        for (let week = 1; week <= 12; week++) {
          await checkIn(ben, KR.logos, weekDate(week), String(14 + week - 1), week > 9 ? '3' : '5');
        }
        await checkIn(ben, KR.ttv, weekDate(6), '12', '8');
        await checkIn(ben, KR.ttv, weekDate(12), '6.5', '9');
      })(),
    ]);
    // Both see everything, with who recorded it.
    for (const p of [ana, ben]) {
      await expect
        .poll(() =>
          row(p.page, KR.logos)
            .getByRole('button', { name: /^Check-ins \(/ })
            .textContent(),
        )
        .toBe('Check-ins (12)');
      await expect.poll(() => row(p.page, KR.ttv).textContent()).toContain('recorded by Ben Sales');
    }
    await row(ana.page, KR.ftf).getByRole('button', { name: 'Check-ins (12)' }).click();
    const history = row(ana.page, KR.ftf).getByRole('table', { name: `Check-ins of ${KR.ftf}` });
    expect(await history.getByRole('cell', { name: 'Ana Field', exact: true }).count()).toBe(12);
  });

  it('shows the four cases, with the weeks adding up and a chart per key result and objective', async () => {
    const page = ben.page;
    for (const [title, status] of Object.entries(EXPECTED)) {
      await expect.poll(() => statusOf(page, title), { timeout: 10_000 }).toBe(status);
    }
    expect(await row(page, KR.logos).textContent()).toContain('Week 12 of 13: 12 checked in');
    expect(await row(page, KR.pipe).textContent()).toContain(
      'Week 12 of 13: 1 checked in, 10 missed, this week open',
    );
    const chart = row(page, KR.logos).getByRole('img', { name: /^Key result: progress from 0 %/ });
    expect(await chart.getAttribute('aria-label')).toMatch(
      /to 42 % in week 12 \(\d+ % expected by now\); confidence from 5 in week 1 to 3 in week 12\.$/,
    );
    const objective = page.getByRole('img', { name: /^Objective: progress from/ });
    expect(await objective.count()).toBe(3);
    expect(await axe(page, 'section.drumbeat')).toEqual([]);
    for (const [width, height] of [
      [1920, 1080],
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({
        path: join(SHOTS, `drumbeat-${width}x${height}.png`),
        fullPage: true,
      });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('the Markdown, the CSV and the PDF say the same status as the view', async () => {
    const page = ana.page;
    await goToStep(page, 'Review & export');
    const md = await readFile(
      await download(page, () => page.getByRole('button', { name: 'Export Markdown…' }).click()),
      'utf8',
    );
    const pdf = execFileSync(
      'pdftotext',
      [
        '-raw',
        await download(page, () => page.getByRole('button', { name: 'Export PDF…' }).click()),
        '-',
      ],
      { encoding: 'utf8' },
    );
    const csv = parse(
      await readFile(
        await download(page, () => page.getByRole('button', { name: 'Export CSV…' }).click()),
      ),
      { bom: true },
    ) as string[][];
    const statusColumn = csv[0]!.indexOf('status');
    for (const [title, status] of Object.entries(EXPECTED)) {
      expect(csv.find((r) => r[2] === title)?.[statusColumn], title).toBe(status);
      const statusTable = md.slice(md.indexOf('### Status on'));
      const mdRow = statusTable.split('\n').find((l) => l.startsWith('| KR') && l.includes(title));
      expect(mdRow?.split(' | ')[2], title).toBe(status);
      // In the PDF's status table the key result's row carries its status word.
      const at = pdf.indexOf(`Status on`);
      const after = pdf.slice(at);
      const i = after.indexOf(title.slice(0, 30));
      expect(i, title).toBeGreaterThan(-1);
      // The row runs to the next key result's label.
      const next = after.slice(i, after.indexOf('KR ', i + 30));
      expect(next, title).toContain(status);
    }
    expect(md).toContain('Ana Field');
  });

  it('grades and retrospectives, typed in two browsers, go into the cycle report', async () => {
    const goReview = async (page: Page) => {
      await agendaLink(page, 'Drumbeat').click();
      await page.getByRole('link', { name: 'Review the cycle' }).click();
      await page.getByRole('heading', { name: 'Review the cycle' }).waitFor();
    };
    await goReview(ana.page);
    await goReview(ben.page);
    await ana.page.getByLabel(`Grade for ${KR.ftf}`).fill('0.9');
    await ana.page.getByLabel(`Reason for ${KR.ftf}`).fill('Parts pilot rolled out to every van');
    await ana.page.getByLabel(`Reason for ${KR.ftf}`).press('Enter');
    await ben.page.getByRole('button', { name: `Use suggestion for ${KR.logos}` }).click();
    const cycleRetro = (page: Page) =>
      page.getByRole('group', { name: 'Retrospective of the cycle' });
    await cycleRetro(ana.page).getByLabel('What worked').fill('The weekly drumbeat on the wall');
    await cycleRetro(ben.page).getByLabel('What we learned').fill('Partners bring the DACH deals');
    await expect
      .poll(() => cycleRetro(ben.page).getByLabel('What worked').inputValue())
      .toBe('The weekly drumbeat on the wall');
    await expect.poll(() => ben.page.getByLabel(`Grade for ${KR.ftf}`).inputValue()).toBe('0.9');
    expect(await axe(ben.page, 'section.review')).toEqual([]);
    for (const [width, height] of [
      [1920, 1080],
      [1280, 800],
      [390, 844],
    ] as const) {
      await ben.page.setViewportSize({ width, height });
      await ben.page.screenshot({
        path: join(SHOTS, `review-${width}x${height}.png`),
        fullPage: true,
      });
    }
    await ben.page.setViewportSize({ width: 1280, height: 800 });

    await goToStep(ana.page, 'Review & export');
    const report = execFileSync(
      'pdftotext',
      [
        '-raw',
        await download(ana.page, () =>
          ana.page.getByRole('button', { name: 'Cycle report (PDF)' }).click(),
        ),
        '-',
      ],
      { encoding: 'utf8' },
    );
    expect(report).toContain('Cycle report');
    expect(report).toContain('Parts pilot rolled out to every van');
    expect(report).toContain('The weekly drumbeat on the wall');
    expect(report).toContain('Partners bring the DACH deals');
    expect(report).toMatch(/0\.9/);
    const reportMd = await readFile(
      await download(ana.page, () =>
        ana.page.getByRole('button', { name: 'Cycle report (Markdown)' }).click(),
      ),
      'utf8',
    );
    expect(reportMd).toMatch(
      /\| KR 1\.1 \| Raise first-time-fix rate.*\| 0\.9 \| Parts pilot rolled out to every van \|/,
    );
    expect(reportMd).toMatch(/\| KR 2\.1 \| Grow paying DACH customers.*\| 0\.4 \|/);
    expect(reportMd).not.toContain('Ana Field');
  });

  it('starts the next cycle with the kept objective and shows the previous grades', async () => {
    const page = ben.page;
    await page.getByRole('button', { name: 'Start next cycle…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start the next cycle' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Next cycle').inputValue()).toBe('2027-Q2');
    expect(await axe(page, 'dialog')).toEqual([]);
    for (const [width, height] of [
      [1920, 1080],
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: join(SHOTS, `next-cycle-dialog-${width}x${height}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await dialog
      .getByRole('checkbox', { name: /^Become the obvious choice for DACH service companies/ })
      .check();
    const before = page.url();
    await dialog.getByRole('button', { name: 'Start next cycle' }).click();
    await page.getByRole('heading', { name: 'OKR drafting', level: 2 }).waitFor();
    expect(page.url()).not.toBe(before);
    expect(page.url()).not.toContain('room~');
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Cycle' }).inputValue())
      .toBe('2027-Q2');
    // The kept objective, its key results as drafts; nothing checked in.
    const titles = page.getByRole('textbox', { name: 'Objective title' });
    await expect.poll(() => titles.count()).toBe(1);
    expect(await titles.first().inputValue()).toBe(
      'Become the obvious choice for DACH service companies',
    );
    const previous = page.locator('details.previous-cycle');
    await previous.getByRole('heading', { name: /^Previous cycle: 2027-Q1/ }).waitFor();
    const text = (await previous.textContent()) ?? '';
    expect(text).toContain(
      '0.9 Raise first-time-fix rate from 71% to 85% — Parts pilot rolled out to every van',
    );
    const kept = previous.getByRole('listitem').filter({ hasText: /^Become the obvious choice/ });
    expect(await kept.locator('.kept-tag').count()).toBe(1);
    expect(text).toContain('Partners bring the DACH deals');
    await agendaLink(page, 'Drumbeat').click();
    for (const title of [KR.logos, KR.pipe]) {
      await expect.poll(() => statusOf(page, title)).toBe('No data');
    }
    for (const p of [ana, ben]) p.errors.assertClean();
  });
});
