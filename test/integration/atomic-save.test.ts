import { spawn, type ChildProcess } from 'node:child_process';
import { watch } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  docToJson,
  decodeOffsiteFile,
  encodeOffsiteFile,
  encodeOffsiteParts,
  importWorkshopJson,
  readMeta,
  SCHEMA_VERSION,
  updateMeta,
  type WorkshopJson,
} from '../../shared/model';
import { SaveError, writeFileAtomic } from '../../electron/storage/atomic-write';
import {
  loadWorkshopDoc,
  readWorkshopFile,
  saveWorkshopDoc,
  WorkshopFileError,
} from '../../electron/storage/workshop-file';

const fixturePath = fileURLToPath(new URL('../fixtures/acme-2027.json', import.meta.url));
let fixture: WorkshopJson;
let base: string;
let child: string;
const isRoot = process.getuid?.() === 0;

function fixtureDoc(title?: string): Y.Doc {
  const doc = new Y.Doc();
  importWorkshopJson(doc, fixture);
  if (title) updateMeta(doc, { title });
  return doc;
}

async function titleOf(path: string): Promise<string> {
  return readMeta(await loadWorkshopDoc(path)).title;
}

async function caseDir(name: string): Promise<string> {
  const dir = join(base, name);
  await mkdir(dir, { mode: 0o755 });
  return dir;
}

/**
 * Every save child still running. A test that fails (or times out) while a child waits
 * for a line that never comes must not leave it running, nor hang the run: each wait has
 * its own deadline, and afterEach kills whatever is left.
 */
const running = new Set<ChildProcess>();
afterEach(() => {
  for (const proc of running) proc.kill('SIGKILL');
  running.clear();
});

/** How long a save child may take to print a line or exit before the test fails. */
const CHILD_DEADLINE_MS = 30_000;

function withDeadline<T>(promise: Promise<T>, what: string, stderr: () => string): Promise<T> {
  let timer: NodeJS.Timeout;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(`save child: no ${what} within ${CHILD_DEADLINE_MS} ms; stderr:\n${stderr()}`),
        ),
      CHILD_DEADLINE_MS,
    );
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Runs the save child; resolves with its stdout lines as they come, and the process. */
function startChild(args: string[], options: { uid?: number; gid?: number; shell?: string } = {}) {
  const argv = [child, ...args];
  const proc: ChildProcess = options.shell
    ? spawn('/bin/sh', ['-c', `${options.shell}; exec "$0" "$@"`, process.execPath, ...argv], {
        stdio: 'pipe',
      })
    : spawn(process.execPath, argv, { stdio: 'pipe', uid: options.uid, gid: options.gid });
  running.add(proc);
  const lines: string[] = [];
  const waiters: { test: (l: string) => boolean; resolve: (l: string) => void }[] = [];
  let buffer = '';
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  proc.stdout!.on('data', (d: Buffer) => {
    buffer += d.toString();
    let nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      lines.push(line);
      for (const w of waiters.splice(0)) {
        if (w.test(line)) w.resolve(line);
        else waiters.push(w);
      }
    }
  });
  const exit = new Promise<number | null>((resolve) =>
    proc.on('exit', (code) => {
      running.delete(proc);
      resolve(code);
    }),
  );
  const waitFor = (test: (l: string) => boolean) =>
    withDeadline(
      new Promise<string>((resolve, reject) => {
        const seen = lines.find(test);
        if (seen) return resolve(seen);
        waiters.push({ test, resolve });
        void exit.then(() =>
          reject(new Error(`save child exited before the expected line; stderr:\n${stderr}`)),
        );
      }),
      'expected line',
      () => stderr,
    );
  const exited = () => withDeadline(exit, 'exit', () => stderr);
  const kill = async () => {
    proc.kill('SIGKILL');
    await exited();
  };
  return { proc, lines, waitFor, kill, exited, stderr: () => stderr };
}

const tempFiles = async (dir: string) => (await readdir(dir)).filter((f) => f.endsWith('.tmp'));

beforeAll(async () => {
  fixture = JSON.parse(await readFile(fixturePath, 'utf8')) as WorkshopJson;
  base = await mkdtemp(join(tmpdir(), 'offsite-atomic-'));
  // Readable by the unprivileged user the read-only test runs as.
  await chmod(base, 0o755);
  child = join(base, 'save-child.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./helpers/save-child.ts', import.meta.url))],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
});

afterAll(async () => {
  if (base) await rm(base, { recursive: true, force: true });
});

describe('workshop files on disk', () => {
  it('.offsite save → load round-trips the workshop', async () => {
    const dir = await caseDir('round-trip');
    const path = join(dir, 'acme.offsite');
    await saveWorkshopDoc(path, fixtureDoc());
    expect(docToJson(await loadWorkshopDoc(path))).toEqual(fixture);
    expect((await readWorkshopFile(path)).kind).toBe('offsite');
    expect(await tempFiles(dir)).toEqual([]);
  });

  it('.json save writes pretty interchange JSON that loads back', async () => {
    const dir = await caseDir('json');
    const path = join(dir, 'acme.json');
    await saveWorkshopDoc(path, fixtureDoc());
    const text = await readFile(path, 'utf8');
    expect(text).toBe(`${JSON.stringify(fixture, null, 2)}\n`);
    expect(docToJson(await loadWorkshopDoc(path))).toEqual(fixture);
  });

  it('decides JSON or .offsite by content, not by name', async () => {
    const dir = await caseDir('sniff');
    const jsonNamedOffsite = join(dir, 'really-json.offsite');
    await writeFile(jsonNamedOffsite, JSON.stringify(fixture));
    expect((await readWorkshopFile(jsonNamedOffsite)).kind).toBe('json');
    const offsiteNamedJson = join(dir, 'really-offsite.json');
    await writeFile(offsiteNamedJson, encodeOffsiteFile(fixtureDoc()));
    expect((await readWorkshopFile(offsiteNamedJson)).kind).toBe('offsite');
  });

  it('an invalid JSON file gives a WorkshopFileError naming the file and every problem', async () => {
    const dir = await caseDir('invalid-json');
    const path = join(dir, 'bad.json');
    const bad = structuredClone(fixture) as unknown as {
      objectives: { keyResults: { target: unknown }[] }[];
    };
    bad.objectives[1]!.keyResults[0]!.target = 'lots';
    bad.objectives[2]!.keyResults[1]!.target = 'less';
    await writeFile(path, JSON.stringify(bad));
    const error = await loadWorkshopDoc(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkshopFileError);
    expect((error as WorkshopFileError).reason).toBe('invalid');
    expect((error as Error).message).toBe(
      `${path} is not a valid workshop file (2 problems):\n` +
        '  objectives[1].keyResults[0].target: expected a number\n' +
        '  objectives[2].keyResults[1].target: expected a number',
    );
  });

  it('a missing file is a clear error', async () => {
    const path = join(base, 'nowhere.offsite');
    await expect(loadWorkshopDoc(path)).rejects.toThrow(`cannot read ${path}: no such file`);
  });

  it('a save killed after writing the temp file, before the rename, leaves the previous file intact', async () => {
    const dir = await caseDir('killed-before-rename');
    const path = join(dir, 'w.offsite');
    await saveWorkshopDoc(path, fixtureDoc('previous'));
    const before = await readFile(path);
    const run = startChild(['pause', path, fixturePath, 'next']);
    await run.waitFor((l) => l === 'paused');
    await run.kill();
    expect(await readFile(path)).toEqual(before);
    expect(await titleOf(path)).toBe('previous');
    // The new state was written, in full, elsewhere: in the temp file the kill left behind.
    const temps = await tempFiles(dir);
    expect(temps).toHaveLength(1);
    expect((await readFile(join(dir, temps[0]!))).length).toBeGreaterThan(before.length);
  });

  it('saves killed at random moments always leave a loadable file, the old one or the new one', async () => {
    const dir = await caseDir('killed-at-random');
    const path = join(dir, 'w.offsite');
    await saveWorkshopDoc(path, fixtureDoc('gen-start'));
    let next = 0;
    let midWrite = 0;
    const rounds = 8;
    for (let round = 0; round < rounds; round++) {
      const run = startChild(['loop', path, fixturePath, String(next)]);
      // Let it finish one save (so there is a "previous" of its own), then kill it at a
      // random moment of the following saves.
      await run.waitFor((l) => l.startsWith('saved '));
      if (round % 2 === 0) {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 400));
      } else {
        // Kill the moment a temp file appears: the write of the new state is under way.
        const watcher = watch(dir);
        await Promise.race([
          new Promise<void>((resolve) =>
            watcher.on('change', (_event, file) => {
              if (String(file).endsWith('.tmp')) resolve();
            }),
          ),
          run.exited(),
        ]);
        watcher.close();
      }
      await run.kill();
      const saved = run.lines.filter((l) => l.startsWith('saved ')).map((l) => Number(l.slice(6)));
      const last = Math.max(...saved);
      // A kill between the rename and the "saved" line may leave the next generation: fine.
      expect([`gen-${last}`, `gen-${last + 1}`]).toContain(await titleOf(path));
      const temps = await tempFiles(dir);
      if (temps.length > 0) midWrite++;
      for (const t of temps) await rm(join(dir, t));
      next = last + 2;
    }
    console.log(`${midWrite} of ${rounds} kills landed while a temp file was being written`);
  });

  // Issue 15: a test that ends (or fails) while its child waits must not leave the child
  // running: the next test would find it still writing, and the run would hang on it.
  let leftRunning: number | undefined;
  it('spawned children never outlive their test (issue 15, part 1: a test leaves one waiting)', async () => {
    const dir = await caseDir('left-running');
    const run = startChild(['pause', join(dir, 'w.offsite'), fixturePath, 'waits']);
    await run.waitFor((l) => l === 'paused');
    leftRunning = run.proc.pid;
  });

  it('spawned children never outlive their test (issue 15, part 2: it was killed when that test ended)', async () => {
    expect(leftRunning).toBeGreaterThan(0);
    const alive = () => {
      try {
        process.kill(leftRunning!, 0);
        return true;
      } catch {
        return false;
      }
    };
    const until = Date.now() + 5000;
    while (alive() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(alive()).toBe(false);
  });

  it('a read-only folder gives a SaveError and leaves the old file', async () => {
    const dir = await caseDir('read-only');
    const path = join(dir, 'w.offsite');
    await saveWorkshopDoc(path, fixtureDoc('old'));
    const before = await readFile(path);
    await chmod(dir, 0o555);
    try {
      if (isRoot) {
        // Root ignores folder permissions: save as the unprivileged user "nobody" instead,
        // for whom the 0555 folder is really read-only.
        console.log(
          'running as root: the read-only save runs as uid 65534 (nobody), whom chmod 0555 does stop',
        );
        const run = startChild(['save', path, fixturePath, 'new'], { uid: 65534, gid: 65534 });
        await run.exited();
        const outcome = JSON.parse(run.lines[0] ?? '{}') as {
          ok: boolean;
          name?: string;
          message?: string;
        };
        expect(outcome).toEqual({
          ok: false,
          name: 'SaveError',
          code: 'EACCES',
          message: `permission denied: cannot save ${path}`,
        });
      } else {
        const error = await saveWorkshopDoc(path, fixtureDoc('new')).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(SaveError);
        expect((error as Error).message).toBe(`permission denied: cannot save ${path}`);
      }
    } finally {
      await chmod(dir, 0o755);
    }
    expect(await readFile(path)).toEqual(before);
    expect(await tempFiles(dir)).toEqual([]);
  });

  it('a disk that fills up mid-write (a file size limit, which binds root too) gives a SaveError and leaves the old file', async () => {
    const dir = await caseDir('full');
    const path = join(dir, 'w.offsite');
    await saveWorkshopDoc(path, fixtureDoc('old'));
    const before = await readFile(path);
    // `ulimit -f 64`: no file may grow past 32 KiB, so writing the ~8 MB workshop fails half-way.
    const run = startChild(['save', path, fixturePath, 'new'], { shell: 'ulimit -f 64' });
    await run.exited();
    expect(JSON.parse(run.lines[0] ?? '{}')).toEqual({
      ok: false,
      name: 'SaveError',
      code: 'EFBIG',
      message: `the file is too large for this disk or a size limit while saving ${path}`,
    });
    expect(await readFile(path)).toEqual(before);
    expect(await tempFiles(dir)).toEqual([]);
  });

  it('a path under a file (not a folder) gives a SaveError naming the path', async () => {
    const dir = await caseDir('not-a-folder');
    await writeFile(join(dir, 'notes.txt'), 'plain text');
    const path = join(dir, 'notes.txt', 'w.offsite');
    const error = await saveWorkshopDoc(path, fixtureDoc()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaveError);
    expect((error as Error).message).toBe(
      `cannot save ${path}: a part of the path is a file, not a folder`,
    );
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('plain text');
  });

  it('writeFileAtomic removes its temp file when the rename fails', async () => {
    const dir = await caseDir('rename-fails');
    const target = join(dir, 'a-folder');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'x');
    await expect(writeFileAtomic(target, 'data')).rejects.toBeInstanceOf(SaveError);
    expect(await tempFiles(dir)).toEqual([]);
    expect(await readFile(join(target, 'inside'), 'utf8')).toBe('x');
  });

  describe('a file that failed to load is never overwritten', () => {
    const cases: [string, (good: Uint8Array) => Uint8Array | string, RegExp][] = [
      ['truncated', (good) => good.slice(0, good.length - 100), /the file is truncated/],
      [
        'corrupt',
        (good) => {
          const bad = good.slice();
          bad[bad.length - 50] = bad[bad.length - 50]! ^ 1;
          return bad;
        },
        /checksum mismatch/,
      ],
      ['not a workshop', () => 'shopping list: milk, eggs', /not an Offsite workshop file/],
      [
        'from a newer Offsite',
        () => {
          // As a newer Offsite writes it: header and doc at the next schema.
          const doc = fixtureDoc();
          doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1);
          const { header, update } = decodeOffsiteFile(encodeOffsiteFile(doc));
          return encodeOffsiteParts({ ...header, schemaVersion: SCHEMA_VERSION + 1 }, update);
        },
        /made by a newer version of Offsite/,
      ],
    ];
    for (const [name, damage, why] of cases) {
      it(`${name}: load fails clearly, save refuses, the bytes stay`, async () => {
        const dir = await caseDir(`refuse-${name.replace(/\W+/g, '-')}`);
        const path = join(dir, 'w.offsite');
        await writeFile(path, damage(encodeOffsiteFile(fixtureDoc())));
        const before = await readFile(path);
        await expect(loadWorkshopDoc(path)).rejects.toThrow(why);
        const error = await saveWorkshopDoc(path, fixtureDoc('new')).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WorkshopFileError);
        expect((error as WorkshopFileError).reason).toBe('would-overwrite');
        expect((error as Error).message).toMatch(new RegExp(`^refusing to save over ${path}: `));
        expect(await readFile(path)).toEqual(before);
        expect(await tempFiles(dir)).toEqual([]);
      });
    }

    it('an invalid JSON workshop is not overwritten either', async () => {
      const dir = await caseDir('refuse-json');
      const path = join(dir, 'w.json');
      await writeFile(path, '{"format": "offsite.workshop", "version": 1');
      await expect(saveWorkshopDoc(path, fixtureDoc())).rejects.toThrow(/refusing to save over/);
      expect(await readFile(path, 'utf8')).toBe('{"format": "offsite.workshop", "version": 1');
    });

    it('force replaces it, for when the user confirmed', async () => {
      const dir = await caseDir('force');
      const path = join(dir, 'w.offsite');
      await writeFile(path, 'garbage');
      await saveWorkshopDoc(path, fixtureDoc('forced'), { force: true });
      expect(await titleOf(path)).toBe('forced');
    });
  });
});
