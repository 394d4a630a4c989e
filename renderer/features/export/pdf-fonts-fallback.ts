import arabic from '@fontsource/noto-sans-arabic/unicode.json';
import hebrew from '@fontsource/noto-sans-hebrew/unicode.json';
import emoji from '@fontsource/noto-emoji/unicode.json';
import sc from '@fontsource/noto-sans-sc/unicode.json';
import kr from '@fontsource/noto-sans-kr/unicode.json';
import type { FallbackPackage, PdfFallbackFonts } from '../../../shared/export';
import { fontDataUrl, woffToSfnt } from '../../../shared/export/pdf/woff';

/*
 * The Noto fallback fonts in the browser. This module is a lazy chunk of its own, loaded
 * only when a PDF's text has characters DejaVu lacks; the font files are separate build
 * assets (the hub serves them beside the app), fetched one subset at a time, and only the
 * subsets that text needs.
 */

const RANGES: Record<FallbackPackage, Readonly<Record<string, string>>> = {
  'noto-sans-arabic': arabic,
  'noto-sans-hebrew': hebrew,
  'noto-emoji': emoji,
  'noto-sans-sc': sc,
  'noto-sans-kr': kr,
};

// The subset files (not the packages' Latin or Cyrillic ones), as asset URLs for a page
// served over http(s)...
// Which build this is: the web build (served over http by a hub) carries only the font files,
// the desktop build only the inline chunks, so neither ships the other's 16 MB copy.
const DESKTOP = import.meta.env.OFFSITE_TARGET === 'desktop';

const URLS: Record<string, string> = DESKTOP
  ? {}
  : import.meta.glob<string>(
      [
        '../../../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-{400,700}-normal.woff',
        '../../../node_modules/@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-{400,700}-normal.woff',
        '../../../node_modules/@fontsource/noto-emoji/files/noto-emoji-[0-9]*-{400,700}-normal.woff',
        '../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-[0-9]*-{400,700}-normal.woff',
        '../../../node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-[0-9]*-{400,700}-normal.woff',
      ],
      { query: '?url', import: 'default', eager: true },
    );

// ...and as data URLs in chunks of their own, for the desktop window on file://, where
// fetch() refuses file URLs. Each is loaded only when its subset is needed.
const INLINE: Record<string, () => Promise<string>> = !DESKTOP
  ? {}
  : import.meta.glob<string>(
      [
        '../../../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-{400,700}-normal.woff',
        '../../../node_modules/@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-{400,700}-normal.woff',
        '../../../node_modules/@fontsource/noto-emoji/files/noto-emoji-[0-9]*-{400,700}-normal.woff',
        '../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-[0-9]*-{400,700}-normal.woff',
        '../../../node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-[0-9]*-{400,700}-normal.woff',
      ],
      { query: '?inline', import: 'default' },
    );

function fromDataUrl(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function woffBytes(pkg: FallbackPackage, file: string): Promise<Uint8Array> {
  const key = `../../../node_modules/@fontsource/${pkg}/files/${file}`;
  if (DESKTOP) {
    const load = INLINE[key];
    if (!load) throw new Error(`no font file ${file}`);
    return fromDataUrl(await load());
  }
  const url = URLS[key];
  if (!url) throw new Error(`no font file ${file}`);
  // A file under the build's inline limit comes as a data: URL already.
  if (url.startsWith('data:')) return fromDataUrl(url);
  const response = await fetch(new URL(url, document.baseURI));
  if (!response.ok) throw new Error(`could not load the font ${file}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The fallback fonts for a PDF made in this page. */
export const webFallbackFonts: PdfFallbackFonts = {
  ranges: async (pkg) => RANGES[pkg],
  source: async (pkg, file) => fontDataUrl(await woffToSfnt(await woffBytes(pkg, file), inflate)),
};
