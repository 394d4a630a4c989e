import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopJson } from '../../shared/model/interchange';
import { sampleJson } from '../support/export-workshops';

/*
 * Issue 15, item 11: text in every script the PDF promises, exported through the real CLI
 * and read back by poppler. pdftotext must give back the characters as typed (so they were
 * drawn with real glyphs, mapped back to Unicode), pdffonts must list the Noto fonts that
 * drew them, and pdftoppm renders the pages to PNG under test-results/pdf-scripts/ (git
 * ignored) for a person to look at. Thai has no font: the export warns and names the field.
 */

const root = join(import.meta.dirname, '..', '..');
/** Page images for a person to look at; kept after the run. */
const ARTEFACTS = join(root, 'test-results', 'pdf-scripts');
let dir: string;

const TEXT = {
  title: '数据 Ελληνικά Кириллица',
  objectiveCjk: '漢字テスト 😀 数据',
  objectiveArabic: 'مرحبا بالعالم',
  objectiveHebrew: 'שלום עולם',
  korean: '한국어 목표 달성',
  urdu: 'یہ ہے',
  emoji: 'Launch 🚀 👍🏽 ✅',
  thai: 'ทดสอบ Thai text',
  greek: 'Ελληνικά γράμματα',
  cyrillic: 'Кириллица и текст',
} as const;

function scriptsJson(): WorkshopJson {
  const data = sampleJson();
  data.title = TEXT.title;
  data.onePager.purpose = `${TEXT.greek}\n${TEXT.cyrillic}\n${TEXT.korean}`;
  data.objectives[0]!.title = TEXT.objectiveCjk;
  data.objectives[1]!.title = TEXT.objectiveArabic;
  data.objectives[2]!.title = TEXT.objectiveHebrew;
  data.objectives[0]!.keyResults[0]!.title = TEXT.thai;
  data.objectives[0]!.keyResults[1]!.title = TEXT.emoji;
  data.objectives[1]!.keyResults[0]!.title = TEXT.urdu;
  // Italic text (a check-in note) in Arabic and Hebrew: DejaVu's oblique face has neither.
  data.checkIns[0]!.note = `${TEXT.objectiveArabic} · ${TEXT.objectiveHebrew}`;
  return data;
}

function exportPdf(input: WorkshopJson, name: string) {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(input));
  const pdf = join(dir, `${name}.pdf`);
  const r = spawnSync(
    process.execPath,
    [join(root, 'bin', 'offsite.mjs'), 'export', file, '--pdf', pdf],
    { encoding: 'utf8', timeout: 120_000 },
  );
  return { code: r.status, stderr: r.stderr, stdout: r.stdout, pdf };
}

const text = (pdf: string, ...args: string[]) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', ...args, pdf, '-'], { encoding: 'utf8' });

/** Each word's box on a page: `pdftotext -bbox`, as [word, xMin, yMin]. */
function words(pdf: string, page: number): [string, number, number][] {
  const html = text(pdf, '-bbox', '-f', String(page), '-l', String(page));
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(
    (m) => [m[3]!, Number(m[1]), Number(m[2])],
  );
}

function fontNames(pdf: string): string[] {
  return execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .slice(2)
    .map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
}

let scripts: ReturnType<typeof exportPdf>;
let latin: ReturnType<typeof exportPdf>;

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'offsite-pdf-scripts-'));
  scripts = exportPdf(scriptsJson(), 'scripts');
  latin = exportPdf(sampleJson(), 'latin');
  rmSync(ARTEFACTS, { recursive: true, force: true });
  mkdirSync(ARTEFACTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', scripts.pdf, join(ARTEFACTS, 'scripts')]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('PDF text in every script (issue 15, item 11)', () => {
  it('warns on stderr, naming the field, for the one script it has no font for, and exits 1', () => {
    expect(scripts.stdout).toBe('');
    expect(scripts.stderr).toContain(
      'offsite export: warning: objectives[0].keyResults[0].title: contains Thai script, which the PDF cannot render\n',
    );
    // Only that field: every other script is drawn.
    expect(scripts.stderr.match(/warning:/g)).toHaveLength(1);
    expect(scripts.stderr).toMatch(/wrote .*scripts\.pdf \(PDF, A4, \d+ KB\)\n$/);
    expect(scripts.code).toBe(1);
    expect(existsSync(scripts.pdf)).toBe(true);
  });

  it('a Latin-only workshop exports with no warning and exit 0', () => {
    expect(latin.stderr).not.toContain('warning');
    expect(latin.code).toBe(0);
  });

  it('gives back every script as typed: CJK, Greek, Cyrillic, Korean, Arabic, Urdu, Hebrew, emoji', () => {
    const all = text(scripts.pdf);
    for (const s of [
      '数据',
      '漢字テスト',
      'Ελληνικά γράμματα',
      'Кириллица и текст',
      '한국어 목표 달성',
      '🚀',
      '✅',
      '😀',
    ])
      expect(all).toContain(s);
    // Right-to-left words, each read back in logical order (poppler undoes the visual order).
    // Not "بالعالم" or "یہ" whole: an initial-form glyph (its "ب", its "ی") maps back to
    // nothing in the PDF's ToUnicode table (pdfkit), though it is drawn (see the images).
    for (const word of ['مرحبا', 'العالم', 'שלום', 'עולם', 'ہے']) expect(all).toContain(word);
    expect(all).not.toContain('\uFFFD');
  });

  it('draws them with the Noto fonts, loaded only when needed', () => {
    const used = fontNames(scripts.pdf);
    for (const name of [
      'NotoSansSC-Regular',
      'NotoSansSC-Bold',
      'NotoSansKR-Regular',
      'NotoSansArabic-Bold',
      'NotoSansArabic-Regular',
      'NotoSansHebrew-Bold',
      'NotoEmoji-Regular',
    ])
      expect(used).toContain(name);
    expect([...new Set(fontNames(latin.pdf))].sort()).toEqual([
      'DejaVuSans',
      'DejaVuSans-Bold',
      'DejaVuSans-Oblique',
    ]);
  });

  it('keeps DejaVu’s spacing and baselines: a fallback font takes neither spaces nor line height', () => {
    // A Latin key result's words sit where they sit without any other script in the
    // document (the Arabic font, were it to take the spaces, would narrow them).
    const span = (list: [string, number, number][]) => {
      const start = list.find(([t]) => t === 'Technician')!;
      const end = list.find(([t, , y]) => t === 'from' && y === start[2])!;
      return end[1] - start[1];
    };
    const withScripts = words(scripts.pdf, 3);
    expect(span(withScripts)).toBeCloseTo(span(words(latin.pdf, 3)), 1);
    // O3's facts line: "Parent: مرحبا بالعالم" on the same baseline as "Level:".
    const level = withScripts.filter(([t]) => t === 'Level:').at(-1)!;
    const parent = withScripts.find(([t]) => t === 'Parent:')!;
    expect(parent[2]).toBeCloseTo(level[2], 1);
  });

  it('leaves page images to look at', () => {
    expect(readdirSync(ARTEFACTS).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(
      4,
    );
  });
});
