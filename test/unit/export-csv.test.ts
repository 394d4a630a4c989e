import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { keyResultProgress } from '../../shared/drumbeat';
import { CSV_HEADER, csvField, guardCell, workshopToCsv } from '../../shared/export';
import { createKeyResult, createObjective, initWorkshop, readWorkshop } from '../../shared/model';
import { sampleWorkshop } from '../support/export-workshops';

const num = (n: number | null) => (n === null ? '' : String(n));

function readBack(csv: string, bom = false): string[][] {
  return parse(csv, { bom, relax_column_count: false, record_delimiter: '\r\n' }) as string[][];
}

describe('workshopToCsv', () => {
  it('reads back, by a real CSV parser, as one row per key result equal to the model', () => {
    const w = sampleWorkshop();
    const rows = readBack(workshopToCsv(w));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    const expected = w.objectives.flatMap((o) =>
      w.keyResults
        .filter((k) => k.objectiveId === o.id)
        .map((k) => [
          o.title,
          k.team || o.team || '',
          k.title,
          k.metric,
          k.unit,
          num(k.baseline),
          num(k.target),
          num(k.current),
          num(k.confidence),
          'No data', // the sample has no cycle dates: nothing to compare progress with
          num(Math.round(keyResultProgress(k, w.checkIns).progress! * 100) / 100),
          '',
        ]),
    );
    expect(rows.slice(1)).toEqual(expected);
    expect(rows).toHaveLength(1 + 7);
    // Spot checks against the fixture itself, not only against the same snapshot.
    expect(rows[5]).toEqual([
      'Become the obvious choice for DACH service companies',
      '',
      'Qualified DACH pipeline from €0.8M to €2.5M',
      'Qualified pipeline',
      '€M',
      '0.8',
      '2.5',
      '0.9',
      '4',
      'No data',
      '0.06',
      '',
    ]);
    expect(rows[6]![1]).toBe('Customer Success');
  });

  it('quotes commas, quotes, CR and LF per RFC 4180, with CRLF line ends, and keeps unicode', () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: 't' });
    const tricky = {
      objective: 'Grow, then "keep" – Überstunden ✓',
      kr: 'Line one\nline two\r\nline three, with "quotes"',
      metric: 'plain',
      unit: '€',
    };
    const o = createObjective(doc, { title: tricky.objective, team: 'Ops; Sales' });
    createKeyResult(doc, o, {
      title: tricky.kr,
      metric: tricky.metric,
      unit: tricky.unit,
      baseline: -1.5,
      target: 0,
    });
    const csv = workshopToCsv(readWorkshop(doc));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"Grow, then ""keep"" – Überstunden ✓"');
    // Every record ends in CRLF; the bare LF is inside a quoted field only.
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(outsideQuotes).not.toMatch(/[^\r]\n/);
    const rows = readBack(csv);
    expect(rows[1]).toEqual([
      tricky.objective,
      'Ops; Sales',
      tricky.kr,
      'plain',
      '€',
      '-1.5',
      '0',
      '',
      '',
      'No data',
      '',
      '',
    ]);
  });

  it('quotes only when needed', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('')).toBe('');
  });

  it('adds a UTF-8 BOM only when asked, and a BOM-aware parser reads the same rows', () => {
    const w = sampleWorkshop();
    const plain = workshopToCsv(w);
    const withBom = workshopToCsv(w, { bom: true });
    expect(plain.charCodeAt(0)).not.toBe(0xfeff);
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    expect(Array.from(new TextEncoder().encode(withBom).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(withBom.slice(1)).toBe(plain);
    expect(readBack(withBom, true)).toEqual(readBack(plain));
  });

  it('guards formula-leading text cells by default (issue 15, item 10), never numbers', () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: 't' });
    const o = createObjective(doc, { title: '=HYPERLINK("http://x")' });
    createKeyResult(doc, o, { title: '@SUM(A1)', metric: '+1', baseline: -5, target: 3 });
    const w = readWorkshop(doc);
    const guarded = readBack(workshopToCsv(w))[1]!;
    // "+1" is a plain number: a spreadsheet reads 1, nothing runs.
    expect(guarded.slice(0, 4)).toEqual([`'=HYPERLINK("http://x")`, '', `'@SUM(A1)`, '+1']);
    expect(guarded[5]).toBe('-5');
    expect(readBack(workshopToCsv(w, { guardFormulas: false }))[1]!.slice(0, 4)).toEqual([
      '=HYPERLINK("http://x")',
      '',
      '@SUM(A1)',
      '+1',
    ]);
  });

  it('guardCell: prefixes a quote and always quotes the cell, as OWASP advises', () => {
    expect(guardCell('=1+1')).toBe(`"'=1+1"`);
    expect(guardCell("+cmd|' /C calc'!A0")).toBe(`"'+cmd|' /C calc'!A0"`);
    expect(guardCell('-2+3')).toBe(`"'-2+3"`);
    expect(guardCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(guardCell('\t=1+1')).toBe(`"'\t=1+1"`);
    expect(guardCell('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(guardCell('＝1+1')).toBe(`"'＝1+1"`);
    expect(guardCell('=A1&"x"')).toBe(`"'=A1&""x"""`);
    // Plain numbers stay numbers; text that does not start like a formula is untouched.
    for (const n of ['-5', '+1.5', '-0.25', '.5']) expect(guardCell(n)).toBe(n);
    expect(guardCell('Grow = win')).toBe('Grow = win');
    expect(guardCell('a,b')).toBe('"a,b"');
    expect(guardCell('')).toBe('');
  });

  it('is just the header for a workshop without key results', () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: 'empty' });
    createObjective(doc, { title: 'No KRs yet' });
    expect(workshopToCsv(readWorkshop(doc))).toBe(`${CSV_HEADER.join(',')}\r\n`);
  });
});
