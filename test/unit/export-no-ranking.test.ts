import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  cycleReportToMarkdown,
  workshopToCsv,
  workshopToJsonText,
  workshopToMarkdown,
} from '../../shared/export';
import {
  createCheckIn,
  editRetroText,
  importWorkshopJson,
  readWorkshop,
  setGrade,
  type Workshop,
} from '../../shared/model';
import { chainOf } from '../../renderer/sync/cycle-chain';
import { sampleJson } from '../support/export-workshops';

const AUTHORS = ['Ana Quarterly', 'Ben Weekly'];

/** The sample, with a quarter of weekly check-ins recorded by two people across three KRs. */
function checkedInByTwo(): Workshop {
  const doc = new Y.Doc();
  importWorkshopJson(doc, {
    ...sampleJson(),
    checkIns: [],
    cycleStart: '2027-01-04',
    cycleEnd: '2027-04-02',
    checkInWeekday: 1,
  });
  for (let week = 0; week < 12; week++) {
    const date = new Date(Date.UTC(2027, 0, 4 + 7 * week)).toISOString().slice(0, 10);
    createCheckIn(doc, 'k-ftf-rate', {
      date,
      value: 71 + week,
      confidence: 6,
      author: AUTHORS[week % 2],
      note: `week ${week + 1}`,
    });
    createCheckIn(doc, 'k-dach-logos', {
      date,
      value: 14 + week,
      confidence: 5,
      author: AUTHORS[0],
    });
  }
  createCheckIn(doc, 'k-ttv', { date: '2027-03-29', value: 9, confidence: 8, author: AUTHORS[1] });
  setGrade(doc, 'k-ftf-rate', { score: 0.8, reason: 'Close' });
  editRetroText(doc, null, 'worked', 0, 0, 'Weekly rhythm');
  return readWorkshop(doc);
}

/**
 * Every place a name appears: the line (a Markdown line, a CSV row) around it. A name next
 * to its own check-in shares the line with that check-in's date; anything else — a total, a
 * count, a score, a ranking — would put it beside numbers of no check-in of theirs.
 */
function linesNaming(text: string, name: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.includes(name));
}

describe('nothing ranks people', () => {
  const w = checkedInByTwo();
  const generatedAt = new Date(2027, 3, 1, 12);
  const ownDates = (name: string) =>
    new Set(w.checkIns.filter((c) => c.author === name).map((c) => c.date));

  it('the Markdown names an author only beside a check-in of theirs, with its own date', () => {
    const md = workshopToMarkdown(w, { generatedAt });
    for (const name of AUTHORS) {
      const lines = linesNaming(md, name);
      expect(lines.length, name).toBeGreaterThan(0);
      for (const line of lines) {
        const dates = line.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
        expect(dates.length, line).toBeGreaterThan(0);
        for (const d of dates) expect(ownDates(name).has(d), `${name}: ${line}`).toBe(true);
        // Never "Ana: 12 check-ins", "Ana (3)", a score or a rank right after the name.
        expect(line, line).not.toMatch(new RegExp(`${name}\\W{0,3}\\d`));
      }
    }
  });

  it('no export counts, sums or scores anything per person', () => {
    const texts = {
      markdown: workshopToMarkdown(w, { generatedAt }),
      report: cycleReportToMarkdown(w, { generatedAt }),
      csv: workshopToCsv(w),
    };
    // The report grades key results and objectives: it names no author at all.
    for (const name of AUTHORS) expect(texts.report).not.toContain(name);
    // The CSV is one row per key result: no author column, no names.
    for (const name of AUTHORS) expect(texts.csv).not.toContain(name);
    for (const text of Object.values(texts)) {
      expect(text).not.toMatch(/leaderboard|ranking|per person|owner performance|top contributor/i);
    }
  });

  it('the JSON keeps each author on their check-in, and nowhere else', () => {
    const json = JSON.parse(workshopToJsonText(w)) as {
      checkIns: { author?: string }[];
    } & Record<string, unknown>;
    const named = json.checkIns.filter((c) => c.author !== undefined).length;
    expect(named).toBe(25);
    const elsewhere = JSON.stringify({ ...json, checkIns: [] });
    for (const name of AUTHORS) expect(elsewhere).not.toContain(name);
  });
});

describe('the chain of cycles on this device', () => {
  const entry = (id: string, cycle: string, previousCycleId?: string, updatedAt = 1) => ({
    id,
    title: 'Acme',
    cycle,
    updatedAt,
    ...(previousCycleId ? { previousCycleId } : {}),
  });

  it('walks back and forward from any cycle, oldest first', () => {
    const entries = [entry('q1', 'Q1'), entry('q2', 'Q2', 'q1'), entry('q3', 'Q3', 'q2')];
    const chain = chainOf(entries, entries[1]!, { id: 'q1', title: 'Acme', cycle: 'Q1' });
    expect(chain.map((l) => [l.id, l.local])).toEqual([
      ['q1', true],
      ['q2', true],
      ['q3', true],
    ]);
  });

  it('shows a previous cycle that is not here, and survives a loop', () => {
    const chain = chainOf([entry('q2', 'Q2', 'gone')], entry('q2', 'Q2'), {
      id: 'gone',
      title: 'Acme',
      cycle: 'Q1',
    });
    expect(chain.map((l) => [l.cycle, l.local])).toEqual([
      ['Q1', false],
      ['Q2', true],
    ]);
    const loop = [entry('a', 'A', 'b'), entry('b', 'B', 'a')];
    expect(chainOf(loop, loop[0]!, { id: 'b', title: '', cycle: 'B' }).map((l) => l.id)).toEqual([
      'b',
      'a',
    ]);
  });
});
