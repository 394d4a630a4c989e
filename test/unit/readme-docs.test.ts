import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the README and docs/ARCHITECTURE.md state about the repository stays true of it: the
 * Node versions match what package.json and the pinned Electron declare, and every file the
 * design notes name exists, inside the repository.
 */
const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as { engines?: { node?: string } };

/** "22.12" of ">= 22.12.0" or ">=20.19". */
function minimumNode(range: string | undefined): string {
  const m = /^>=\s*(\d+)\.(\d+)(?:\.0)?$/.exec(range?.trim() ?? '');
  if (!m) throw new Error(`not a plain ">= x.y" range: ${range}`);
  return `${m[1]}.${m[2]}`;
}

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`## ${heading}\n`);
  expect(start, `README has a "${heading}" section`).toBeGreaterThanOrEqual(0);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe('README: the Node versions it states', () => {
  const requirements = section(read('README.md'), 'Requirements');

  it('names the Node the pinned Electron declares for the desktop app', () => {
    const electron = minimumNode(json('node_modules/electron/package.json').engines?.node);
    expect(requirements).toContain(`Node.js ≥ ${electron}** (with npm) to run the desktop app`);
    const pinned = (JSON.parse(read('package.json')) as { devDependencies: Record<string, string> })
      .devDependencies['electron'];
    expect(requirements).toContain(`(${pinned})`);
  });

  it('names package.json engines as the floor for the hub, the CLI and the tests', () => {
    const floor = minimumNode(json('package.json').engines?.node);
    expect(requirements).toContain(`Node.js ≥ ${floor}** is enough for everything else`);
    expect(requirements).toContain(`\`engines\` says \`>=${floor}\``);
  });
});

describe('docs/ARCHITECTURE.md: in the repository, short, and naming files that exist', () => {
  const doc = read('docs/ARCHITECTURE.md');
  const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);

  it('is where the README and the code comments point', () => {
    expect(read('README.md')).toContain('(docs/ARCHITECTURE.md)');
    for (const file of tracked) {
      if (!/\.(?:ts|tsx|js|mjs|md)$/.test(file) || file === 'docs/ARCHITECTURE.md') continue;
      const text = read(file);
      for (const m of text.matchAll(/[\w./-]*ARCHITECTURE\.md/g)) {
        expect(m[0], `${file} cites ${m[0]}`).toBe('docs/ARCHITECTURE.md');
      }
    }
  });

  it('points nowhere outside the repository', () => {
    for (const file of ['README.md', 'docs/ARCHITECTURE.md']) {
      expect(read(file), file).not.toMatch(/\.\.\/shared|handbook/);
    }
  });

  it('stays short: at most 250 lines', () => {
    expect(doc.split('\n').length).toBeLessThanOrEqual(250);
  });

  it('names only paths and files that exist', () => {
    const names = new Set(tracked.map((f) => basename(f)));
    const cited = [...doc.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!);
    const paths = cited.filter((c) =>
      /^(?:electron|renderer|shared|test|bench|scripts|eslint-rules|docs)\/[\w./-]+$/.test(c),
    );
    const files = cited.filter(
      (c) => !c.includes('/') && /^[\w.-]+\.(?:ts|tsx|js|mjs|json)$/.test(c),
    );
    expect(paths.length).toBeGreaterThan(20);
    expect(files.length).toBeGreaterThan(30);
    for (const p of paths) {
      // `test/unit/electron-*.test.ts` names a family of files.
      const exists = p.includes('*')
        ? tracked.some((f) =>
            new RegExp(`^${p.replace(/[.]/g, '\\.').replace('*', '.*')}$`).test(f),
          )
        : existsSync(resolve(root, p));
      expect(exists, `${p} exists`).toBe(true);
    }
    for (const f of files) expect(names.has(f), `${f} exists somewhere`).toBe(true);
  });
});
