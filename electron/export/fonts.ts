import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import type { PdfFonts } from '../../shared/export/pdf/fonts';
import type { FallbackPackage, PdfFallbackFonts } from '../../shared/export/pdf/fallback-fonts';
import { fontDataUrl, woffToSfnt } from '../../shared/export/pdf/woff';

const require = createRequire(import.meta.url);

/**
 * The Noto subsets of the @fontsource packages, read from node_modules only when a PDF's
 * text needs them (see shared/export/pdf/fallback-fonts.ts), unpacked with zlib (see
 * shared/export/pdf/woff.ts).
 */
const nodeFallbackFonts: PdfFallbackFonts = {
  ranges: async (pkg: FallbackPackage) =>
    require(`@fontsource/${pkg}/unicode.json`) as Record<string, string>,
  source: async (pkg: FallbackPackage, file: string) => {
    const woff = await readFile(require.resolve(`@fontsource/${pkg}/files/${file}`));
    return fontDataUrl(await woffToSfnt(woff, (data) => inflateSync(data)));
  },
};

/**
 * The fonts for renderWorkshopPdf in Node (CLI, hub, desktop main): the DejaVu Sans faces
 * of the `dejavu-fonts-ttf` package as absolute file paths, and the Noto fallbacks.
 * Resolved through Node's module resolution, so it works from the source tree, the CLI
 * bundle and a packaged app alike.
 */
export function nodePdfFonts(): PdfFonts {
  const path = (file: string) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`);
  return {
    regular: path('DejaVuSans.ttf'),
    bold: path('DejaVuSans-Bold.ttf'),
    italic: path('DejaVuSans-Oblique.ttf'),
    fallback: nodeFallbackFonts,
  };
}
