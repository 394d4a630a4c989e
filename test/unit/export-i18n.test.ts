import { describe, expect, it } from 'vitest';
import {
  cycleReportToMarkdown,
  exportContent,
  workshopToCsv,
  workshopToJsonText,
  workshopToMarkdown,
} from '../../shared/export';
import type { WorkshopJson } from '../../shared/model/interchange';
import { sampleJson, workshopFromJson } from '../support/export-workshops';

/**
 * The documents in the workshop's language (issue 13 §4): a German workshop's Markdown and
 * cycle report say the status reasons, the weeks and the charts in German and write decimals
 * with a comma ("0,8"); English says what it always said; the machine formats (CSV, JSON)
 * keep plain dot numbers in every language.
 */
const generatedAt = new Date(2027, 0, 20, 9, 0);
const dated = (language?: string): WorkshopJson => ({
  ...sampleJson(),
  cycleStart: '2027-01-04',
  cycleEnd: '2027-03-29',
  // A key result at risk: its confidence dropped to 2 of 10 this week.
  checkIns: [
    ...sampleJson().checkIns!,
    { id: 'c9', keyResultId: 'k-repeat', date: '2027-01-19', value: 21, confidence: 2 },
  ],
  ...(language && { language }),
});

describe('a German workshop’s documents', () => {
  const de = workshopFromJson(dated('de'));
  const en = workshopFromJson(dated());

  it('write decimals with a comma, English with a dot', () => {
    const row = (w: typeof de) =>
      exportContent(w, { generatedAt })
        .objectives.flatMap((o) => o.keyResults)
        .find((k) => k.id === 'k-dach-pipe')!;
    expect(row(de).baseline).toBe('0,8');
    expect(row(de).baselineToTarget).toBe('0,8 → 2,5');
    expect(row(de).current).toBe('0,9');
    expect(row(en).baselineToTarget).toBe('0.8 → 2.5');
    expect(workshopToMarkdown(de, { generatedAt })).toContain('0,8 → 2,5');
    expect(workshopToMarkdown(en, { generatedAt })).toContain('0.8 → 2.5');
  });

  it('give the status’s reasons, the weeks and the charts in German', () => {
    const c = exportContent(de, { generatedAt });
    const ftf = c.status.find((s) => s.id === 'k-ftf-rate')!;
    const silent = c.status.find((s) => s.id === 'k-dach-pipe')!;
    const risk = c.status.find((s) => s.id === 'k-repeat')!;
    expect(ftf.weeks).toBe('Woche 3 von 13: 2 eingecheckt, 1 verpasst');
    expect(risk.status).toBe('Gefährdet');
    expect(risk.why).toBe('Zuversicht 2 von 10');
    expect(silent.why).toBe('noch kein Check-in');
    const enContent = exportContent(en, { generatedAt });
    const enFtf = enContent.status.find((s) => s.id === 'k-ftf-rate')!;
    expect(enFtf.weeks).toBe('Week 3 of 13: 2 checked in, 1 missed');
    expect(enContent.status.find((s) => s.id === 'k-dach-pipe')!.why).toBe('no check-in yet');
    expect(enContent.status.find((s) => s.id === 'k-repeat')!.why).toBe('confidence 2 of 10');
    // The chart's words: English as the rule wrote them, German from the same points.
    expect(enFtf.chart.summary).toMatch(/^Key result: progress from /);
    expect(ftf.chart.summary).not.toBe(enFtf.chart.summary);
    expect(ftf.chart.summary).not.toMatch(/\b(progress|week|expected)\b/);
    const md = workshopToMarkdown(de, { generatedAt });
    for (const english of ['no check-in yet', 'checked in', 'Key result:', 'Objective:'])
      expect(md).not.toContain(english);
  });

  it('say the cycle report in German', () => {
    const md = cycleReportToMarkdown(de, { generatedAt });
    expect(md).toContain('# Acme Field Service — 2027 planning offsite — Zyklusbericht');
    expect(md).toContain('## OKRs und Bewertungen');
    expect(md).toContain('**Über die Wochen:**');
    expect(md).toContain('_Nicht geschrieben._');
    expect(md).toContain('0,8 → 2,5');
    for (const english of [
      'cycle report',
      'Over the weeks',
      'Retrospective',
      'Not written',
      'Grades run',
      '(suggested)',
      'Score ',
      'Key result',
    ])
      expect(md).not.toContain(english);
    const enMd = cycleReportToMarkdown(en, { generatedAt });
    expect(enMd).toContain('# Acme Field Service — 2027 planning offsite — cycle report');
    expect(enMd).toContain('**Over the weeks:**');
    expect(enMd).toContain('## Retrospective of the cycle');
    expect(enMd).toContain('0.8 → 2.5');
  });

  it('keep plain dot numbers in the CSV and the JSON, in every language', () => {
    const csv = workshopToCsv(de, { generatedAt });
    expect(csv).toContain(',0.8,2.5,0.9,');
    expect(csv).not.toContain('0,8');
    const json = JSON.parse(workshopToJsonText(de)) as WorkshopJson;
    const pipe = json.objectives.flatMap((o) => o.keyResults).find((k) => k.id === 'k-dach-pipe');
    expect(pipe?.baseline).toBe(0.8);
  });
});
