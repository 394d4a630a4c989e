import regular from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import bold from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import italic from 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?url';
import type { PdfFonts } from '../../../shared/export';

/**
 * The DejaVu Sans faces as absolute URLs, for renderWorkshopPdf in the renderer. Vite copies
 * the TTFs into the build as assets; they are fetched only when a PDF is made. Absolute,
 * because @react-pdf fetches only what looks like a URL (with a scheme) and would treat a
 * relative `./assets/…` (the build's `base: './'`) or a dev-server `/node_modules/…` path
 * as a file path.
 */
export function webPdfFonts(): PdfFonts {
  const absolute = (url: string) => new URL(url, document.baseURI).href;
  return { regular: absolute(regular), bold: absolute(bold), italic: absolute(italic) };
}
