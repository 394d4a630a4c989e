import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodePdfFonts } from '../../electron/export/fonts';
import { renderWorkshopPdf } from '../../shared/export/pdf';
import { readWorkshop, type Workshop } from '../../shared/model';
import { sampleDoc, withMeetings } from '../support/meeting-workshops';

/*
 * The weekly meetings in the PDF, read back by poppler: each team's latest meeting after the
 * Drumbeat, its squares and wins, ratings as words; no section without a meeting.
 */

const generatedAt = new Date(2027, 0, 20, 9, 0);
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'offsite-pdf-meetings-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pdfText(name: string, w: Workshop): Promise<string> {
  const bytes = await renderWorkshopPdf(w, { paper: 'a4', fonts: nodePdfFonts(), generatedAt });
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  });
  return raw.replace(/\s+/g, ' ').trim();
}

describe('the weekly meetings in the PDF', () => {
  it('prints each team’s latest meeting after the Drumbeat: squares, confidence, ratings in words, wins', async () => {
    const text = await pdfText('meetings.pdf', readWorkshop(withMeetings()));
    const start = text.indexOf('Weekly meetings');
    expect(start).toBeGreaterThan(text.indexOf('Drumbeat'));
    const part = text.slice(start);
    const cs = part.slice(
      part.indexOf('Customer Success · week of 19 January 2027'),
      part.indexOf('Platform · week of 19 January 2027'),
    );
    expect(part.indexOf('Company · week of 2 March 2027')).toBeGreaterThan(-1);
    for (const needle of [
      'THIS WEEK’S PRIORITIES',
      'Ship the onboarding checklist',
      'Call the *three* stuck customers',
      'Draft the churn interview guide',
      '7/10 (up 3 since the check-in before; over the weeks: 4, 7)',
      '6/10 (first check-in; agreed in a confidence round)',
      'Vienna go-live',
      'Net revenue retention: Red',
      ': Not rated',
      'First dispatched job in 6 days',
    ])
      expect(cs).toContain(needle);
    expect(part).not.toContain('An older priority');
    expect(part).not.toContain('Planned two weeks ahead');
    for (const name of ['Ana Author', 'Rita Rounder']) expect(part).not.toContain(name);
  }, 60_000);

  it('has no meetings section when no meeting was held', async () => {
    const text = await pdfText('none.pdf', readWorkshop(sampleDoc()));
    expect(text).not.toContain('Weekly meetings');
  }, 60_000);
});
