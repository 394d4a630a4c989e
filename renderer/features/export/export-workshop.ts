import {
  cycleReportToMarkdown,
  EXPORT_MIME,
  exportFileName,
  reportFileName,
  workshopToCsv,
  workshopToJsonText,
  workshopToMarkdown,
  type ExportKind,
  type Paper,
} from '../../../shared/export';
import type { Workshop } from '../../../shared/model/types';
import { loadWebPdfFonts } from './pdf-fonts';

interface ExportWorkshopOptions {
  /** PDF only; default `a4`. */
  readonly paper?: Paper;
  /** PDF and Markdown: who took part, for the cover. */
  readonly participants?: readonly string[];
  /** CSV only: start with a UTF-8 byte order mark for spreadsheet apps. */
  readonly bom?: boolean;
  /** When the document is made; default now. */
  readonly generatedAt?: Date;
  /** PDF and Markdown: the cycle report instead of the OKRs. */
  readonly report?: boolean;
}

/** An export ready to hand to the platform's save dialog or download. */
interface ExportedFile {
  /** Suggested file name, e.g. `acme-field-service-2027-q1-okrs.pdf`. */
  readonly name: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
  /**
   * PDF only: one line per field with characters its fonts cannot draw
   * (`objectives[0].title: contains Thai script, which the PDF cannot render`).
   */
  readonly warnings: readonly string[];
}

/**
 * Exports a workshop snapshot as PDF, Markdown, CSV or interchange JSON. The PDF code
 * (@react-pdf, its layout engine and the font files) is imported only when a PDF is asked
 * for, so it stays out of the first screen's bundle.
 */
export async function exportWorkshop(
  w: Workshop,
  kind: ExportKind,
  options: ExportWorkshopOptions = {},
): Promise<ExportedFile> {
  const report = options.report === true && (kind === 'pdf' || kind === 'md');
  const file = (bytes: Uint8Array, warnings: readonly string[] = []): ExportedFile => ({
    name: report ? reportFileName(w, kind) : exportFileName(w, kind),
    mime: EXPORT_MIME[kind],
    bytes,
    warnings,
  });
  const text = (s: string) => file(new TextEncoder().encode(s));
  switch (kind) {
    case 'pdf': {
      const pdf = await import('../../../shared/export/pdf');
      const render = report ? pdf.renderCycleReportPdfReport : pdf.renderWorkshopPdfReport;
      const made = await render(w, {
        paper: options.paper,
        fonts: await loadWebPdfFonts(),
        participants: options.participants,
        generatedAt: options.generatedAt,
      });
      return file(made.bytes, made.warnings);
    }
    case 'md':
      return text(
        (report ? cycleReportToMarkdown : workshopToMarkdown)(w, {
          participants: options.participants,
          generatedAt: options.generatedAt,
        }),
      );
    case 'csv':
      // Formula-leading cells are guarded (the default): a spreadsheet shows them as text.
      return text(workshopToCsv(w, { bom: options.bom, generatedAt: options.generatedAt }));
    case 'json':
      return text(workshopToJsonText(w));
  }
}
