import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/storage/atomic-write';
import {
  createRecentFiles,
  MAX_RECENT_FILES,
  RECENT_FILES_NAME,
} from '../../electron/main/recent-files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'offsite-recent-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Real workshop files to point at. */
async function files(n: number): Promise<string[]> {
  const paths = Array.from({ length: n }, (_, i) => join(dir, `w${i}.offsite`));
  await Promise.all(paths.map((p) => writeFile(p, 'OFFSITE\n')));
  return paths;
}

const store = (changes: string[][] = []) =>
  createRecentFiles({
    dir,
    writeFile: writeFileAtomic,
    onChange: (list) => changes.push(list.map((f) => f.path)),
  });

describe('recent files', () => {
  it('starts empty, puts the latest first, once, and persists across instances', async () => {
    const [a, b] = await files(2);
    const recent = store();
    expect(await recent.list()).toEqual([]);
    await recent.add(a!);
    await recent.add(b!);
    await recent.add(a!);
    const list = await store().list();
    expect(list.map((f) => f.path)).toEqual([a, b]);
    expect(list[0]).toMatchObject({ name: 'w0.offsite' });
    expect(Date.parse(list[0]!.openedAt)).not.toBeNaN();
  });

  it(`keeps at most ${MAX_RECENT_FILES}`, async () => {
    const paths = await files(13);
    const recent = store();
    for (const p of paths) await recent.add(p);
    const list = await recent.list();
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list[0]?.path).toBe(paths[12]);
    expect(list.at(-1)?.path).toBe(paths[3]);
  });

  it('drops files that no longer exist', async () => {
    const [a, b] = await files(2);
    const changes: string[][] = [];
    const recent = store(changes);
    await recent.add(a!);
    await recent.add(b!);
    await rm(a!);
    expect((await recent.list()).map((f) => f.path)).toEqual([b]);
    expect(changes.at(-1)).toEqual([b]);
    const onDisk = JSON.parse(await readFile(join(dir, RECENT_FILES_NAME), 'utf8'));
    expect(onDisk).toEqual({ version: 1, files: [{ path: b, openedAt: expect.any(String) }] });
  });

  it('clears', async () => {
    const [a] = await files(1);
    const recent = store();
    await recent.add(a!);
    await recent.clear();
    expect(await recent.list()).toEqual([]);
  });

  it('serialises concurrent adds so none is lost', async () => {
    const paths = await files(5);
    const recent = store();
    await Promise.all(paths.map((p) => recent.add(p)));
    expect((await recent.list()).map((f) => f.path).sort()).toEqual([...paths].sort());
  });

  it('sets a damaged list aside instead of failing, and skips bad entries', async () => {
    const [a] = await files(1);
    await writeFile(join(dir, RECENT_FILES_NAME), '{ not json');
    const recent = store();
    expect(await recent.list()).toEqual([]);
    expect(await readFile(join(dir, `${RECENT_FILES_NAME}.corrupt`), 'utf8')).toBe('{ not json');
    await writeFile(
      join(dir, RECENT_FILES_NAME),
      JSON.stringify({
        version: 1,
        files: [{ path: 42 }, null, { path: a, openedAt: 'x' }, 'junk'],
      }),
    );
    expect((await recent.list()).map((f) => f.path)).toEqual([a]);
  });
});
