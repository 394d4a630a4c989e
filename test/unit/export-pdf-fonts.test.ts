import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nodePdfFonts } from '../../electron/export/fonts';
import { parseUnicodeRange, pickSubsets } from '../../shared/export/pdf/fallback-fonts';
import { footerLine } from '../../shared/export/pdf/footer';
import { printedTexts } from '../../shared/export/pdf/printed-texts';
import {
  drawnCodePoints,
  scriptName,
  unrenderableWarnings,
} from '../../shared/export/pdf/unrenderable';
import { woffToSfnt } from '../../shared/export/pdf/woff';
import { sampleJson, workshopFromJson } from '../support/export-workshops';

const require = createRequire(import.meta.url);
/** fontkit (what @react-pdf reads fonts with) has no type declarations: the part used here. */
const fontkit = require('fontkit') as {
  create(data: Buffer): { hasGlyphForCodePoint(cp: number): boolean; familyName: string };
};
const fallback = nodePdfFonts().fallback!;
const cps = (s: string) => [...s].map((c) => c.codePointAt(0)!);

describe('fallback fonts: which subsets a text needs', () => {
  it('parses CSS unicode-range lists', () => {
    expect(parseUnicodeRange('U+20,U+4e00-9fff, U+1F600')).toEqual([
      [0x20, 0x20],
      [0x4e00, 0x9fff],
      [0x1f600, 0x1f600],
    ]);
  });

  it('picks nothing for no characters, and few subsets for a short Chinese text', async () => {
    expect(await pickSubsets(fallback, [])).toEqual([]);
    const picked = await pickSubsets(fallback, cps('数据漢字テスト'));
    expect(picked.every((p) => p.pkg === 'noto-sans-sc')).toBe(true);
    expect(picked.length).toBeGreaterThan(0);
    expect(picked.length).toBeLessThanOrEqual(7);
  });

  it('sends each script to its package: Arabic, Hebrew, emoji, Chinese, then Korean for Hangul', async () => {
    const picked = await pickSubsets(fallback, cps('مש🚀数 한국어 목표 달성'));
    expect([...new Set(picked.map((p) => p.pkg))]).toEqual([
      'noto-sans-arabic',
      'noto-sans-hebrew',
      'noto-emoji',
      'noto-sans-sc',
      'noto-sans-kr',
    ]);
  });

  it('keeps an emoji and its skin-tone modifier in one subset, so they ligate', async () => {
    const picked = await pickSubsets(fallback, cps('👍🏽'));
    expect(picked).toHaveLength(1);
  });

  it('leaves out what no package has (Thai)', async () => {
    // (Noto Sans SC happens to hold three Thai letters, ท among them: not these.)
    expect(await pickSubsets(fallback, cps('ดสอบ'))).toEqual([]);
  });
});

describe('woffToSfnt', () => {
  it('unpacks a WOFF that fontkit itself cannot read (Noto Sans SC subset 101)', async () => {
    const file = require.resolve('@fontsource/noto-sans-sc/files/noto-sans-sc-101-400-normal.woff');
    const woff = readFileSync(file);
    expect(() => fontkit.create(woff).hasGlyphForCodePoint(0x4e53)).toThrow();
    const sfnt = await woffToSfnt(woff, (d) => inflateSync(d));
    const font = fontkit.create(Buffer.from(sfnt));
    expect(font.hasGlyphForCodePoint(0x4e53)).toBe(true);
    expect(font.familyName).toBe('Noto Sans SC');
  });

  it('refuses what is not WOFF', async () => {
    await expect(woffToSfnt(new Uint8Array(60), (d) => d)).rejects.toThrow(/not a WOFF/);
  });
});

describe('warnings for text no font can draw', () => {
  it('names scripts in words, and none for common characters', () => {
    expect(scriptName(0x0e17)).toBe('Thai');
    expect(scriptName(0x1400 + 1)).toBe('Canadian Aboriginal');
    expect(scriptName(0x31)).toBeNull();
  });

  it('ignores characters that draw nothing (joiners, variation selectors, controls)', () => {
    expect(drawnCodePoints('a\u200d\ufe0f\u00ad\tb')).toEqual([0x61, 0x62]);
  });

  it('one line per field: scripts by name, other characters by themselves', () => {
    const warnings = unrenderableWarnings(
      [
        { path: 'objectives[0].title', text: 'ทดสอบ and हिन्दी' },
        { path: 'title', text: 'fine' },
        { path: 'onePager.purpose', text: 'Music 𝄞' },
      ],
      (cp) => cp < 0x0900,
    );
    expect(warnings).toEqual([
      'objectives[0].title: contains Thai and Devanagari script, which the PDF cannot render',
      'onePager.purpose: contains the character “𝄞” (U+1D11E), which the PDF cannot render',
    ]);
  });

  it('names fields by their interchange JSON path', () => {
    const paths = printedTexts(workshopFromJson(sampleJson()), ['Ana']).map((t) => t.path);
    expect(paths).toContain('title');
    expect(paths).toContain('participants[0]');
    expect(paths).toContain('onePager.focusAreas[2].description');
    expect(paths).toContain('objectives[1].keyResults[0].title');
    expect(paths).toContain('projects[0].rationale');
    expect(paths).toContain('checkIns[0].note');
  });
});

describe('footer (issue 15, item 11)', () => {
  it('separates title, cycle and page with " · "', () => {
    expect(footerLine('Acme — offsite', '2027-Q1', 2, 5)).toBe(
      'Acme — offsite · 2027-Q1 · Page 2 of 5',
    );
    expect(footerLine('', '', 1, 1)).toBe('Untitled workshop · Page 1 of 1');
    const long = footerLine('x'.repeat(200), 'Q1', 1, 2);
    expect(long).toBe(`${'x'.repeat(79)}… · Q1 · Page 1 of 2`);
  });
});
