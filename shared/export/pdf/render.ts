import { createElement, type ReactElement } from 'react';
import { pdf } from '@react-pdf/renderer';
import type { Workshop } from '../../model/types';
import { exportContent } from '../content';
import { meetingSections } from '../meeting-content';
import { cycleReportContent } from '../cycle-report';
import { CycleReportPdfDocument } from './cycle-report-document';
import { WorkshopPdfDocument, type Paper } from './document';
import { pdfFontStack, type PdfFonts } from './fonts';
import { printedTexts } from './printed-texts';
import { drawnCodePoints, unrenderableWarnings } from './unrenderable';

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

/** What {@link renderWorkshopPdfReport} made. @public */
export interface PdfReport {
  /** The PDF file's bytes. */
  readonly bytes: Uint8Array;
  /**
   * One line per field holding characters no font of the PDF can draw, e.g.
   * `objectives[0].title: contains Thai script, which the PDF cannot render`. The PDF is
   * made all the same (those characters show as empty boxes); the caller says so.
   */
  readonly warnings: readonly string[];
}

// @react-pdf keeps one renderer per process; one document at a time keeps two exports
// started together (a double click, a CLI batch) from laying out into each other.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Lays out and renders the workshop's PDF with embedded fonts: DejaVu Sans, plus the Noto
 * subsets (Arabic, Hebrew, CJK, emoji) for the characters the workshop's text has, loaded
 * only then. Works in Node and in a browser (fonts as file paths or URLs). Resolves to the
 * PDF file's bytes and a warning for each field with characters no font can draw.
 *
 * @example
 * ```ts
 * const { bytes, warnings } = await renderWorkshopPdfReport(w, { fonts: nodePdfFonts() });
 * for (const w of warnings) console.error(w);
 * ```
 * @public
 */
export function renderWorkshopPdfReport(w: Workshop, options: PdfOptions): Promise<PdfReport> {
  return render(w, options, (generatedAt, fontFamily, paper) => {
    const content = exportContent(w, {
      participants: options.participants,
      generatedAt,
      calendarWeeks: options.calendarWeeks,
    });
    return createElement(WorkshopPdfDocument, {
      content,
      meetings: meetingSections(w, content),
      fontFamily,
      paper,
      generatedAt,
    });
  });
}

/**
 * The cycle report as a PDF (shared/export/cycle-report.ts): cover, one-pager, every
 * objective with its score, grades, progress and confidence charts and retrospective, and
 * the cycle's retrospective. Fonts and warnings as {@link renderWorkshopPdfReport}.
 *
 * @example
 * ```ts
 * const { bytes } = await renderCycleReportPdfReport(w, { fonts: nodePdfFonts() });
 * ```
 * @public
 */
export function renderCycleReportPdfReport(w: Workshop, options: PdfOptions): Promise<PdfReport> {
  return render(w, options, (generatedAt, fontFamily, paper) =>
    createElement(CycleReportPdfDocument, {
      report: cycleReportContent(w, { participants: options.participants, generatedAt }),
      fontFamily,
      paper,
      generatedAt,
    }),
  );
}

/** Lays out one document with the font stack its text needs, one document at a time. */
function render(
  w: Workshop,
  options: PdfOptions,
  element: (generatedAt: Date, fontFamily: readonly string[], paper: Paper) => ReactElement,
): Promise<PdfReport> {
  const run = async (): Promise<PdfReport> => {
    const generatedAt = options.generatedAt ?? new Date();
    const participants = (options.participants ?? []).map((p) => p.trim()).filter(Boolean);
    const texts = printedTexts(w, participants);
    const codePoints = new Set(texts.flatMap((t) => drawnCodePoints(t.text)));
    const stack = await pdfFontStack(options.fonts, codePoints);
    const doc = element(generatedAt, stack.families, options.paper === 'letter' ? 'letter' : 'a4');
    // The element type is our component, which renders a <Document>; @react-pdf's typing
    // wants the Document element itself.
    const blob = await pdf(doc as Parameters<typeof pdf>[0]).toBlob();
    return {
      bytes: new Uint8Array(await blob.arrayBuffer()),
      warnings: unrenderableWarnings(texts, stack.renderable),
    };
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/**
 * {@link renderWorkshopPdfReport} without the warnings: the PDF file's bytes.
 *
 * @example
 * ```ts
 * const bytes = await renderWorkshopPdf(readWorkshop(doc), { paper: 'letter', fonts: nodePdfFonts() });
 * ```
 * @public
 */
export async function renderWorkshopPdf(w: Workshop, options: PdfOptions): Promise<Uint8Array> {
  return (await renderWorkshopPdfReport(w, options)).bytes;
}
