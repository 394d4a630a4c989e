// Issue 15, mutation test: the atomic save's order. A save that renames before it fsyncs,
// or never fsyncs the folder, passes every functional test (the file is there, it loads)
// and loses the workshop on a power cut. So the file operations are injected and their
// sequence is asserted step by step: drop or swap one and this fails.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  nodeFileOps,
  SaveError,
  writeFileAtomic,
  type AtomicFileOps,
} from '../../electron/storage/atomic-write';

type Step = readonly [string, ...string[]];

/** Real file operations that also write down what they do, with the path they do it to. */
function recording(options: { failWrite?: boolean } = {}): { ops: AtomicFileOps; steps: Step[] } {
  const steps: Step[] = [];
  const ops: AtomicFileOps = {
    async open(path, flags, mode) {
      steps.push(['open', path, flags, mode === undefined ? '-' : mode.toString(8)]);
      const handle = await nodeFileOps.open(path, flags, mode);
      return {
        async writeFile(data) {
          steps.push(['write', path]);
          if (options.failWrite)
            throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
          await handle.writeFile(data);
        },
        sync: async () => (steps.push(['fsync', path]), handle.sync()),
        close: async () => (steps.push(['close', path]), handle.close()),
      };
    },
    rename: async (from, to) => (steps.push(['rename', from, to]), nodeFileOps.rename(from, to)),
    unlink: async (path) => (steps.push(['unlink', path]), nodeFileOps.unlink(path)),
  };
  return { ops, steps };
}

describe('writeFileAtomic, step by step (issue 15: write → fsync → rename → folder fsync)', () => {
  it('writes a temp file beside the target, fsyncs it, renames it over the target, then fsyncs the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offsite-order-'));
    const path = join(dir, 'w.offsite');
    const { ops, steps } = recording();
    await writeFileAtomic(path, 'the workshop', { ops });
    const temp = steps[0]![1]!;
    expect(dirname(temp)).toBe(dir);
    expect(basename(temp)).toMatch(/^\.w\.offsite\.\d+\.[0-9a-f]{12}\.tmp$/);
    expect(steps).toEqual([
      ['open', temp, 'wx', '644'],
      ['write', temp],
      ['fsync', temp],
      ['close', temp],
      ['rename', temp, path],
      ['open', dir, 'r', '-'],
      ['fsync', dir],
      ['close', dir],
    ]);
    expect(readFileSync(path, 'utf8')).toBe('the workshop');
    expect(readdirSync(dir)).toEqual(['w.offsite']);
  });

  it('creates a secret with its mode at open (no chmod afterwards)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offsite-order-'));
    const { ops, steps } = recording();
    await writeFileAtomic(join(dir, 'secret.json'), '{}', { ops, mode: 0o600 });
    expect(steps[0]![3]).toBe('600');
  });

  it('a failed write never renames: the temp file is removed and the target left alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offsite-order-'));
    const path = join(dir, 'w.offsite');
    const { ops, steps } = recording({ failWrite: true });
    const error = await writeFileAtomic(path, 'x', { ops }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaveError);
    expect((error as Error).message).toBe(`disk full while saving ${path}`);
    const temp = steps[0]![1]!;
    expect(steps).toEqual([
      ['open', temp, 'wx', '644'],
      ['write', temp],
      ['close', temp],
      ['unlink', temp],
    ]);
    expect(readdirSync(dir)).toEqual([]);
  });
});
