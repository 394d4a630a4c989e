import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localIsoDate } from '../../shared/dates';
import type { WorkshopJson } from '../../shared/model/interchange';
import { sampleJson } from '../support/export-workshops';

const root = join(import.meta.dirname, '..', '..');
let dir: string;
let finished: string;

/** Runs the real CLI (`bin/offsite.mjs`), as a user would. */
function offsite(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'offsite.mjs'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const at = (name: string) => join(dir, name);
const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });

/**
 * The sample workshop at the end of a 13-week cycle that ended yesterday (the CLI reads
 * "today" from the clock): weekly check-ins on two key results, one grade, retrospectives.
 */
function finishedCycle(): WorkshopJson {
  const today = localIsoDate(new Date());
  const cycleEnd = addDays(today, -1)!;
  const cycleStart = addDays(cycleEnd, -90)!;
  const data = sampleJson();
  const checkIns = Array.from({ length: 13 }, (_, week) => {
    const date = addDays(cycleStart, 7 * week)!;
    return [
      { id: `f${week}`, keyResultId: 'k-ftf-rate', date, value: 71 + week, confidence: 7 },
      { id: `d${week}`, keyResultId: 'k-dach-logos', date, value: 14 + week, confidence: 4 },
    ];
  }).flat();
  data.objectives[0]!.keyResults[0]!.grade = { score: 0.8, reason: 'Parts pilot rolled out' };
  data.objectives[1]!.retrospective = { learned: 'Partners bring the DACH deals' };
  return {
    ...data,
    cycleStart,
    cycleEnd,
    checkInWeekday: new Date(`${cycleStart}T00:00:00Z`).getUTCDay(),
    checkIns,
    retrospective: { worked: 'The Monday drumbeat', change: 'Grade in week 12' },
  };
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'offsite-cli-cycle-'));
  finished = at('q1.json');
  writeFileSync(finished, JSON.stringify(finishedCycle(), null, 2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('offsite export --report', () => {
  it('--md writes the cycle report: grades, reasons, scores, trends, retrospectives', () => {
    const r = offsite('export', finished, '--report', '--md', at('report.md'));
    expect(r.stderr).toMatch(/wrote .*report\.md \(cycle report, Markdown, /);
    expect(r.code).toBe(0);
    const md = readFileSync(at('report.md'), 'utf8');
    expect(md).toContain('— cycle report\n');
    expect(md).toContain('## Strategy one-pager');
    expect(md).toContain('committed key result is expected to reach 1.0');
    expect(md).toMatch(
      /\| KR 1\.1 \| Raise first-time-fix rate .*\| 0\.8 \| Parts pilot rolled out \|/,
    );
    expect(md).toMatch(/\| KR 2\.1 \| Grow paying DACH customers .*\| 0\.5 \(suggested\) \|/);
    expect(md).toContain('**Score 0.4** · expected 0.7 (aspirational)');
    expect(md).toContain('KR 2.1: Key result: progress from 0 % in week 1 to 46 % in week 13');
    expect(md).toContain('Partners bring the DACH deals');
    expect(md).toContain('### What to change in how we run OKRs\n\nGrade in week 12');
  });

  it('--pdf writes the cycle report PDF, read back by poppler', () => {
    const r = offsite('export', finished, '--report', '--pdf', at('report.pdf'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/cycle report, PDF, A4/);
    const text = pdfText(at('report.pdf'));
    expect(text).toContain('Cycle report · 2027-Q1');
    expect(text).toContain('OKRs and grades');
    expect(text).toContain('Parts pilot rolled out');
    expect(text).toContain('Grow paying DACH customers from 14');
    expect(text).toContain('Over the weeks');
    expect(text).toContain('Objective: progress from');
    expect(text).toContain('Retrospective of the cycle');
    expect(text).toContain('The Monday drumbeat');
  });

  it('refuses --report with a format the report is not made in', () => {
    const r = offsite('export', finished, '--report', '--csv', at('x.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--report writes a PDF or Markdown: use it with --pdf or --md');
  });
});

describe('offsite next-cycle', () => {
  const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as WorkshopJson;

  it('writes the next cycle as .offsite: a new id linked back, carried one-pager, no check-ins', () => {
    const r = offsite(
      'next-cycle',
      finished,
      '--cycle',
      '2027-Q2',
      '--out',
      at('q2.offsite'),
      '--keep',
      'o-dach',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^wrote .*q2\.offsite \(\.offsite\): cycle 2027-Q2, id [0-9a-f-]{36}, follows 2027-Q1, 1 objective kept \(2 key results to redraft\), 3 focus areas and 4 kept projects carried, no check-ins\n$/,
    );
    expect(offsite('validate', at('q2.offsite')).code).toBe(0);
    expect(offsite('convert', at('q2.offsite'), '--out', at('q2-read.json')).code).toBe(0);
    const prev = json(finished);
    const next = json(at('q2-read.json'));
    expect(next.id).not.toBe(prev.id);
    expect(next.cycle).toBe('2027-Q2');
    expect(next.previousCycle).toMatchObject({ id: prev.id, title: prev.title, cycle: '2027-Q1' });
    expect(next.onePager).toEqual(prev.onePager);
    expect(next.checkIns).toEqual([]);
    expect(next.objectives.map((o) => o.id)).toEqual(['o-dach']);
    const krIds = next.objectives[0]!.keyResults.map((k) => k.id);
    expect(krIds).not.toContain('k-dach-logos');
    expect(next.objectives[0]!.keyResults[0]!.baseline).toBe(26);
    const dach = next.previousCycle!.objectives.find((o) => o.id === 'o-dach')!;
    expect(dach.retrospective).toEqual({ learned: 'Partners bring the DACH deals' });
    expect(next.previousCycle!.objectives[0]!.keyResults[0]).toMatchObject({
      grade: 0.8,
      reason: 'Parts pilot rolled out',
    });
  });

  it('writes JSON for a .json OUT; keeps no objective unless asked', () => {
    const r = offsite('next-cycle', finished, '--cycle=2027-Q2', '--out=' + at('q2.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(interchange JSON)');
    expect(r.stdout).toContain('no objective kept');
    const next = json(at('q2.json'));
    expect(next.objectives).toEqual([]);
    expect(next.projects.every((p) => p.column === 'keep')).toBe(true);
    expect(offsite('validate', at('q2.json')).code).toBe(0);
  });

  it('--help says what carries and that no objective is kept by default', () => {
    const r = offsite('next-cycle', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--keep OBJECTIVE_ID');
    expect(r.stdout).toContain('Default: none');
  });

  it('says what is wrong, with exit 2 for arguments and unreadable files, 1 for a bad file', () => {
    const bad = (args: string[], code: number, message: string) => {
      const r = offsite('next-cycle', ...args);
      expect(r.stderr, args.join(' ')).toContain(message);
      expect(r.code, args.join(' ')).toBe(code);
    };
    bad([finished, '--out', at('x.offsite')], 2, 'expected --cycle NAME');
    bad([finished, '--cycle', 'Q2'], 2, 'expected --out OUT');
    bad(
      [finished, '--cycle', 'Q2', '--out', at('x.txt')],
      2,
      '--out must end in .offsite or .json',
    );
    bad([finished, '--cycle', 'Q2', '--out', finished], 2, 'is the input file');
    bad(
      [finished, '--cycle', 'Q2', '--out', at('x.offsite'), '--keep', 'o-nope'],
      2,
      '--keep: no objective with id "o-nope"; the objectives are: o-ftf (Make the first visit',
    );
    bad([at('missing.json'), '--cycle', 'Q2', '--out', at('x.offsite')], 2, 'no such file');
    writeFileSync(at('broken.json'), JSON.stringify({ ...finishedCycle(), title: 7 }));
    bad(
      [at('broken.json'), '--cycle', 'Q2', '--out', at('x.offsite')],
      1,
      'problem(s); nothing written',
    );
  });
});
