import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

/**
 * The Electron executable if one is installed, found the way node_modules/electron finds it
 * (path.txt → dist/…, or ELECTRON_OVERRIDE_DIST_PATH) — without `require('electron')`,
 * which would try to download the binary.
 */
function electronBinary(): { path: string | null; reason: string } {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const path = join(override, relative || 'electron');
    return existsSync(path)
      ? { path, reason: '' }
      : { path: null, reason: `no Electron binary at ${path}` };
  }
  if (!relative) {
    return {
      path: null,
      reason:
        'no Electron binary is installed (node_modules/electron/path.txt is missing: electron ≥ 42 downloads it on first use, which needs internet)',
    };
  }
  const path = join(pkg, 'dist', relative);
  return existsSync(path)
    ? { path, reason: '' }
    : { path: null, reason: `no Electron binary at ${path}` };
}

const binary = electronBinary();
const hasElectron = binary.path !== null;
if (!hasElectron) console.log(`SKIPPED electron smoke test: ${binary.reason}`);

describe.skipIf(!hasElectron)('desktop app (real Electron)', () => {
  let app: ElectronApplication | undefined;

  afterAll(async () => {
    await app?.close();
  });

  it('opens the Offsite window with the preload API and no Node in the page', async () => {
    for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
      if (!existsSync(join(root, built)))
        throw new Error(`${built} is missing: run "npm run build:desktop" first`);
    }
    const args = [root];
    // Chromium refuses to start as root without this (CI runs as root); the page itself
    // stays sandboxed by webPreferences.sandbox.
    if (process.getuid?.() === 0) args.unshift('--no-sandbox');
    app = await _electron.launch({
      executablePath: binary.path ?? undefined,
      args,
      env: { ...process.env, ELECTRON_RENDERER_URL: '' },
      timeout: 60_000,
    });
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');

    const windowTitle = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.getTitle(),
    );
    expect(windowTitle).toMatch(/^Offsite/);

    const surface = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const api = w['offsite'] as Record<string, unknown> | undefined;
      return {
        api: api ? Object.keys(api).sort() : null,
        require: typeof w['require'],
        process: typeof w['process'],
        module: typeof w['module'],
      };
    });
    expect(surface.api).toEqual(
      expect.arrayContaining([
        'appInfo',
        'onMenuCommand',
        'onOpenFile',
        'onOpenFileFailed',
        'openWorkshopFile',
        'saveWorkshopFileAs',
      ]),
    );
    expect(surface.require).toBe('undefined');
    expect(surface.process).toBe('undefined');
    expect(surface.module).toBe('undefined');

    const info = await page.evaluate(() =>
      (
        window as unknown as { offsite: { appInfo(): Promise<{ name: string; version: string }> } }
      ).offsite.appInfo(),
    );
    expect(info.name).toMatch(/offsite/i);
  });
});
