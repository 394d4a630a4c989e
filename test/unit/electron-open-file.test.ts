import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createOpenFileRouter, workshopPathFromArgv } from '../../electron/main/open-file';
import type { OpenedFile } from '../../shared/protocol/ipc';

describe('workshopPathFromArgv', () => {
  const cwd = '/home/facilitator';

  it('finds a double-clicked .offsite file (Windows/Linux argv)', () => {
    expect(workshopPathFromArgv(['/opt/Offsite/offsite', '/w/Acme 2027.offsite'], cwd)).toBe(
      '/w/Acme 2027.offsite',
    );
    expect(workshopPathFromArgv(['/opt/Offsite/offsite', '/w/UPPER.OFFSITE'], cwd)).toBe(
      '/w/UPPER.OFFSITE',
    );
  });

  it('resolves a relative path against the (second instance’s) working directory', () => {
    expect(workshopPathFromArgv(['offsite', 'plans/q1.offsite'], cwd)).toBe(
      resolve(cwd, 'plans/q1.offsite'),
    );
  });

  it('accepts file:// URIs as Linux desktop entries pass them', () => {
    const uri = pathToFileURL('/w/with space.offsite').href;
    expect(workshopPathFromArgv(['offsite', uri], cwd)).toBe('/w/with space.offsite');
  });

  it('skips the executable, flags, other files and takes the last workshop', () => {
    expect(workshopPathFromArgv(['/x/evil.offsite'], cwd)).toBeNull();
    expect(
      workshopPathFromArgv(['electron', '.', '--inspect=9229', '--x=a.offsite'], cwd),
    ).toBeNull();
    expect(workshopPathFromArgv(['offsite', 'notes.txt', 'a.json'], cwd)).toBeNull();
    expect(workshopPathFromArgv(['offsite', '/a.offsite', '/b.offsite'], cwd)).toBe('/b.offsite');
    expect(workshopPathFromArgv(['offsite', 'file://remote/x.offsite'], cwd)).toBeNull();
    expect(workshopPathFromArgv([], cwd)).toBeNull();
  });
});

describe('open-file router', () => {
  function router(failing: string[] = []) {
    const delivered: string[] = [];
    const failed: string[] = [];
    const r = createOpenFileRouter({
      load: async (path): Promise<OpenedFile> => {
        if (failing.includes(path)) throw new Error(`${path}: checksum mismatch`);
        return { path, kind: 'offsite', update: new Uint8Array() };
      },
      deliver: (f) => delivered.push(f.path),
      fail: (p, err) => failed.push(`${p} | ${(err as Error).message}`),
    });
    return { r, delivered, failed };
  }

  it('queues files opened before the renderer listens and delivers them in order', async () => {
    const { r, delivered } = router();
    await r.open('/a.offsite');
    await r.open('/b.offsite');
    expect(delivered).toEqual([]);
    expect(r.pending()).toEqual(['/a.offsite', '/b.offsite']);
    await r.rendererReady();
    expect(delivered).toEqual(['/a.offsite', '/b.offsite']);
    await r.open('/c.offsite');
    expect(delivered).toEqual(['/a.offsite', '/b.offsite', '/c.offsite']);
  });

  it('queues again while the page reloads, and reports files that fail to load', async () => {
    const { r, delivered, failed } = router(['/bad.offsite']);
    await r.rendererReady();
    r.rendererGone();
    await r.open('/bad.offsite');
    await r.open('/ok.offsite');
    expect(delivered).toEqual([]);
    await r.rendererReady();
    expect(delivered).toEqual(['/ok.offsite']);
    expect(failed).toEqual(['/bad.offsite | /bad.offsite: checksum mismatch']);
  });
});
