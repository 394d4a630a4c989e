import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mdCell, workshopToMarkdown } from '../../shared/export';
import {
  createKeyResult,
  createObjective,
  initWorkshop,
  readWorkshop,
  setOnePagerText,
} from '../../shared/model';
import { sampleWorkshop } from '../support/export-workshops';

const generatedAt = new Date(2027, 0, 20, 9, 0);

function tables(md: string): Tokens.Table[] {
  return marked.lexer(md).filter((t): t is Tokens.Table => t.type === 'table');
}

function headings(md: string): string[] {
  return marked
    .lexer(md)
    .filter((t): t is Tokens.Heading => t.type === 'heading')
    .map((h) => `${'#'.repeat(h.depth)} ${h.text}`);
}

/** A cell's text as a reader sees it: marked's inline tokens, escapes resolved. */
function cellText(cell: Tokens.TableCell): string {
  const plain = (tokens: readonly Tokens.Generic[]): string =>
    tokens
      .map((t) =>
        t.tokens
          ? plain(t.tokens)
          : t.type === 'escape'
            ? t.text
            : t.type === 'html' && t.text === '<br>'
              ? '\n'
              : t.text,
      )
      .join('');
  return plain(cell.tokens as Tokens.Generic[]);
}

describe('workshopToMarkdown', () => {
  const w = sampleWorkshop();
  const md = workshopToMarkdown(w, { generatedAt, participants: ['Ana Müller', 'Ben'] });

  it('has the same sections as the PDF, in order', () => {
    expect(headings(md)).toEqual([
      '# Acme Field Service — 2027 planning offsite',
      '## Strategy one-pager',
      '### Purpose',
      '### Vision',
      '### Customers',
      '### Focus areas',
      '### What we will not do',
      '### Health metrics',
      '## OKRs',
      '### O1. Make the first visit the only visit',
      '### O2. Become the obvious choice for DACH service companies',
      '### O3. New customers succeed in their first month',
      '## Alignment',
      '## Projects we keep',
      '## Not doing',
      '### Killed projects',
      '### From the one-pager',
      '## Not yet sorted',
      '## Drumbeat',
      '### Check-in calendar',
      '### Status on 20 January 2027',
      '### Progress and confidence over the weeks',
      '### Latest notes',
    ]);
    expect(md).toContain('**Who took part:** Ana Müller, Ben');
    expect(md).toContain('**Date:** 20 January 2027');
  });

  it('renders valid GFM tables: one key-result table per objective, rows and cells as the model', () => {
    const all = tables(md);
    const krTables = all.filter((t) => t.header.map(cellText).includes('Metric'));
    expect(krTables).toHaveLength(3);
    for (const [i, o] of w.objectives.entries()) {
      const t = krTables[i]!;
      const krs = w.keyResults.filter((k) => k.objectiveId === o.id);
      expect(t.header.map(cellText)).toEqual([
        '#',
        'Key result',
        'Metric',
        'Baseline → target',
        'Unit',
        'Current',
        'Confidence',
      ]);
      expect(t.rows).toHaveLength(krs.length);
      for (const [j, k] of krs.entries()) {
        const row = t.rows[j]!;
        expect(row).toHaveLength(7);
        expect(row.map(cellText)).toEqual([
          `KR ${i + 1}.${j + 1}`,
          k.title,
          k.metric,
          `${k.baseline} → ${k.target}`,
          k.unit,
          String(k.current),
          `${k.confidence}/10`,
        ]);
      }
    }
    for (const t of all) for (const row of t.rows) expect(row).toHaveLength(t.header.length);
  });

  it('lists kept, killed and unsorted projects, initiatives, alignment and the drumbeat', () => {
    for (const p of w.projects) expect(md).toContain(p.title);
    const kept = tables(md).find((t) => t.header.map(cellText).includes('Moves'))!;
    expect(kept.rows.map((r) => cellText(r[0]!))).toEqual(
      w.projects.filter((p) => p.column === 'keep').map((p) => p.title),
    );
    expect(md).toContain('- KR 1.1: Parts prediction per job (Data)');
    expect(md).toContain(
      '- **O2** Become the obvious choice for DACH service companies _(Company)_\n  - **O3** New customers',
    );
    const calendar = tables(md).find((t) => t.header.map(cellText).includes('Check-in'))!;
    expect(calendar.rows.map((r) => cellText(r[1]!))).toEqual([
      '2027-01-18',
      '2027-01-25',
      '2027-02-01',
      '2027-02-08',
      '2027-02-15',
      '2027-02-22',
    ]);
    const status = tables(md).find((t) => t.header.map(cellText).includes('Latest'))!;
    // Every key result, checked in or not; the sample has no cycle dates, so none can be
    // judged against the time gone: no data, with the reason (never a green by default).
    expect(status.rows.map((r) => r.map(cellText))).toEqual([
      [
        'KR 1.1',
        'Raise first-time-fix rate from 71% to 85%',
        'No data',
        'no cycle dates to compare progress with the time gone',
        '14%',
        '',
        '73 %',
        '5/10',
        '2027-01-15',
      ],
      ...[
        ['KR 1.2', 'Cut repeat visits per 100 jobs from 22 to 12', '10%'],
        ['KR 1.3', 'Technician app rating from 3.9 to 4.5 stars', '17%'],
        ['KR 2.1', 'Grow paying DACH customers from 14 to 40', '4%'],
        ['KR 2.2', 'Qualified DACH pipeline from €0.8M to €2.5M', '6%'],
      ].map(([label, title, progress]) => [
        label!,
        title!,
        'No data',
        'no check-in yet',
        progress!,
        '',
        '',
        '',
        '',
      ]),
      [
        'KR 3.1',
        'Median time to first dispatched job from 19 days to 7 days',
        'No data',
        'no cycle dates to compare progress with the time gone',
        '17%',
        '',
        '17 days',
        '7/10',
        '2027-01-15',
      ],
      [
        'KR 3.2',
        'Keep 90-day logo churn at or below 2%',
        'No data',
        'no check-in yet',
        '25%',
        '',
        '',
        '',
        '',
      ],
    ]);
    expect(md).toContain(
      '- **O1** Objective: progress from 7 % at check-in 1 to 14 % at check-in 2, from 1 of 3 key results; average confidence from 5 at check-in 1 to 5 at check-in 2.',
    );
    expect(md).toContain('- KR 1.1 (2027-01-15): Überstunden im Lager — parts data is late.');
  });

  it('escapes | and keeps line breaks inside cells without breaking the table', () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: 'Pipes | and *stars*', cycle: 'Q1' });
    setOnePagerText(doc, 'purpose', 'Line one\nLine | two');
    const o = createObjective(doc, { title: 'A | B' });
    createKeyResult(doc, o, {
      title: 'x | y\nsecond line',
      metric: 'a\\|b',
      unit: '_u_',
      baseline: 1,
      target: 2,
    });
    createKeyResult(doc, o, { title: '<b>not html</b> [link](x)', metric: '`code`' });
    const out = workshopToMarkdown(readWorkshop(doc), { generatedAt });
    const [t] = tables(out).filter((t) => t.header.map(cellText).includes('Metric'));
    expect(t!.rows).toHaveLength(2);
    expect(t!.rows[0]!).toHaveLength(7);
    expect(t!.rows.map((r) => r.map(cellText).slice(1, 3))).toEqual([
      ['x | y\nsecond line', 'a\\|b'],
      ['<b>not html</b> [link](x)', '`code`'],
    ]);
    expect(headings(out)[0]).toBe('# Pipes \\| and \\*stars\\*');
    expect(out).toContain('Line one  \nLine \\| two');
  });

  it('cell escaping', () => {
    expect(mdCell('a|b')).toBe('a\\|b');
    expect(mdCell('a\nb')).toBe('a<br>b');
    expect(mdCell('a\\|b')).toBe('a\\\\\\|b');
  });

  it('says so when there is nothing yet, and ends with one newline', () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: 'Empty' });
    const out = workshopToMarkdown(readWorkshop(doc), { generatedAt });
    expect(out).toContain('_No objectives yet._');
    expect(out).toContain('_No check-ins yet._');
    expect(out).toContain('Weekly on Mondays from 2027-01-20.');
    expect(out.endsWith('.\n') || out.endsWith('_\n')).toBe(true);
    expect(out).not.toMatch(/\n\n\n/);
  });
});

describe('latest status follows the Drumbeat rules', () => {
  it('a key result far behind the time gone in the cycle is behind', () => {
    const w = sampleWorkshop();
    // Half of the cycle gone on 2027-01-20 (expected 50%); KR 1.1 is at 14%: 36 points behind.
    const late = { ...w, meta: { ...w.meta, cycleStart: '2026-12-22', cycleEnd: '2027-02-18' } };
    const status = tables(workshopToMarkdown(late, { generatedAt })).find((t) =>
      t.header.map(cellText).includes('Status'),
    )!;
    const kr11 = status.rows.find((r) => cellText(r[0]!) === 'KR 1.1')!;
    expect(cellText(kr11[2]!)).toBe('Behind');
    expect(cellText(kr11[3]!)).toBe('14 % done, 50 % expected by now');
    expect(cellText(kr11[4]!)).toBe('14%');
    expect(cellText(kr11[5]!)).toBe('50%');
  });
});

describe('the drumbeat calendar with cycle dates', () => {
  it('uses the Drumbeat view’s weeks: a check-in a day early counts in its week', () => {
    const w = sampleWorkshop();
    // Fridays from 2027-01-01; the fixture's check-ins are on Fridays 01-08 and 01-15, and
    // one moved to Thursday 01-14 still belongs to the week of Friday 01-15.
    const dated = {
      ...w,
      meta: { ...w.meta, cycleStart: '2027-01-01', cycleEnd: '2027-03-31', checkInWeekday: 5 },
      checkIns: w.checkIns.map((c) => (c.id === 'c3' ? { ...c, date: '2027-01-14' } : c)),
    };
    const calendar = tables(workshopToMarkdown(dated, { generatedAt })).find((t) =>
      t.header.map(cellText).includes('Check-in'),
    )!;
    const rows = calendar.rows.map((r) => r.map(cellText));
    expect(rows[0]![1]).toBe('2027-01-01');
    expect(rows[1]![1]).toBe('2027-01-08');
    expect(rows[2]![1]).toBe('2027-01-15');
    expect(rows[1]!.at(-1)).toBe('✓ 1');
    expect(rows[2]!.at(-1)).toBe('✓ 2');
  });
});
