import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS, type Finding } from '../../shared/coach';
import { dismissFinding } from '../../shared/model';
import { loadWorkshopDoc, saveWorkshopDoc } from '../../electron/storage/workshop-file';

/** The real `offsite coach`, built and run as a user runs it. */
const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const fixture = join(root, 'test/fixtures/acme-2027.json');

async function offsite(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [join(root, 'bin/offsite.mjs'), ...args],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof err.code === 'number' ? err.code : -1,
      stdout: err.stdout ?? '',
      stderr: err.stderr ?? '',
    };
  }
}

let dir: string;
let weakJson: string;

beforeAll(async () => {
  await run(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root });
  dir = await mkdtemp(join(tmpdir(), 'offsite-coach-'));
  // The fixture plus the classic mistakes: an objective with no key results (an error),
  // a task as an objective and an output as a key result (warnings).
  const data = JSON.parse(await readFile(fixture, 'utf8')) as {
    objectives: { id: string; title: string; keyResults: unknown[]; [k: string]: unknown }[];
  };
  data.objectives.push({
    id: 'o-empty',
    title: 'Maintain uptime',
    team: null,
    parentId: null,
    focusAreaId: 'fa-retain',
    kind: 'committed',
    keyResults: [],
  });
  const first = data.objectives[0]!;
  first.keyResults.push({
    id: 'k-output',
    title: 'Write 10,000 lines of code, up from 6,000',
    direction: 'increase',
  });
  // A key result in French: the coach has no French rules, so it says so and judges nothing.
  first.keyResults.push({
    id: 'k-french',
    title: 'Améliorer la satisfaction client',
    direction: 'increase',
  });
  weakJson = join(dir, 'weak.json');
  await writeFile(weakJson, JSON.stringify(data, null, 2));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('offsite coach', () => {
  it('exits 0 on the sample workshop and prints a readable report', async () => {
    const r = await offsite('coach', fixture);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^acme-2027\.json: 3 objectives, 7 key results — 0 errors/);
  });

  it('--json prints exactly the findings array on stdout', async () => {
    const r = await offsite('coach', fixture, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('exits 1 on an error-severity finding and reports it grouped by objective', async () => {
    const r = await offsite('coach', weakJson);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Objective “Maintain uptime”');
    expect(r.stdout).toMatch(/error\s+Objective “Maintain uptime” has no key results/);
    expect(r.stdout).toContain('[objective-business-as-usual]');
    expect(r.stdout).toContain('Key result “Write 10,000 lines of code, up from 6,000”');
    expect(r.stdout).toContain('[kr-is-output]');
  });

  it('--json on the weak workshop parses to findings of the documented shape', async () => {
    const r = await offsite('coach', '--json', weakJson);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout) as Finding[];
    expect(Array.isArray(findings)).toBe(true);
    for (const f of findings) {
      // The original five fields stay; message ids, params, the language and a rewrite are added.
      const keys = Object.keys(f).filter((k) => k !== 'language' && k !== 'suggestion');
      expect(keys.sort()).toEqual([
        'hint',
        'message',
        'messageId',
        'params',
        'rule',
        'severity',
        'target',
      ]);
      expect(RULE_IDS).toContain(f.rule);
    }
    const summary = findings.map((f) => `${f.rule}@${f.target.id}`);
    expect(summary).toContain('objective-without-krs@o-empty');
    expect(summary).toContain('objective-business-as-usual@o-empty');
    expect(summary).toContain('kr-is-output@k-output');
    expect(findings.find((f) => f.rule === 'objective-without-krs')?.severity).toBe('error');
    // Wording findings carry a rewrite; a French key result is "not checked", never judged.
    const output = findings.find((f) => f.rule === 'kr-is-output')!;
    expect(output.suggestion?.keyResult?.title).toMatch(/from __ .* to __/);
    expect(output.suggestion?.initiative).toBe('Write 10,000 lines of code, up from 6,000');
    const french = findings.filter((f) => f.target.id === 'k-french');
    expect(french.map((f) => f.rule)).toEqual(['not-checked']);
    expect(french[0]).toMatchObject({ severity: 'info', language: 'fr' });
    expect(french[0]!.message).toMatch(/French.*not checked/);
  });

  it('prints each rewrite in the readable report', async () => {
    const r = await offsite('coach', weakJson);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/try: .*from __/);
    expect(r.stdout).toContain('+ initiative: Write 10,000 lines of code, up from 6,000');
    expect(r.stdout).toMatch(/reads as French.*not checked/);
  });

  it('leaves out findings dismissed in an .offsite workshop', async () => {
    const doc = await loadWorkshopDoc(weakJson);
    dismissFinding(doc, 'kr-is-output', 'k-output');
    const file = join(dir, 'dismissed.offsite');
    await saveWorkshopDoc(file, doc);
    const r = await offsite('coach', file, '--json');
    const summary = (JSON.parse(r.stdout) as Finding[]).map((f) => `${f.rule}@${f.target.id}`);
    expect(summary).not.toContain('kr-is-output@k-output');
    expect(summary).toContain('objective-without-krs@o-empty');
    expect(r.code).toBe(1);
  });

  it('exits 2 naming the file when it is missing', async () => {
    const missing = join(dir, 'nope.json');
    const r = await offsite('coach', missing, '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('nope.json');
  });

  it('exits 2 naming the file when it is not a workshop', async () => {
    const junk = join(dir, 'junk.offsite');
    await writeFile(junk, Buffer.from([0, 1, 2, 3, 255, 254, 7]));
    const r = await offsite('coach', junk);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('junk.offsite');
  });

  it('exits 2 on wrong arguments', async () => {
    expect((await offsite('coach')).code).toBe(2);
    expect((await offsite('coach', fixture, fixture)).code).toBe(2);
    const r = await offsite('coach', fixture, '--yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--yaml');
  });
});
