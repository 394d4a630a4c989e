import { createRequire } from 'node:module';
import type { PdfFonts } from '../../shared/export/pdf/fonts';

/**
 * The DejaVu Sans faces of the `dejavu-fonts-ttf` package as absolute file paths, for
 * renderWorkshopPdf in Node (CLI, hub, desktop main). Resolved through Node's module
 * resolution, so it works from the source tree, the CLI bundle and a packaged app alike.
 */
export function nodePdfFonts(): PdfFonts {
  const require = createRequire(import.meta.url);
  const path = (file: string) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`);
  return {
    regular: path('DejaVuSans.ttf'),
    bold: path('DejaVuSans-Bold.ttf'),
    italic: path('DejaVuSans-Oblique.ttf'),
  };
}
