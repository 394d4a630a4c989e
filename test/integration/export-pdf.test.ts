import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderWorkshopPdf } from '../../shared/export/pdf';
import { nodePdfFonts } from '../../electron/export/fonts';
import type { Workshop } from '../../shared/model';
import { bigTitles, bigWorkshop, sampleJson, workshopFromJson } from '../support/export-workshops';

/*
 * The PDF is read back by an independent reader, poppler (pdftotext/pdfinfo/pdffonts), not
 * by the library that wrote it. `pdftotext -raw` keeps content-stream order, in which
 * @react-pdf draws each table cell's lines one after another, so joining lines with spaces
 * gives each cell's text back whole.
 */

const generatedAt = new Date(2027, 0, 20, 9, 0);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'offsite-export-pdf-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writePdf(
  name: string,
  w: Workshop,
  paper: 'a4' | 'letter',
  participants?: string[],
) {
  const bytes = await renderWorkshopPdf(w, {
    paper,
    fonts: nodePdfFonts(),
    participants,
    generatedAt,
  });
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return { file, bytes };
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function text(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return flat(
    execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' }),
  );
}

function info(file: string): { pages: number; size: string } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]),
    size: /^Page size:\s+(.*)$/m.exec(out)?.[1]?.trim() ?? '',
  };
}

/** Each needle found after the previous one; returns the needles that were not. */
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

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('PDF of the sample workshop', () => {
  const w = workshopFromJson({ ...sampleJson(), agreed: true });
  let a4: string;

  beforeAll(async () => {
    ({ file: a4 } = await writePdf('sample-a4.pdf', w, 'a4', ['Ana Müller', 'Ben “Benji” Smith']));
  });

  it('holds every focus area, objective, key result and project title, in order', () => {
    const all = text(a4);
    const objectivesAndKrs = w.objectives.flatMap((o) => [
      o.title,
      ...w.keyResults.filter((k) => k.objectiveId === o.id).map((k) => k.title),
    ]);
    const byColumn = (c: string) => w.projects.filter((p) => p.column === c).map((p) => p.title);
    const expected = [
      w.meta.title,
      ...w.onePager.focusAreas.map((f) => f.title),
      ...objectivesAndKrs,
      ...byColumn('keep'),
      ...byColumn('kill'),
      ...byColumn('inbox'),
    ];
    expect(expected).toHaveLength(1 + 3 + 3 + 7 + 9);
    expect(missingInOrder(all, expected)).toEqual([]);
    // The one-pager's not-doing lines and health metrics, and the cover.
    expect(
      missingInOrder(all, [
        ...w.onePager.notDoing.map((l) => l.text),
        ...w.onePager.metrics.map((l) => l.text),
      ]),
    ).toEqual([]);
    expect(all).toContain('Who took part Ana Müller, Ben “Benji” Smith');
    expect(all).toContain('Date 20 January 2027');
  });

  it('keeps non-ASCII text intact: ü, ß-free German, €, – and ✓', () => {
    const all = text(a4);
    expect(all).toContain('Überstunden im Lager — parts data is late.');
    expect(all).toContain('Qualified DACH pipeline from €0.8M to €2.5M');
    expect(all).toContain('20–500 field staff');
    expect(all).toContain('✓ Agreed by the room');
    expect(all).toContain('0.8 → 2.5 €M');
    expect(all).not.toContain('\uFFFD');
  });

  it('shows objective details, initiatives under their KR, alignment, drumbeat and latest status', () => {
    const all = text(a4);
    expect(all).toContain(
      'O3 New customers succeed in their first month Level: Customer Success Kind: committed Parent: Become the obvious choice for DACH service companies Focus area: Keep the customers we have',
    );
    expect(all).toContain(
      'KR 1.1 Raise first-time-fix rate from 71% to 85% ↳ Parts prediction per job · Data',
    );
    expect(missingInOrder(all, ['Alignment', '■ O1', '■ O2', '└ O3 New customers'])).toEqual([]);
    expect(all).toContain('Weekly on Mondays after the latest check-in (2027-01-15).');
    expect(missingInOrder(all, ['Monday, 18 January 2027', 'Monday, 22 February 2027'])).toEqual(
      [],
    );
    expect(all).toContain(
      'KR 1.1 Raise first-time-fix rate from 71% to 85% Überstunden im Lager — parts data is late. No data no cycle dates to compare progress with the time gone 14% 73 % conf. 5/10 2027-01-15',
    );
    // The charts, and their summaries in words.
    expect(all).toContain(
      'Objective: progress from 7 % at check-in 1 to 14 % at check-in 2, from 1 of 3 key results',
    );
  });

  it('puts the one-pager on a page of its own, and a footer with page numbers on every page', () => {
    const { pages, size } = info(a4);
    expect(size).toMatch(/^595\.2\d x 841\.8\d pts \(A4\)$/);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(7);
    const onePager = text(a4, 2);
    expect(onePager.startsWith('Strategy one-pager PURPOSE')).toBe(true);
    expect(onePager).toContain('HEALTH METRICS');
    expect(onePager).not.toContain('OKRs O1');
    for (let p = 1; p <= pages; p++) {
      expect(text(a4, p)).toContain(
        `Acme Field Service — 2027 planning offsite · 2027-Q1 · Page ${p} of ${pages}`,
      );
    }
  });

  it('embeds DejaVu Sans (regular, bold, oblique), so no glyph falls back to a base font', () => {
    const fonts = execFileSync('pdffonts', [a4], { encoding: 'utf8' }).trim().split('\n').slice(2);
    const names = fonts.map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).sort();
    expect(names).toEqual(['DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique']);
    for (const line of fonts) expect(line).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
  });

  it('is laid out for US Letter on request', async () => {
    const { file } = await writePdf('sample-letter.pdf', w, 'letter');
    expect(info(file).size).toBe('612 x 792 pts (letter)');
    expect(
      missingInOrder(
        text(file),
        w.keyResults.map((k) => k.title),
      ),
    ).toEqual([]);
  });
});

describe('PDF of 30 objectives × 5 key results', () => {
  const O = 30;
  const K = 5;
  let file: string;
  let pages: number;
  let pageTexts: string[];

  beforeAll(async () => {
    ({ file } = await writePdf('big.pdf', bigWorkshop(O, K), 'a4'));
    pages = info(file).pages;
    pageTexts = Array.from({ length: pages }, (_, i) => text(file, i + 1));
  });

  it('flows over several pages', () => {
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(pages).toBeLessThanOrEqual(30);
    for (const [i, t] of pageTexts.entries()) expect(t).toContain(`Page ${i + 1} of ${pages}`);
  });

  it('loses no row and cuts none in half: each key result once, its cells all on one page', () => {
    const all = pageTexts.join(' ');
    const problems: string[] = [];
    for (let o = 1; o <= O; o++) {
      for (let k = 1; k <= K; k++) {
        const title = bigTitles.keyResult(o, k);
        if (count(all, title) !== 1) {
          problems.push(`${title}: found ${count(all, title)} times`);
          continue;
        }
        const page = pageTexts.findIndex((t) => t.includes(title));
        const row = `KR ${o}.${k} ${title} ${bigTitles.metric(o, k)} ${10 * k} → ${10 * k + 25} % ${10 * k + 3} ${(o + k) % 11}/10`;
        if (!pageTexts[page]!.includes(row))
          problems.push(`${title}: row not whole on page ${page + 1}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps each objective heading with its table: never the last thing on a page', () => {
    const problems: string[] = [];
    for (let o = 1; o <= O; o++) {
      const heading = `O${o} ${bigTitles.objective(o)}`;
      const page = pageTexts.findIndex((t) => t.includes(heading));
      if (page === -1) problems.push(`${heading}: missing`);
      else if (!pageTexts[page]!.includes(`KR ${o}.1 ${bigTitles.keyResult(o, 1)}`)) {
        problems.push(`${heading}: first key result not on page ${page + 1}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
