import { afterEach, describe, expect, it } from 'vitest';
import { formatGrade } from '../../shared/drumbeat';
import { cycleReportContent, cycleReportToMarkdown, workshopToCsv } from '../../shared/export';
import { i18n } from '../../shared/i18n';
import type { WorkshopJson } from '../../shared/model/interchange';
import { parseGrade } from '../../renderer/features/drumbeat/grade-row';
import { sampleJson, workshopFromJson } from '../support/export-workshops';

/**
 * Grades in the workshop's language (issue 13 §4): "0,7" in a German or Italian room, on
 * screen and in the cycle report's Markdown and PDF (one content for both); "0.7" in English
 * as always, and in the CSV and the JSON in every language. A grade field reads back what it
 * shows.
 */
const generatedAt = new Date(2027, 3, 2, 9, 0);

/** The sample, its cycle over, one key result graded 0.7 by the team. */
function graded(language?: string): WorkshopJson {
  const data = sampleJson();
  return {
    ...data,
    cycleStart: '2027-01-04',
    cycleEnd: '2027-03-29',
    objectives: data.objectives.map((o) => ({
      ...o,
      keyResults: o.keyResults.map((k) =>
        k.id === 'k-repeat' ? { ...k, grade: { score: 0.7, reason: 'Nearly there' } } : k,
      ),
    })),
    ...(language && { language }),
  };
}

afterEach(() => i18n.changeLanguage('en'));

describe('a grade as people read it', () => {
  it('has the language’s decimal mark; English and no language keep the dot', () => {
    expect(formatGrade(0.64, 'de')).toBe('0,6');
    expect(formatGrade(0.7, 'it')).toBe('0,7');
    expect(formatGrade(1, 'de-CH')).toBe('1,0');
    expect(formatGrade(0.7, 'en')).toBe('0.7');
    expect(formatGrade(0.7)).toBe('0.7');
    expect(formatGrade(0.7, 'fr')).toBe('0.7');
  });

  it('reads back from the grade field in the language it was shown in', async () => {
    for (const language of ['de', 'it', 'en']) {
      await i18n.changeLanguage(language);
      for (const score of [0, 0.1, 0.3, 0.5, 0.7, 0.9, 1]) {
        const shown = formatGrade(score, language);
        expect(parseGrade(shown), `${language} ${shown}`).toBe(score);
      }
    }
  });
});

describe('the cycle report of a German workshop', () => {
  const de = workshopFromJson(graded('de'));
  const en = workshopFromJson(graded());

  it('writes grades and scores with a comma, English with a dot', () => {
    const kr = (c: ReturnType<typeof cycleReportContent>) =>
      c.objectives.flatMap((o) => o.keyResults).find((k) => k.id === 'k-repeat')!;
    const cDe = cycleReportContent(de, { generatedAt });
    const cEn = cycleReportContent(en, { generatedAt });
    expect(kr(cDe).grade).toBe('0,7');
    expect(kr(cEn).grade).toBe('0.7');
    // Every grade, score and expectation the PDF and the Markdown print.
    const shown = (c: typeof cDe) =>
      c.objectives.flatMap((o) => [o.score, o.expected, ...o.keyResults.map((k) => k.grade)]);
    for (const text of shown(cDe)) expect(text).toMatch(/^(—|[01],\d)$/);
    for (const text of shown(cEn)) expect(text).toMatch(/^(—|[01]\.\d)$/);

    const md = cycleReportToMarkdown(de, { generatedAt });
    expect(md).toContain('| 0,7 |');
    expect(md).toContain('0,0 bis 1,0');
    // (The sample's own titles keep what people typed, "€0.8M".)
    expect(md).not.toMatch(/(Bewertung|erwartet) [01]\.\d|\| [01]\.\d|[01]\.\d \(vorgeschlagen/);
    const enMd = cycleReportToMarkdown(en, { generatedAt });
    expect(enMd).toContain('| 0.7 |');
    expect(enMd).toContain('Grades run from 0.0 to 1.0.');
  });

  it('keeps the dot in the CSV', () => {
    const csv = workshopToCsv(de, { generatedAt });
    expect(csv).toMatch(/,0\.7\r?\n|,0\.7$/m);
    expect(csv).not.toContain('0,7');
  });
});
