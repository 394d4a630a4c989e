// Issue 8, desktop security: Electronegativity (Doyensec's Electron scanner) over electron/.
// No high-severity finding may stand. The scanner reads source statically: where it cannot
// see a value (the window's options come from `mainWindowOptions`, a tested module), the
// finding is checked here against the real value instead of being ignored.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../electron/main/window-options';

interface Finding {
  readonly check: string;
  readonly severity: string;
  readonly file: string;
  readonly sample: string;
}

function scan(): Finding[] {
  const out = join(mkdtempSync(join(tmpdir(), 'offsite-scan-')), 'findings.csv');
  execFileSync(
    process.execPath,
    [
      'node_modules/@doyensec/electronegativity/dist/index.js',
      '--input',
      'electron',
      // This check downloads Electron's release list: there is no network here, and the
      // pinned Electron version is reviewed in package.json instead.
      '--exclude-checks',
      'AvailableSecurityFixesGlobalCheck',
      '--electron-version',
      '45.4.1',
      '--relative',
      '--output',
      out,
    ],
    { stdio: 'pipe', timeout: 240_000 },
  );
  return readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const cells = line
        .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
        .map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
      return { check: cells[0]!, severity: cells[1]!, file: cells[3]!, sample: cells[5]! };
    });
}

const secure = mainWindowOptions({ preloadPath: '/p/index.cjs' }).webPreferences!;

/** Findings the scanner raises only because it cannot follow `mainWindowOptions(...)`. */
const provenHere: Record<string, () => boolean> = {
  CONTEXT_ISOLATION_JS_CHECK: () => secure.contextIsolation === true,
  SANDBOX_JS_CHECK: () => secure.sandbox === true && secure.nodeIntegration === false,
  AUXCLICK_JS_CHECK: () => secure.disableBlinkFeatures === 'Auxclick',
};

describe('Electronegativity scan of electron/', () => {
  const findings = scan();

  it('ran and read the app (it reports the reviewed openExternal calls)', () => {
    expect(findings.some((f) => f.check === 'OPEN_EXTERNAL_JS_CHECK')).toBe(true);
  });

  it('leaves no high-severity finding standing', () => {
    const standing = findings.filter((f) => {
      if (f.severity !== 'HIGH') return false;
      const proof = provenHere[f.check];
      return !(
        proof &&
        f.file === 'main/index.ts' &&
        f.sample.includes('new BrowserWindow(') &&
        proof()
      );
    });
    expect(standing).toEqual([]);
  });

  it('every window-option finding is disproved by the real options', () => {
    const windowFindings = findings.filter((x) => x.check in provenHere);
    // The scanner raises them today (it cannot follow mainWindowOptions): were none found,
    // the loop below would prove nothing.
    expect(windowFindings.length).toBeGreaterThan(0);
    for (const f of windowFindings) {
      expect(f.sample).toContain('new BrowserWindow(');
      expect(provenHere[f.check]!()).toBe(true);
    }
  });

  it('openExternal is reached only through the https allow-list', () => {
    const src = readFileSync('electron/main/index.ts', 'utf8');
    expect(src).toMatch(/if \(isAllowedExternalUrl\(url\)\) void shell\.openExternal\(url\)/);
    expect(
      findings.filter((f) => f.check === 'OPEN_EXTERNAL_JS_CHECK' && f.severity === 'HIGH'),
    ).toEqual([]);
  });
});
