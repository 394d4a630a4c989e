import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeOffsiteFile, importWorkshopJson, type WorkshopJson } from '../../shared/model';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const fixturePath = fileURLToPath(new URL('../fixtures/acme-2027.json', import.meta.url));
const malformed = (name: string) =>
  fileURLToPath(new URL(`../fixtures/malformed/${name}.json`, import.meta.url));
let dir: string;
let fixture: WorkshopJson;

/** The real CLI, as `npx offsite` runs it: bin/offsite.mjs → out/cli/offsite.mjs. */
function offsite(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(repo, 'bin/offsite.mjs'), ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], {
    cwd: repo,
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
  dir = await mkdtemp(join(tmpdir(), 'offsite-cli-'));
  fixture = JSON.parse(await readFile(fixturePath, 'utf8')) as WorkshopJson;
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function offsiteFileOfFixture(name: string): Promise<string> {
  const doc = new Y.Doc();
  importWorkshopJson(doc, fixture);
  const path = join(dir, name);
  await writeFile(path, encodeOffsiteFile(doc));
  return path;
}

describe('offsite validate', () => {
  it('the sample: exit 0 and a one-line summary', () => {
    expect(offsite('validate', fixturePath)).toEqual({
      status: 0,
      stdout: 'acme-2027.json: valid — 3 objectives, 7 key results, 9 projects\n',
      stderr: '',
    });
  });

  it('a malformed file: exit 1, every problem as `path: message` on stdout', () => {
    expect(offsite('validate', malformed('several-problems'))).toEqual({
      status: 1,
      stdout:
        'projects[0].column: expected one of "inbox", "keep", "kill"\n' +
        'objectives[1].keyResults[0].target: expected a number\n' +
        'checkIns[0].value: expected a number\n',
      stderr: 'offsite validate: several-problems.json is not valid: 3 problems\n',
    });
  });

  it('a JSON syntax error: exit 1 with its line and column', () => {
    const r = offsite('validate', malformed('syntax-error'));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("(file): not valid JSON: expected ',' or '}' (line 4, column 3)\n");
  });

  it('a file from a newer Offsite: exit 1, asking for an update', () => {
    const r = offsite('validate', malformed('version-newer'));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('version: made by a newer version of Offsite; update to open it\n');
  });

  it('a missing file: exit 2 with a clear message', () => {
    const path = join(dir, 'missing.json');
    expect(offsite('validate', path)).toEqual({
      status: 2,
      stdout: '',
      stderr: `offsite validate: cannot read ${path}: no such file\n`,
    });
  });

  it('a truncated .offsite: exit 2, saying how much of it is there', async () => {
    const whole = await offsiteFileOfFixture('whole.offsite');
    const bytes = await readFile(whole);
    const path = join(dir, 'truncated.offsite');
    await writeFile(path, bytes.subarray(0, 1000));
    expect(offsite('validate', path)).toEqual({
      status: 2,
      stdout: '',
      stderr: `offsite validate: cannot open ${path}: the file is truncated (1000 of ${bytes.length} bytes)\n`,
    });
  });

  it('neither JSON nor .offsite: exit 2', async () => {
    const path = join(dir, 'photo.png');
    await writeFile(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(offsite('validate', path)).toMatchObject({
      status: 2,
      stderr: `offsite validate: cannot open ${path}: not an Offsite workshop file\n`,
    });
  });

  it('a valid .offsite: exit 0', async () => {
    const path = await offsiteFileOfFixture('acme.offsite');
    expect(offsite('validate', path)).toMatchObject({
      status: 0,
      stdout: 'acme.offsite: valid — 3 objectives, 7 key results, 9 projects\n',
    });
  });

  it('an .offsite with bad data written by a peer: exit 1 with what the read layer found', async () => {
    const doc = new Y.Doc();
    importWorkshopJson(doc, fixture);
    (doc.getMap('projects').get('p-vr') as Y.Map<unknown>).set('column', 'later');
    (doc.getMap('keyResults').get('k-ttv') as Y.Map<unknown>).set('target', 'seven');
    const path = join(dir, 'tampered.offsite');
    await writeFile(path, encodeOffsiteFile(doc));
    expect(offsite('validate', path)).toEqual({
      status: 1,
      stdout:
        'projects.p-vr.column: unknown value "later", using "inbox"\n' +
        'keyResults.k-ttv.target: expected a finite number, found a string\n',
      stderr: 'offsite validate: tampered.offsite is not valid: 2 problems\n',
    });
  });

  it('bad arguments: exit 2 with usage', () => {
    const r = offsite('validate');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: offsite validate FILE');
  });
});

describe('offsite convert', () => {
  it('json → offsite → json round-trips the sample exactly', async () => {
    const offsiteOut = join(dir, 'rt.offsite');
    const jsonOut = join(dir, 'rt.json');
    expect(offsite('convert', fixturePath, '--to', 'offsite', '--out', offsiteOut)).toEqual({
      status: 0,
      stdout: `wrote ${offsiteOut} (.offsite)\n`,
      stderr: '',
    });
    expect((await readFile(offsiteOut)).subarray(0, 8).toString()).toBe('OFFSITE\n');
    expect(offsite('convert', offsiteOut, '--to', 'json', '--out', jsonOut)).toEqual({
      status: 0,
      stdout: `wrote ${jsonOut} (interchange JSON)\n`,
      stderr: '',
    });
    expect(JSON.parse(await readFile(jsonOut, 'utf8'))).toEqual(fixture);
    expect(offsite('validate', jsonOut).status).toBe(0);
  });

  it('--to may be left out when OUT names the format', async () => {
    const out = join(dir, 'inferred.offsite');
    expect(offsite('convert', fixturePath, '--out', out).status).toBe(0);
    expect((await readFile(out)).subarray(0, 8).toString()).toBe('OFFSITE\n');
  });

  it('invalid input: exit 1, the problems, nothing written', () => {
    const out = join(dir, 'never.offsite');
    const r = offsite('convert', malformed('kr-target-string'), '--to', 'offsite', '--out', out);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('objectives[1].keyResults[0].target: expected a number\n');
    expect(existsSync(out)).toBe(false);
  });

  it('unreadable input: exit 2, nothing written', () => {
    const out = join(dir, 'never.json');
    const r = offsite('convert', join(dir, 'nope.offsite'), '--to', 'json', '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `offsite convert: cannot read ${join(dir, 'nope.offsite')}: no such file\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('bad arguments: exit 2, nothing written', () => {
    const out = join(dir, 'bad-args.out');
    for (const args of [
      [fixturePath, '--to', 'xml', '--out', out],
      [fixturePath, '--to', 'json'],
      [fixturePath, '--out', out],
      ['--to', 'json', '--out', out],
      [fixturePath, '--out', out, '--to', 'json', '--frobnicate'],
    ]) {
      const r = offsite('convert', ...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('usage: offsite convert FILE --to json|offsite --out OUT');
    }
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to write over a file that is not a readable workshop', async () => {
    const out = join(dir, 'precious.offsite');
    await writeFile(out, 'not a workshop, but someone’s notes');
    const r = offsite('convert', fixturePath, '--to', 'offsite', '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^offsite convert: refusing to save over ${out}: `));
    expect(await readFile(out, 'utf8')).toBe('not a workshop, but someone’s notes');
  });
});
