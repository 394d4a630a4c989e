/**
 * The PDF exporter, behind its own entry so the renderer loads @react-pdf (and its fonts)
 * only when someone exports a PDF: `await import('shared/export/pdf')`.
 * @public
 */
export {
  renderCycleReportPdfReport,
  renderWorkshopPdf,
  renderWorkshopPdfReport,
  type PdfOptions,
  type PdfReport,
} from './render';
export { type PdfFonts } from './fonts';
export {
  FALLBACK_PACKAGES,
  FALLBACK_WEIGHTS,
  subsetFile,
  type FallbackPackage,
  type PdfFallbackFonts,
} from './fallback-fonts';
export { WorkshopPdfDocument, type Paper } from './document';
