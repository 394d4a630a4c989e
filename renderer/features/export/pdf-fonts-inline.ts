import regular from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?inline';
import bold from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?inline';
import italic from 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?inline';
import type { PdfFonts } from '../../../shared/export';

/**
 * DejaVu Sans as `data:` URLs, for pages that cannot fetch the font files (the desktop
 * window on `file://`). Only ever imported dynamically: it is large.
 */
export const inlinePdfFonts: PdfFonts = { regular, bold, italic };
