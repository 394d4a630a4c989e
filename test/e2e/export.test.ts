import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_HEADER } from '../../shared/export';
import { validateWorkshopJson } from '../../shared/model';
import {
  goToStep,
  importWorkshop,
  jsonFile,
  launchChromium,
  serveWeb,
  watchPage,
  type PageErrors,
  type StaticServer,
} from './support';

/*
 * The "Review & export" step in real Chromium on the built web UI: the sample imported
 * through the home screen, previewed, and exported in every format as real downloads, each
 * read back by an independent reader (poppler's pdftotext/pdfinfo, csv-parse, the
 * interchange validator).
 */

const FIXTURE = resolve(import.meta.dirname, '../fixtures/acme-2027.json');

interface FixtureKeyResult {
  readonly title: string;
}
interface FixtureObjective {
  readonly title: string;
  readonly team: string | null;
  readonly keyResults: readonly FixtureKeyResult[];
}
interface Fixture {
  readonly title: string;
  readonly objectives: readonly FixtureObjective[];
  readonly projects: readonly { readonly title: string; readonly column: string }[];
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Each needle found after the previous one; returns those that were not. */
function missingInOrder(haystack: string, needles: readonly string[]): string[] {
  const missing: string[] = [];
  let at = 0;
  for (const n of needles) {
    const i = haystack.indexOf(flat(n), at);
    if (i === -1) missing.push(n);
    else at = i + flat(n).length;
  }
  return missing;
}

describe('Review & export in the browser', () => {
  let fixture: Fixture;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: PageErrors;
  let dir: string;

  beforeAll(async () => {
    fixture = JSON.parse(await readFile(FIXTURE, 'utf8')) as Fixture;
    dir = await mkdtemp(join(tmpdir(), 'offsite-e2e-export-'));
    server = await serveWeb();
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    errors = watchPage(page);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const objectiveTitles = () => fixture.objectives.map((o) => o.title);
  const keyResultTitles = () => fixture.objectives.flatMap((o) => o.keyResults.map((k) => k.title));
  const status = () => page.getByRole('status').filter({ hasText: /./ });

  /** Clicks (or presses) what starts an export and saves the download under `dir`. */
  async function download(start: () => Promise<void>): Promise<{ file: string; name: string }> {
    const event = page.waitForEvent('download');
    await start();
    const d: Download = await event;
    const name = d.suggestedFilename();
    const file = join(dir, name);
    await d.saveAs(file);
    return { file, name };
  }

  /** Records every text the export status line shows (and the PDF button's busy state). */
  async function recordStatus(): Promise<void> {
    await page.evaluate(() => {
      const w = window as unknown as { __exportLog: string[] };
      w.__exportLog = [];
      const region = document.querySelector('.export-status');
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Export PDF…',
      );
      if (!region || !button) throw new Error('export status or PDF button not found');
      new MutationObserver(() => {
        w.__exportLog.push(`status:${region.textContent ?? ''}`);
      }).observe(region, { childList: true, characterData: true, subtree: true });
      new MutationObserver(() => {
        w.__exportLog.push(`busy:${button.getAttribute('aria-busy') ?? 'false'}`);
      }).observe(button, { attributes: true, attributeFilter: ['aria-busy'] });
    });
  }
  const statusLog = () =>
    page.evaluate(() => (window as unknown as { __exportLog: string[] }).__exportLog);

  it('imports the sample and previews what will be exported', async () => {
    await page.goto(server.url);
    await importWorkshop(page, FIXTURE);
    const title = page.getByRole('textbox', { name: 'Workshop title' });
    await title.waitFor();
    await expect.poll(() => title.inputValue()).toBe(fixture.title);

    await goToStep(page, 'Review & export');

    // Not agreed yet: said prominently, with the way to agree.
    await page.getByText('Draft — not yet agreed').waitFor();
    expect(await page.getByRole('link', { name: 'Go to OKR drafting to agree' }).count()).toBe(1);

    const preview = page.getByRole('region', { name: /^Preview/ });
    await preview.waitFor();
    const text = flat((await preview.textContent()) ?? '');
    expect(missingInOrder(text, [fixture.title, ...objectiveTitles()])).toEqual([]);
    expect(missingInOrder(text, keyResultTitles())).toEqual([]);
    for (const p of fixture.projects) expect(text).toContain(p.title);
    // One key-result table per objective, one row per key result (plus the header row).
    expect(await preview.getByRole('table', { name: /^Key results of O\d+$/ }).count()).toBe(
      fixture.objectives.length,
    );
    for (const o of fixture.objectives) {
      const article = preview.getByRole('article', { name: o.title });
      expect(await article.getByRole('row').count()).toBe(o.keyResults.length + 1);
    }
    for (const heading of [
      'Strategy one-pager',
      'OKRs',
      'Alignment',
      'Projects we keep',
      'Not doing',
      'Drumbeat',
    ]) {
      expect(await preview.getByRole('heading', { name: heading, exact: true }).count()).toBe(1);
    }
    errors.assertClean();
  });

  it('exports the PDF (A4) as a download that poppler reads back, with progress and status', async () => {
    const participants = page.getByRole('textbox', { name: 'Participants' });
    await participants.fill('Ana Müller, Ben “Benji” Smith, ');
    const preview = page.getByRole('region', { name: /^Preview/ });
    await expect.poll(async () => preview.textContent()).toContain('Ana Müller, Ben “Benji” Smith');

    await page.getByRole('combobox', { name: 'Paper size' }).selectOption({ label: 'A4' });
    await recordStatus();
    const { file, name } = await download(() =>
      page.getByRole('button', { name: 'Export PDF…' }).click(),
    );
    expect(name).toMatch(/\.pdf$/);
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(20);

    const pdfText = flat(
      execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
    );
    expect(missingInOrder(pdfText, objectiveTitles())).toEqual([]);
    expect(pdfText).toContain('Ana Müller, Ben “Benji” Smith');

    await expect.poll(() => status().textContent()).toBe(`Downloaded ${name}`);
    const log = await statusLog();
    expect(log).toContain('status:Preparing PDF…');
    expect(log).toContain('busy:true');
    expect(log.indexOf('status:Preparing PDF…')).toBeLessThan(
      log.indexOf(`status:Downloaded ${name}`),
    );
    expect(log.at(-1)).toBe('busy:false');
    expect(
      await page.getByRole('button', { name: 'Export PDF…' }).getAttribute('aria-keyshortcuts'),
    ).toContain('Control+P');
    errors.assertClean();
  });

  it('Ctrl+P exports the PDF instead of printing, on the chosen paper (US Letter)', async () => {
    await page.getByRole('combobox', { name: 'Paper size' }).selectOption({ label: 'US Letter' });
    await page.getByRole('heading', { name: 'Review & export', level: 2 }).click();
    const { file } = await download(() => page.keyboard.press('Control+p'));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    expect(
      missingInOrder(
        flat(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })),
        objectiveTitles(),
      ),
    ).toEqual([]);
    errors.assertClean();
  });

  it('exports the CSV with a BOM: one row per key result', async () => {
    await page.getByRole('checkbox', { name: 'Add BOM for spreadsheet apps' }).check();
    const { file, name } = await download(() =>
      page.getByRole('button', { name: 'Export CSV…' }).click(),
    );
    expect(name).toMatch(/\.csv$/);
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.subarray(3).toString('utf8')) as string[][];
    expect(rows[0]).toEqual([...CSV_HEADER]);
    const body = rows.slice(1);
    expect(body.length).toBe(keyResultTitles().length);
    const expected = fixture.objectives.flatMap((o) => o.keyResults.map((k) => [o.title, k.title]));
    const krColumn = CSV_HEADER.indexOf('key result');
    const objectiveColumn = CSV_HEADER.indexOf('objective');
    expect(body.map((r) => [r[objectiveColumn], r[krColumn]])).toEqual(expected);
    await expect.poll(() => status().textContent()).toBe(`Downloaded ${name}`);
    errors.assertClean();
  });

  it('exports Markdown and JSON; the JSON is valid interchange', async () => {
    const md = await download(() => page.getByRole('button', { name: 'Export Markdown…' }).click());
    expect(md.name).toMatch(/\.md$/);
    const markdown = await readFile(md.file, 'utf8');
    expect(markdown.startsWith(`# ${fixture.title}`)).toBe(true);
    expect(
      missingInOrder(
        markdown,
        fixture.objectives.map((o, i) => `### O${i + 1}. ${o.title}`),
      ),
    ).toEqual([]);
    expect(markdown).toContain('Ana Müller, Ben “Benji” Smith');

    const json = await download(() => page.getByRole('button', { name: 'Export JSON…' }).click());
    expect(json.name).toMatch(/\.json$/);
    const result = validateWorkshopJson(JSON.parse(await readFile(json.file, 'utf8')));
    if (!result.ok)
      throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(result.data.title).toBe(fixture.title);
    expect(result.data.objectives.map((o) => o.title)).toEqual(objectiveTitles());
    expect(result.data.objectives.flatMap((o) => o.keyResults.map((k) => k.title))).toEqual(
      keyResultTitles(),
    );
    errors.assertClean();
  });

  it('remembers participants, paper and BOM across a reload; the draft note leads to OKR drafting', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Review & export', level: 2 }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Participants' }).inputValue()).toBe(
      'Ana Müller, Ben “Benji” Smith, ',
    );
    expect(await page.getByRole('combobox', { name: 'Paper size' }).inputValue()).toBe('letter');
    expect(
      await page.getByRole('checkbox', { name: 'Add BOM for spreadsheet apps' }).isChecked(),
    ).toBe(true);

    await page.getByRole('link', { name: 'Go to OKR drafting to agree' }).click();
    await page.getByRole('heading', { name: 'OKR drafting', level: 2 }).waitFor();
    errors.assertClean();
  });

  it('shows an agreed set as agreed, on the page and in the preview', async () => {
    await page.goto(server.url);
    const agreed = {
      ...fixture,
      id: '5b0e1c3a-9d2f-4e7a-8c61-2f4d6b8a0c19',
      title: 'Agreed copy',
      agreed: true,
    };
    await importWorkshop(page, jsonFile('agreed.json', agreed));
    const title = page.getByRole('textbox', { name: 'Workshop title' });
    await expect.poll(() => title.inputValue()).toBe('Agreed copy');
    await goToStep(page, 'Review & export');
    await page.getByText('✓ Agreed', { exact: true }).waitFor();
    expect(await page.getByText('Draft — not yet agreed').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Go to OKR drafting to agree' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: /^Preview/ }).textContent()).toContain(
      '✓ Agreed by the room',
    );
    // Participants are per workshop: this one starts empty.
    expect(await page.getByRole('textbox', { name: 'Participants' }).inputValue()).toBe('');
    errors.assertClean();
  });
});
