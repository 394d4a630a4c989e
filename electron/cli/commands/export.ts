import { resolve } from 'node:path';
import { readWorkshop, type Workshop } from '../../../shared/model';
import {
  cycleReportToMarkdown,
  workshopToCsv,
  workshopToJsonText,
  workshopToMarkdown,
  type ExportKind,
} from '../../../shared/export';
import { writeFileAtomic, SaveError } from '../../storage/atomic-write';
import { loadWorkshopDoc, WorkshopFileError } from '../../storage/workshop-file';
import { nodePdfFonts } from '../../export/fonts';

/**
 * `offsite export FILE (--pdf OUT.pdf | --md OUT.md | --csv OUT.csv | --json OUT.json)
 *  [--report] [--paper a4|letter] [--bom] [--raw] [--participants "Ana, Ben"]`
 *
 * FILE is interchange JSON or an `.offsite` workshop file. Exactly one output flag.
 * `--report` writes the cycle report instead of the workshop's OKRs (with --pdf or --md
 * only): one-pager, OKRs with grades and charts, retrospectives.
 * `--paper` (default a4) only with --pdf; `--bom` (a UTF-8 byte order mark for spreadsheet
 * apps) and `--raw` (no formula guard) only with --csv; `--participants` (comma-separated,
 * for the cover) with --pdf/--md.
 *
 * Exit 0: written; one summary line on stderr (stdout stays empty).
 * Exit 1: the PDF was written, but some text is in a script its fonts cannot draw; one
 *   `warning: <field path>: contains … script, which the PDF cannot render` line per field
 *   on stderr before the summary, so a script cannot pass such a PDF on unnoticed.
 * Exit 2: bad arguments, FILE cannot be read, or OUT cannot be written; the reason on
 *   stderr and nothing written (OUT is replaced atomically, so an old OUT stays intact).
 */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if ('error' in parsed) {
    console.error(`offsite export: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  const { file, kind, out } = parsed;
  if (resolve(out) === resolve(file)) {
    console.error(`offsite export: the output ${out} is the input file; choose another name`);
    return 2;
  }

  let workshop: Workshop;
  try {
    const doc = await loadWorkshopDoc(file);
    workshop = readWorkshop(doc);
    doc.destroy();
  } catch (e) {
    const reason =
      e instanceof WorkshopFileError ? e.message : `cannot read ${file}: ${messageOf(e)}`;
    console.error(`offsite export: ${reason}`);
    return 2;
  }

  let data: Uint8Array | string;
  let detail: string;
  let warnings: readonly string[] = [];
  try {
    switch (kind) {
      case 'pdf': {
        // Loaded only for PDFs: @react-pdf and its layout engine are most of the start-up time.
        const pdf = await import('../../../shared/export/pdf');
        const render = parsed.report ? pdf.renderCycleReportPdfReport : pdf.renderWorkshopPdfReport;
        const report = await render(workshop, {
          paper: parsed.paper,
          fonts: nodePdfFonts(),
          participants: parsed.participants,
        });
        data = report.bytes;
        warnings = report.warnings;
        detail = `${parsed.report ? 'cycle report, ' : ''}PDF, ${parsed.paper === 'letter' ? 'US Letter' : 'A4'}`;
        break;
      }
      case 'md':
        data = (parsed.report ? cycleReportToMarkdown : workshopToMarkdown)(workshop, {
          participants: parsed.participants,
        });
        detail = parsed.report ? 'cycle report, Markdown' : 'Markdown';
        break;
      case 'csv':
        data = workshopToCsv(workshop, { bom: parsed.bom, guardFormulas: !parsed.raw });
        detail = `CSV, ${workshop.keyResults.length} key results${parsed.bom ? ', with BOM' : ''}${parsed.raw ? ', raw' : ''}`;
        break;
      case 'json':
        data = workshopToJsonText(workshop);
        detail = 'interchange JSON';
        break;
    }
  } catch (e) {
    console.error(`offsite export: could not export ${file} as ${kind}: ${messageOf(e)}`);
    return 2;
  }

  try {
    await writeFileAtomic(out, data);
  } catch (e) {
    console.error(
      `offsite export: ${e instanceof SaveError ? e.message : `cannot write ${out}: ${messageOf(e)}`}`,
    );
    return 2;
  }
  const size =
    typeof data === 'string' ? new TextEncoder().encode(data).byteLength : data.byteLength;
  for (const warning of warnings) console.error(`offsite export: warning: ${warning}`);
  console.error(`offsite export: wrote ${out} (${detail}, ${formatSize(size)})`);
  return warnings.length > 0 ? 1 : 0;
}

const USAGE =
  'usage: offsite export FILE (--pdf OUT.pdf | --md OUT.md | --csv OUT.csv | --json OUT.json)\n' +
  '                           [--report] [--paper a4|letter] [--bom] [--raw]\n' +
  '                           [--participants "Ana, Ben"]\n' +
  '\n' +
  '  --report            the cycle report instead of the OKRs (with --pdf or --md): the\n' +
  '                      one-pager, each objective with its score, its key results\n' +
  "                      grades (the team's, or suggested from progress), progress and\n" +
  '                      confidence over the weeks, and the retrospectives\n' +
  '  --paper a4|letter   PDF paper size (default a4)\n' +
  '  --participants LIST who took part, comma-separated, for the PDF/Markdown cover\n' +
  '  --bom               CSV: start with a UTF-8 byte order mark (for Excel)\n' +
  '  --raw               CSV: write cells exactly as typed. By default a text cell that\n' +
  "                      starts with = + - @ tab or CR gets a leading ' and quotes, so a\n" +
  '                      spreadsheet shows it instead of running it as a formula\n' +
  '                      (CSV injection); numbers, and text that is only a number\n' +
  '                      ("-5"), are never changed\n' +
  '\n' +
  'Exit 0: written. 1: the PDF was written, but some text is in a script its fonts\n' +
  '  cannot show; one warning per field on stderr. 2: bad arguments, FILE unreadable or\n' +
  '  OUT not written.';

const OUTPUT_FLAGS: Readonly<Record<string, ExportKind>> = {
  '--pdf': 'pdf',
  '--md': 'md',
  '--csv': 'csv',
  '--json': 'json',
};

export interface ExportArgs {
  readonly file: string;
  readonly kind: ExportKind;
  readonly out: string;
  readonly paper: 'a4' | 'letter';
  readonly bom: boolean;
  /** CSV without the formula guard. */
  readonly raw: boolean;
  /** The cycle report instead of the OKRs (PDF or Markdown). */
  readonly report: boolean;
  readonly participants: string[];
}

/** Parses the command line; `--flag VALUE` and `--flag=VALUE` both work. Pure. */
export function parseArgs(args: readonly string[]): ExportArgs | { error: string } {
  const files: string[] = [];
  const outputs: [ExportKind, string][] = [];
  let paper: string | undefined;
  let bom = false;
  let raw = false;
  let report = false;
  let participants: string[] | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const takesValue = flag in OUTPUT_FLAGS || flag === '--paper' || flag === '--participants';
    if (flag === '--bom' && eq === -1) {
      bom = true;
      continue;
    }
    if (flag === '--raw' && eq === -1) {
      raw = true;
      continue;
    }
    if (flag === '--report' && eq === -1) {
      report = true;
      continue;
    }
    if (!takesValue) return { error: `unknown option ${arg}` };
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '' || (eq === -1 && value.startsWith('--'))) {
      return { error: `${flag} needs a value` };
    }
    if (flag === '--paper') paper = value;
    else if (flag === '--participants') {
      participants = value
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
    } else outputs.push([OUTPUT_FLAGS[flag]!, value]);
  }
  if (files.length !== 1) {
    return {
      error:
        files.length === 0 ? 'expected a FILE to export' : `expected one FILE, got ${files.length}`,
    };
  }
  if (outputs.length !== 1) {
    return {
      error:
        outputs.length === 0
          ? 'expected one output: --pdf, --md, --csv or --json OUT'
          : `expected exactly one output, got ${outputs.map(([k]) => `--${k}`).join(' and ')}`,
    };
  }
  const [kind, out] = outputs[0]!;
  if (paper !== undefined && paper !== 'a4' && paper !== 'letter') {
    return { error: `--paper must be a4 or letter, not "${paper}"` };
  }
  if (paper !== undefined && kind !== 'pdf') return { error: '--paper applies only to --pdf' };
  if (bom && kind !== 'csv') return { error: '--bom applies only to --csv' };
  if (raw && kind !== 'csv') return { error: '--raw applies only to --csv' };
  if (report && kind !== 'pdf' && kind !== 'md') {
    return { error: '--report writes a PDF or Markdown: use it with --pdf or --md' };
  }
  if (participants !== undefined && kind !== 'pdf' && kind !== 'md') {
    return { error: '--participants applies only to --pdf and --md' };
  }
  return {
    file: files[0]!,
    kind,
    out,
    paper: paper === 'letter' ? 'letter' : 'a4',
    bom,
    raw,
    report,
    participants: participants ?? [],
  };
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function formatSize(bytes: number): string {
  return bytes < 10_240 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} KB`;
}
