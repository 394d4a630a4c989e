import { createElement } from 'react';
import { pdf } from '@react-pdf/renderer';
import type { Workshop } from '../../model/types';
import { exportContent } from '../content';
import { WorkshopPdfDocument, type Paper } from './document';
import { pdfFontFamily, type PdfFonts } from './fonts';

/** Options of {@link renderWorkshopPdf}. @public */
export interface PdfOptions {
  /** Default `a4`. */
  readonly paper?: Paper;
  readonly fonts: PdfFonts;
  /** Who took part, for the cover. */
  readonly participants?: readonly string[];
  /** When the document is made (cover date, PDF metadata, "today"); default now. */
  readonly generatedAt?: Date;
  /** Weeks in the drumbeat calendar; default 6. */
  readonly calendarWeeks?: number;
}

// @react-pdf keeps one renderer per process; one document at a time keeps two exports
// started together (a double click, a CLI batch) from laying out into each other.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Lays out and renders the workshop's PDF with embedded DejaVu fonts. Works in Node and in
 * a browser (fonts as file paths or URLs). Resolves to the PDF file's bytes.
 *
 * @example
 * ```ts
 * const bytes = await renderWorkshopPdf(readWorkshop(doc), { paper: 'letter', fonts: nodePdfFonts() });
 * ```
 * @public
 */
export function renderWorkshopPdf(w: Workshop, options: PdfOptions): Promise<Uint8Array> {
  const run = async () => {
    const generatedAt = options.generatedAt ?? new Date();
    const content = exportContent(w, {
      participants: options.participants,
      generatedAt,
      calendarWeeks: options.calendarWeeks,
    });
    const element = createElement(WorkshopPdfDocument, {
      content,
      fontFamily: pdfFontFamily(options.fonts),
      paper: options.paper === 'letter' ? 'letter' : 'a4',
      generatedAt,
    });
    // The element type is our component, which renders a <Document>; @react-pdf's typing
    // wants the Document element itself.
    const blob = await pdf(element as Parameters<typeof pdf>[0]).toBlob();
    return new Uint8Array(await blob.arrayBuffer());
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
