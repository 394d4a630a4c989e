import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The PDF code (@react-pdf, its pdfkit and layout engine) and the inline fonts are loaded
 * only when a PDF is made: they must not be in the first screen's bundle. This reads the
 * built web UI (`npm test` builds it first): the entry script of index.html, its
 * modulepreload links, and every chunk those import statically — none may hold PDF code; a
 * separate chunk, reachable from them only across a dynamic import(), must.
 */

const WEB = resolve(import.meta.dirname, '../../out/web');

/** Strings pdfkit and @react-pdf put in their code (checked against the build by hand). */
const PDF_MARKERS = ['%PDF-', 'FlateDecode', 'PDFKit', 'react-pdf'] as const;
/** The inline DejaVu fonts of the desktop window: ~2.8 MB that the first screen must not carry. */
const FONT_MARKER = 'data:font/ttf;base64,';

const read = (relative: string) => readFileSync(join(WEB, relative), 'utf8');

/** `./assets/x.js` or `assets/x.js` from index.html, as a path relative to out/web. */
const fromHtml = (href: string) => href.replace(/^\.?\//, '');

function htmlEntries(html: string): string[] {
  const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)];
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)];
  return [...scripts, ...preloads].map((m) => fromHtml(m[1] ?? ''));
}

const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?from\s*)?["'`](\.\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.\/[^"'`]+)["'`]\s*\)/g;

/** Paths (relative to out/web) that `file` imports with the given pattern. */
function imports(file: string, pattern: RegExp): string[] {
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  return [...read(file).matchAll(pattern)].map((m) => dir + (m[1] ?? '').slice(2));
}

/** The entry scripts and everything they import statically: what the first screen loads. */
function firstScreenFiles(): string[] {
  const seen = new Set<string>();
  const queue = htmlEntries(read('index.html'));
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...imports(file, STATIC_IMPORT));
  }
  return [...seen];
}

/** Everything the app can ever load from the entry: static and dynamic imports, followed. */
function reachableFiles(): Set<string> {
  const seen = new Set<string>();
  const queue = htmlEntries(read('index.html'));
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...imports(file, STATIC_IMPORT), ...imports(file, DYNAMIC_IMPORT));
  }
  return seen;
}

describe('bundle split: the PDF code is a lazy chunk', () => {
  it('out/web is built', () => {
    expect(existsSync(join(WEB, 'index.html')), `${WEB}/index.html (run npm run build:web)`).toBe(
      true,
    );
  });

  it('the first screen (entry script, modulepreloads, their static imports) has no PDF code', () => {
    const files = firstScreenFiles();
    expect(files.length).toBeGreaterThan(0);
    expect(
      files.every((f) => existsSync(join(WEB, f))),
      files.join(', '),
    ).toBe(true);
    for (const file of files) {
      const code = read(file);
      for (const marker of [...PDF_MARKERS, FONT_MARKER]) {
        expect(code.includes(marker), `${file} contains "${marker}"`).toBe(false);
      }
    }
  });

  it('a separate chunk holds @react-pdf and is reached only through a dynamic import', () => {
    const first = new Set(firstScreenFiles());
    const chunks = readdirSync(join(WEB, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `assets/${f}`);
    const pdfChunks = chunks.filter((f) => PDF_MARKERS.every((m) => read(f).includes(m)));
    expect(pdfChunks.length, `chunks with every PDF marker among ${chunks.join(', ')}`).toBe(1);
    const pdfChunk = pdfChunks[0] as string;
    expect(first.has(pdfChunk)).toBe(false);
    // Reached from the entry, but only across a dynamic import() (the Review & export step
    // is itself a lazy chunk, which imports the PDF code lazily again).
    expect(reachableFiles().has(pdfChunk)).toBe(true);
  });

  it('the inline fonts are a lazy chunk of their own', () => {
    const first = new Set(firstScreenFiles());
    const fontChunks = readdirSync(join(WEB, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `assets/${f}`)
      .filter((f) => read(f).includes(FONT_MARKER));
    expect(fontChunks.length).toBe(1);
    expect(first.has(fontChunks[0] as string)).toBe(false);
    expect(reachableFiles().has(fontChunks[0] as string)).toBe(true);
  });

  it('the Noto fallback fonts are separate assets, reached only through a lazy chunk', () => {
    const assets = readdirSync(join(WEB, 'assets'));
    // One file per subset and weight, fetched one at a time (none of it inlined as JS).
    for (const pkg of [
      'noto-sans-sc',
      'noto-sans-kr',
      'noto-sans-arabic',
      'noto-sans-hebrew',
      'noto-emoji',
    ])
      expect(
        assets.filter((f) => f.startsWith(pkg) && f.endsWith('.woff')).length,
        pkg,
      ).toBeGreaterThan(0);
    const first = firstScreenFiles();
    for (const file of first) expect(read(file).includes('noto-sans-sc'), file).toBe(false);
    const table = assets
      .filter((f) => f.startsWith('pdf-fonts-fallback') && f.endsWith('.js'))
      .map((f) => `assets/${f}`);
    expect(table).toHaveLength(1);
    expect(first).not.toContain(table[0]);
    expect(reachableFiles().has(table[0]!)).toBe(true);
  });
});

describe('each target carries one copy of the fallback fonts', () => {
  const assets = (dir: string) => readdirSync(resolve(import.meta.dirname, '../..', dir, 'assets'));
  const fontChunks = (dir: string) =>
    assets(dir).filter(
      (f) =>
        /^noto-.*\.js$/.test(f) &&
        readFileSync(resolve(import.meta.dirname, '../..', dir, 'assets', f), 'utf8').includes(
          'data:font/woff;base64,',
        ),
    );

  it('the web build serves font files and has no inline font chunks', () => {
    expect(assets('out/web').some((f) => /^noto-sans-sc-.*\.woff$/.test(f))).toBe(true);
    expect(fontChunks('out/web')).toEqual([]);
  });

  it('the desktop build (file://, no fetch) has the inline chunks', () => {
    expect(fontChunks('out/renderer').length).toBeGreaterThan(100);
  });
});
