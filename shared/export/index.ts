/**
 * Workshop → Markdown, CSV and JSON. The PDF lives behind its own entry
 * (`shared/export/pdf`) so @react-pdf never lands in a bundle that does not need it.
 * @public
 */
export * from './content';
export { workshopToMarkdown, mdCell, mdInline, keyResultColumns } from './markdown';
export * from './cycle-report';
export { cycleReportToMarkdown } from './cycle-report-markdown';
export {
  meetingSections,
  type MeetingConfidence,
  type MeetingHealth,
  type MeetingSection,
} from './meeting-content';
export { workshopToCsv, csvField, guardCell, CSV_HEADER, type CsvOptions } from './csv';
export { workshopToJsonText, workshopToJson } from './json';
export { exportFileName, reportFileName, EXPORT_MIME, type ExportKind } from './file-name';
export type { PdfFonts } from './pdf/fonts';
export type { PdfReport } from './pdf/render';
export type { FallbackPackage, PdfFallbackFonts } from './pdf/fallback-fonts';
export type { Paper } from './pdf/document';
