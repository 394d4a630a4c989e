// `offsite history` and `offsite restore` on a real history, kept by a real hub beside a
// real workshop file, run as `npx offsite` runs them (bin/offsite.mjs → out/cli).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkshopDoc, saveWorkshopDoc } from '../../electron/storage/workshop-file';
import { docToJson, readWorkshop } from '../../shared/model';
import { content, sampleDoc, wipe } from '../support/sample-workshop';
import { connect, startTestHub, tempDir, waitForDoc } from './hub-helpers';

const repo = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let file: string;

function offsite(...args: string[]) {
  const r = spawnSync(process.execPath, [join(repo, 'bin/offsite.mjs'), ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sample = sampleDoc();
const before = content(sample);

beforeAll(async () => {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], {
    cwd: repo,
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
  dir = tempDir('offsite-cli-history-');
  file = join(dir, 'acme.offsite');
  await saveWorkshopDoc(file, sample);
  // A room where a participant wipes the workshop, then the hub stops.
  const { hub } = await startTestHub({ workshopPath: file });
  const alice = connect(hub, hub.tokens.participant);
  try {
    await alice.synced;
    wipe(alice.doc);
    await waitForDoc(hub.document, () => readWorkshop(hub.document).projects.length === 0);
  } finally {
    alice.destroy();
    await hub.close();
  }
});

type Listed = { at: string; summary: string };

function listed(): Listed[] {
  const r = offsite('history', file, '--json');
  expect(r.status, r.stderr).toBe(0);
  const lines = r.stdout.split('\n').filter(Boolean);
  expect(lines.length).toBe(1);
  return JSON.parse(lines[0]!) as Listed[];
}

describe('offsite history', () => {
  it('--json: exactly one JSON array of {at, summary}, oldest first', () => {
    const points = listed();
    expect(points.length).toBe(2);
    for (const p of points) {
      expect(Object.keys(p)).toEqual(['at', 'summary']);
      expect(new Date(p.at).toISOString()).toBe(p.at);
    }
    expect(Date.parse(points[0]!.at)).toBeLessThanOrEqual(Date.parse(points[1]!.at));
    expect(points[0]!.summary).toMatch(
      /^before deleting 3 focus areas, .*9 projects, 3 objectives/,
    );
    expect(points[1]!.summary).toMatch(/^1 edit: .*; deleted 3 focus areas/);
  });

  it('without --json: a table with the times restore takes', () => {
    const r = offsite('history', file);
    expect(r.status).toBe(0);
    for (const p of listed()) expect(r.stdout).toContain(`${p.at}  ${p.summary}`);
    expect(r.stdout).toContain('offsite restore');
  });

  it('finds the history from the interchange JSON name too, and says when none is kept', () => {
    const json = join(dir, 'acme.json');
    writeFileSync(json, JSON.stringify(docToJson(sample)));
    expect(JSON.parse(offsite('history', json, '--json').stdout)).toEqual(listed());
    const lone = join(dir, 'lone.json');
    writeFileSync(lone, JSON.stringify(docToJson(sample)));
    const r = offsite('history', lone, '--json');
    expect([r.status, r.stdout]).toEqual([0, '[]\n']);
    expect(r.stderr).toMatch(/no history is kept beside/);
  });

  it('exit 2 for a missing FILE, bad arguments, or an unreadable history', () => {
    expect(offsite('history', join(dir, 'missing.offsite')).status).toBe(2);
    expect(offsite('history').status).toBe(2);
    expect(offsite('history', file, '--nope').status).toBe(2);
    const broken = join(dir, 'broken.offsite');
    writeFileSync(broken, readFileSync(file));
    writeFileSync(`${broken}.history`, 'OFFSITE-HISTORY\nnot really');
    const r = offsite('history', broken, '--json');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read the history .*broken\.offsite\.history/);
    expect(r.stdout).toBe('');
  });
});

describe('offsite restore', () => {
  it('writes the workshop as it was before the wipe, as .json or .offsite', async () => {
    const [beforeWipe] = listed();
    const json = join(dir, 'restored.json');
    const r = offsite('restore', file, '--at', beforeWipe!.at, '--out', json);
    expect(r.status, r.stderr).toBe(0);
    // An English workshop: the line as it always was, word for word.
    expect(r.stdout).toBe(
      `wrote ${json}: the workshop as it was at ${beforeWipe!.at} (${beforeWipe!.summary})\n`,
    );
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(docToJson(sample))),
    );
    const offsiteOut = join(dir, 'restored.offsite');
    expect(offsite('restore', file, '--at', beforeWipe!.at, '--out', offsiteOut).status).toBe(0);
    expect(content(await loadWorkshopDoc(offsiteOut))).toEqual(before);
  });

  it('takes the point at or just before TIME', async () => {
    const [first, second] = listed();
    // 1 ms before the second point: the first (the two are taken a save apart).
    const justBefore = new Date(Date.parse(second!.at) - 1).toISOString();
    expect(Date.parse(first!.at)).toBeLessThanOrEqual(Date.parse(justBefore));
    const out = join(dir, 'just-before.offsite');
    expect(offsite('restore', file, '--at', justBefore, '--out', out).status).toBe(0);
    expect(readWorkshop(await loadWorkshopDoc(out)).projects.length).toBe(9);
    const later = join(dir, 'later.offsite');
    expect(offsite('restore', file, '--at', '2999-01-01T00:00:00Z', '--out', later).status).toBe(0);
    expect(readWorkshop(await loadWorkshopDoc(later)).projects).toEqual([]);
  });

  it('never replaces OUT without --force', () => {
    const [point] = listed();
    const out = join(dir, 'exists.json');
    writeFileSync(out, 'precious');
    const r = offsite('restore', file, '--at', point!.at, '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/exists; give --force/);
    expect(readFileSync(out, 'utf8')).toBe('precious');
    expect(offsite('restore', file, '--at', point!.at, '--out', out, '--force').status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).title).toBe(before.meta.title);
  });

  it('exit 1 for no such point, exit 2 for usage', () => {
    const out = join(dir, 'never.json');
    const early = offsite('restore', file, '--at', '2000-01-01T00:00:00Z', '--out', out);
    expect(early.status).toBe(1);
    expect(early.stderr).toMatch(/no point at or before 2000-01-01T00:00:00Z; the oldest is/);
    const lone = join(dir, 'lone2.offsite');
    writeFileSync(lone, readFileSync(file));
    expect(offsite('restore', lone, '--at', '2999-01-01', '--out', out).status).toBe(1);
    expect(offsite('restore', file, '--at', 'yesterday', '--out', out).status).toBe(2);
    expect(offsite('restore', file, '--at', '2999-01-01', '--out', join(dir, 'x.pdf')).status).toBe(
      2,
    );
    expect(offsite('restore', file, '--out', out).status).toBe(2);
    expect(
      offsite('restore', join(dir, 'missing.offsite'), '--at', '2999-01-01', '--out', out).status,
    ).toBe(2);
  });
});
