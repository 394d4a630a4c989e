import { keyResultStatuses } from '../drumbeat';
import { fixedT } from '../i18n';
import { localIsoDate } from '../dates';
import type { Workshop } from '../model/types';
import { formatNumber } from './content';

/** Options of {@link workshopToCsv}. @public */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so spreadsheet apps (Excel) detect UTF-8. */
  readonly bom?: boolean;
  /**
   * Guard text cells a spreadsheet would run as a formula (CSV injection): on by default.
   * `false` writes every cell exactly as typed (the CLI's `--raw`). See {@link guardCell}.
   */
  readonly guardFormulas?: boolean;
  /** The day the status is read on (the Drumbeat's rule); default now. */
  readonly generatedAt?: Date;
}

/** The header row in English (a workshop without a language), in column order. @public */
export const CSV_HEADER = [
  'objective',
  'team',
  'key result',
  'metric',
  'unit',
  'baseline',
  'target',
  'current',
  'confidence',
  'status',
  'progress',
  'grade',
] as const;

/**
 * The header row in the workshop's language ("obiettivo", "Ziel", …). The columns and their
 * order never change with the language; numbers keep `.` as decimal point, so a script reads
 * every language's file the same way.
 */
export function csvHeader(language: string | null | undefined): string[] {
  const t = fixedT(language);
  return CSV_HEADER.map((column) => t(`export.csv.${CSV_KEYS[column]}`));
}

const CSV_KEYS = {
  objective: 'objective',
  team: 'team',
  'key result': 'keyResult',
  metric: 'metric',
  unit: 'unit',
  baseline: 'baseline',
  target: 'target',
  current: 'current',
  confidence: 'confidence',
  status: 'status',
  progress: 'progress',
  grade: 'grade',
} as const;

const NEEDS_QUOTES = /[",\r\n]/;
/**
 * What makes Excel, LibreOffice or Google Sheets read a cell as a formula: OWASP's list
 * (`=`, `+`, `-`, `@`, tab, CR), plus LF and the full-width forms some spreadsheet apps
 * convert (`＝＋－＠`).
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A text that is only a plain decimal number ("-5", "+1.5"): read as that number, nothing runs. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** One field, quoted per RFC 4180 when it holds a comma, a quote, CR or LF. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * One text cell, guarded against CSV injection as OWASP advises: a text that starts with
 * a formula character gets a leading `'` (spreadsheets show it as text, and hide the
 * quote) and is always quoted. A text that is only a plain number ("-5") is left alone:
 * it cannot run anything, and a spreadsheet should still see a number. The number
 * columns (baseline, target, current, confidence) are numbers in the model and are never
 * guarded.
 */
export function guardCell(value: string): string {
  if (!FORMULA_START.test(value) || PLAIN_NUMBER.test(value)) return csvField(value);
  return `"'${value.replace(/"/g, '""')}"`;
}

/**
 * One row per key result, objectives and key results in display order:
 * `objective,team,key result,metric,unit,baseline,target,current,confidence,status,progress,grade`.
 * `status` is the Drumbeat's one rule on the day of the export (shared/drumbeat/status.ts:
 * "On pace", "Behind", "At risk", "No data", "Past target"), `progress` 0–1 with two
 * decimals (empty when unknown), `grade` the team's end-of-cycle grade (empty until set).
 * RFC 4180:
 * CRLF line ends (also after the last row), fields quoted only when needed. Numbers are
 * written exactly as stored (no rounding, `.` as decimal point); unset values are empty.
 * `team` is the key result's own team, else its objective's team, else empty (company
 * level). Text cells that start like a formula are guarded unless `guardFormulas: false`
 * ({@link guardCell}). Returns a string; encode it as UTF-8.
 *
 * @public
 */
export function workshopToCsv(w: Workshop, options: CsvOptions = {}): string {
  const text = options.guardFormulas === false ? csvField : guardCell;
  const statuses = keyResultStatuses(w, localIsoDate(options.generatedAt ?? new Date()));
  const grades = new Map((w.grades ?? []).map((g) => [g.keyResultId, g.score]));
  const t = fixedT(w.meta.language);
  const rows = [csvHeader(w.meta.language).map(csvField).join(',')];
  for (const o of w.objectives) {
    for (const k of w.keyResults) {
      if (k.objectiveId !== o.id) continue;
      rows.push(
        [
          text(o.title),
          text(k.team.trim() !== '' ? k.team : (o.team ?? '')),
          text(k.title),
          text(k.metric),
          text(k.unit),
          formatNumber(k.baseline),
          formatNumber(k.target),
          formatNumber(k.current),
          formatNumber(k.confidence),
          text(t(`export.statuses.${statuses.get(k.id)!.status}`)),
          progressCell(statuses.get(k.id)!.progress.progress),
          formatNumber(grades.get(k.id) ?? null),
        ].join(','),
      );
    }
  }
  return `${options.bom ? '\uFEFF' : ''}${rows.join('\r\n')}\r\n`;
}

/** Progress as a number a spreadsheet reads: 0–1, two decimals; empty when unknown. */
function progressCell(progress: number | null): string {
  return progress === null ? '' : String(Math.round(progress * 100) / 100);
}
