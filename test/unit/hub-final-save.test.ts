// Issue 15 item 9: the hub's last save, bounded in time, with a dump when it cannot store
// the workshop (electron/hub/final-save.ts), with injected saves so no test waits 10 s.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpFileName, finalSave, UnsavedWorkshopError } from '../../electron/hub/final-save';

const at = new Date('2026-11-29T10:15:00.123Z');
const fail = (message: string) => () => Promise.reject(new Error(message));

describe('the last save of a closing hub (issue 15 item 9)', () => {
  it('resolves as soon as a save succeeds, retrying a failed one within the bound', async () => {
    let attempts = 0;
    const logs: string[] = [];
    await finalSave({
      path: '/w/room.offsite',
      save: async () => {
        if (++attempts < 3) throw new Error('disk full');
      },
      dump: fail('no dump expected'),
      timeoutMs: 2000,
      retryMs: 10,
      log: (m) => logs.push(m),
    });
    expect(attempts).toBe(3);
    expect(logs).toHaveLength(2);
  });

  it('past the bound, dumps beside the workshop and says where', async () => {
    const dumped: string[] = [];
    const error = await finalSave({
      path: '/w/room.offsite',
      save: fail('permission denied: cannot save /w/room.offsite'),
      dump: async (path) => void dumped.push(path),
      timeoutMs: 50,
      retryMs: 10,
      log: () => {},
      now: () => at,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsavedWorkshopError);
    expect((error as UnsavedWorkshopError).dumpPath).toBe(
      '/w/room.offsite.unsaved-2026-11-29T10-15-00Z.offsite',
    );
    expect(dumped).toEqual(['/w/room.offsite.unsaved-2026-11-29T10-15-00Z.offsite']);
    expect((error as Error).message).toBe(
      'could not save /w/room.offsite within 0.05 s (permission denied: cannot save /w/room.offsite); the unsaved workshop was written to /w/room.offsite.unsaved-2026-11-29T10-15-00Z.offsite',
    );
  });

  it('a save that hangs counts as failed at the bound; the dump goes to the temp folder if the workshop folder refuses it', async () => {
    const dumped: string[] = [];
    const error = await finalSave({
      path: '/w/room.offsite',
      save: () => new Promise(() => {}),
      dump: async (path) => {
        if (path.startsWith('/w/')) throw new Error('read-only file system');
        dumped.push(path);
      },
      timeoutMs: 100,
      log: () => {},
      now: () => at,
    }).catch((e: unknown) => e);
    expect((error as UnsavedWorkshopError).dumpPath).toBe(
      join(tmpdir(), dumpFileName('/w/room.offsite', at)),
    );
    expect(dumped).toEqual([join(tmpdir(), 'room.offsite.unsaved-2026-11-29T10-15-00Z.offsite')]);
    expect((error as Error).message).toMatch(
      /saving \/w\/room\.offsite did not finish within 100 ms/,
    );
  });

  it('when nothing can be written anywhere, says so and names no file', async () => {
    const error = await finalSave({
      path: '/w/room.offsite',
      save: fail('the file is too large'),
      dump: fail('the file is too large'),
      timeoutMs: 20,
      retryMs: 10,
      dumpDirs: [mkdtempSync(join(tmpdir(), 'offsite-final-'))],
      log: () => {},
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsavedWorkshopError);
    expect((error as UnsavedWorkshopError).dumpPath).toBeNull();
    expect((error as Error).message).toMatch(/nor write it anywhere else/);
  });
});
