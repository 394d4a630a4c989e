import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agendaLink,
  enableRenderCounts,
  goToStep,
  importWorkshop,
  openPersistent,
  readRenderCounts,
  serveWeb,
  type PageErrors,
  type PersistentSession,
  type StaticServer,
} from './support';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/acme-2027.json');

// A key result with no check-in in the sample, so what the row shows depends only on
// this test (the sample's own check-ins are dated 2027 and may be past or future).
const KR = 'Grow paying DACH customers from 14 to 40';
const KR_ID = 'k-dach-logos';
const NEIGHBOUR_ID = 'k-dach-pipe';
const CS_KR = 'Median time to first dispatched job from 19 days to 7 days';

/** The local calendar day `offset` days from now, as the app computes "today". */
function localDay(offset = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

describe('drumbeat: cycle settings, check-ins, status, this week, team filter', () => {
  let server: StaticServer;
  let session: PersistentSession;
  let page: Page;
  let errors: PageErrors;

  const today = localDay();
  const weekAgo = localDay(-7);
  const cycleStart = localDay(-28);
  const cycleEnd = localDay(63);

  beforeAll(async () => {
    server = await serveWeb();
    session = await openPersistent('offsite-drumbeat-', enableRenderCounts);
    ({ page, errors } = session);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const row = (title: string): Locator => page.getByRole('row', { name: title, exact: true });
  /** The row's "latest value" cell (the history table, when open, repeats values). */
  const latest = (target: Locator, text: string): Locator =>
    target.getByRole('cell', { name: new RegExp(`^Latest value: ${text}\\b`) });
  const thisWeek = () => page.getByRole('region', { name: 'This week' });
  /** The text alternative of a row's progress and confidence chart. */
  const chartOf = (target: Locator) =>
    target.getByRole('img', { name: /^Key result: / }).getAttribute('aria-label');
  const renderCounts = () => readRenderCounts(page);

  async function checkIn(values: {
    date?: string;
    value: string;
    confidence: string;
    note?: string;
  }) {
    await row(KR).getByRole('button', { name: 'Check in', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Check in: ${KR}` });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Date', { exact: true }).inputValue()).toBe(today);
    if (values.date) await dialog.getByLabel('Date', { exact: true }).fill(values.date);
    await dialog.getByLabel('Value', { exact: true }).fill(values.value);
    await dialog.getByLabel('Confidence', { exact: true }).fill(values.confidence);
    if (values.note) await dialog.getByLabel('Note', { exact: true }).fill(values.note);
    await dialog.getByRole('button', { name: 'Save check-in' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  it('imports the sample, sets the cycle, and checks in through the form', async () => {
    await page.goto(server.url);
    await importWorkshop(page, FIXTURE);
    await page.getByRole('textbox', { name: 'Workshop title' }).waitFor();
    await goToStep(page, 'Drumbeat');

    // No cycle dates yet: the page says what they are for, with the settings right there.
    await page.getByText('Set the cycle’s start and end dates').waitFor();
    expect(await row(KR).getByText('No data').count()).toBe(1);
    expect(await thisWeek().getByRole('listitem').filter({ hasText: KR }).count()).toBe(1);

    // An end before the start is refused with an inline message and not stored.
    await page.getByLabel('Cycle start', { exact: true }).fill(cycleStart);
    await page.getByLabel('Cycle end', { exact: true }).fill(localDay(-40));
    const problem = page.getByRole('alert').filter({ hasText: 'must be after cycle start' });
    await problem.waitFor();
    expect(await problem.textContent()).toContain('Not saved');
    await page.getByLabel('Cycle end', { exact: true }).fill(cycleEnd);
    await problem.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Cycle end', { exact: true }).inputValue()).toBe(cycleEnd);
    await page.getByLabel('Check-in day', { exact: true }).selectOption({ label: 'Monday' });
    expect(await page.getByText('Set the cycle’s start and end dates').count()).toBe(0);

    // Four weeks into the cycle with no check-in: the missed weeks show, each labelled.
    const missed = row(KR).getByRole('listitem', { name: /: missed$/ });
    expect(await missed.count()).toBeGreaterThanOrEqual(2);
    expect(
      await row(KR)
        .getByText(/\d+ missed/)
        .count(),
    ).toBe(1);

    // A check-in on one key result re-renders its row, not its neighbour's.
    const before = await renderCounts();
    expect(before[`drumbeat-kr:${KR_ID}`]).toBeGreaterThan(0);
    await checkIn({ value: '24', confidence: '6', note: 'Two Munich firms signed.' });

    const target = row(KR);
    await latest(target, '24 customers').waitFor();
    // 24 of 14 → 40 is 38 %: ahead of the 31 % of the time gone.
    expect(await chartOf(target)).toMatch(
      /^Key result: progress 38 % in week \d+ \(31 % expected by now\); confidence 6 in week \d+; \d+ weeks missed\.$/,
    );
    expect(await target.getByText('On pace').count()).toBe(1);
    expect(await target.getByText('Two Munich firms signed.').count()).toBe(1);
    expect(await thisWeek().getByRole('listitem').filter({ hasText: KR }).count()).toBe(0);

    const after = await renderCounts();
    expect(after[`drumbeat-kr:${KR_ID}`]).toBeGreaterThan(before[`drumbeat-kr:${KR_ID}`]!);
    expect(after[`drumbeat-kr:${NEIGHBOUR_ID}`]).toBe(before[`drumbeat-kr:${NEIGHBOUR_ID}`]);

    // An earlier check-in extends the sparkline without changing the latest value.
    await checkIn({ date: weekAgo, value: '20', confidence: '5' });
    await expect
      .poll(() => chartOf(target))
      .toMatch(/progress from 23 % in week \d+ to 38 % in week/);
    expect(await latest(target, '24 customers').count()).toBe(1);
    errors.assertClean();
  });

  it('edits a check-in, and the status follows', async () => {
    const target = row(KR);
    await target.getByRole('button', { name: 'Check-ins (2)' }).click();
    await target.getByRole('button', { name: `Edit check-in of ${today}` }).click();
    const dialog = page.getByRole('dialog', { name: `Edit check-in: ${KR}` });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Value', { exact: true }).inputValue()).toBe('24');
    await dialog.getByLabel('Value', { exact: true }).fill('15');
    await dialog.getByLabel('Confidence', { exact: true }).fill('2');
    await dialog.getByRole('button', { name: 'Save check-in' }).click();
    await dialog.waitFor({ state: 'detached' });

    await latest(target, '15 customers').waitFor();
    expect(await chartOf(target)).toMatch(
      /progress from 23 % in week \d+ to 4 % in week \d+ .*; confidence from 5 in week \d+ to 2 in week \d+/,
    );
    expect(await target.getByText('Behind').count()).toBe(1);
    expect(await target.getByText(/confidence 2 of 10/).count()).toBe(1);

    // A value that is not a number is refused in place; nothing is written.
    await target.getByRole('button', { name: `Edit check-in of ${today}` }).click();
    await dialog.waitFor();
    await dialog.getByLabel('Value', { exact: true }).fill('lots');
    await dialog.getByRole('button', { name: 'Save check-in' }).click();
    await dialog.getByText('Enter a number').waitFor();
    expect(await dialog.getByLabel('Value', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await latest(target, '15 customers').count()).toBe(1);
    errors.assertClean();
  });

  it('deletes a check-in, and undo brings it back', async () => {
    const target = row(KR);
    await target.getByRole('button', { name: `Delete check-in of ${today}` }).click();
    await latest(target, '20 customers').waitFor();
    expect(await chartOf(target)).toMatch(/^Key result: progress 23 % in week \d+ /);
    expect(await page.getByRole('status').getByText('Deleted the check-in').count()).toBe(1);
    // The remaining check-in is 7 days old: the key result is due again.
    const due = thisWeek().getByRole('listitem').filter({ hasText: KR });
    await due.waitFor();
    expect(await due.textContent()).toContain('7 days ago');

    await page.getByRole('heading', { name: 'Drumbeat', level: 2 }).click();
    await page.keyboard.press('Control+z');
    await latest(target, '15 customers').waitFor();
    expect(await chartOf(target)).toMatch(/progress from 23 % in week \d+ to 4 % in week/);
    await due.waitFor({ state: 'detached' });

    // The status line's button restores the deletion the same way.
    await target.getByRole('button', { name: `Delete check-in of ${today}` }).click();
    await latest(target, '20 customers').waitFor();
    await page.getByRole('button', { name: 'Restore check-in' }).click();
    await latest(target, '15 customers').waitFor();
    expect(await page.getByRole('status').getByText('Check-in restored.').count()).toBe(1);
    errors.assertClean();
  });

  it('filters by team', async () => {
    const team = page.getByRole('combobox', { name: 'Team', exact: true });
    await team.selectOption({ label: 'Customer Success' });
    await row(KR).waitFor({ state: 'detached' });
    expect(await row(CS_KR).count()).toBe(1);
    expect(await thisWeek().getByText(KR).count()).toBe(0);
    expect(
      await page
        .getByRole('heading', { name: 'New customers succeed in their first month' })
        .count(),
    ).toBe(1);
    expect(
      await page
        .getByRole('heading', { name: 'Become the obvious choice for DACH service companies' })
        .count(),
    ).toBe(0);

    await team.selectOption({ label: 'All teams' });
    await row(KR).waitFor();
    expect(await row(CS_KR).count()).toBe(1);
    errors.assertClean();
  });

  it('keeps the check-ins and the cycle across a reload', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Drumbeat', level: 2 }).waitFor();
    const target = row(KR);
    await latest(target, '15 customers').waitFor();
    expect(await chartOf(target)).toMatch(/progress from 23 % in week \d+ to 4 % in week/);
    expect(await target.getByText('Behind').count()).toBe(1);
    expect(await page.getByLabel('Cycle start', { exact: true }).inputValue()).toBe(cycleStart);
    expect(await page.getByLabel('Cycle end', { exact: true }).inputValue()).toBe(cycleEnd);
    errors.assertClean();
  });

  it('points a workshop without key results to OKR drafting', async () => {
    await page.getByRole('link', { name: 'All workshops' }).click();
    await page.getByRole('button', { name: 'New workshop' }).click();
    await page.getByRole('textbox', { name: 'Workshop title' }).waitFor();
    await agendaLink(page, 'Drumbeat').click();
    await page.getByRole('heading', { name: 'No key results yet' }).waitFor();
    // The cycle can be set up front all the same.
    expect(await page.getByLabel('Cycle start', { exact: true }).inputValue()).toBe('');
    expect(await page.getByRole('combobox', { name: 'Team' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Go to OKR drafting' }).click();
    await page.getByRole('heading', { name: 'OKR drafting', level: 2 }).waitFor();
    errors.assertClean();
  });
});
