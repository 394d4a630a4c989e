/**
 * The PDF exporter, behind its own entry so the renderer loads @react-pdf (and its fonts)
 * only when someone exports a PDF: `await import('shared/export/pdf')`.
 * @public
 */
export { renderWorkshopPdf, type PdfOptions } from './render';
export { type PdfFonts } from './fonts';
export { WorkshopPdfDocument, type Paper } from './document';
