import regular from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import bold from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import italic from 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?url';
import type { PdfFallbackFonts, PdfFonts } from '../../../shared/export';

/**
 * The DejaVu Sans faces as absolute URLs, for renderWorkshopPdf in a page served over
 * http(s) (the room's web UI, the dev server). Vite copies the TTFs into the build as
 * assets; they are fetched only when a PDF is made. Absolute, because @react-pdf fetches
 * only what looks like a URL (with a scheme) and would treat a relative `./assets/…` (the
 * build's `base: './'`) or a dev-server `/node_modules/…` path as a file path.
 */
function webPdfFonts(): PdfFonts {
  const absolute = (url: string) => new URL(url, document.baseURI).href;
  return {
    regular: absolute(regular),
    bold: absolute(bold),
    italic: absolute(italic),
    fallback: lazyFallbackFonts,
  };
}

/**
 * The Noto fallbacks (Arabic, Hebrew, CJK, emoji): their table of subsets and file URLs is
 * a chunk of its own, imported on the first call, which comes only when a PDF's text has
 * characters DejaVu lacks.
 */
const lazyFallbackFonts: PdfFallbackFonts = {
  ranges: async (pkg) => (await import('./pdf-fonts-fallback')).webFallbackFonts.ranges(pkg),
  source: async (pkg, file) =>
    (await import('./pdf-fonts-fallback')).webFallbackFonts.source(pkg, file),
};

/**
 * The fonts for wherever the renderer runs. The desktop window is loaded from `file://`,
 * and Chromium's fetch() refuses file URLs, so there the fonts come as data URLs from a
 * chunk of their own (about 2.8 MB, loaded only when a PDF is made).
 */
export async function loadWebPdfFonts(): Promise<PdfFonts> {
  const { protocol } = new URL(document.baseURI);
  if (protocol === 'http:' || protocol === 'https:') return webPdfFonts();
  return { ...(await import('./pdf-fonts-inline')).inlinePdfFonts, fallback: lazyFallbackFonts };
}
