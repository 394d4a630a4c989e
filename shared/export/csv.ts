import type { Workshop } from '../model/types';
import { formatNumber } from './content';

/** Options of {@link workshopToCsv}. @public */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so spreadsheet apps (Excel) detect UTF-8. */
  readonly bom?: boolean;
  /**
   * Prefix text cells that start with `=`, `+`, `-`, `@`, tab or CR with `'`, so a
   * spreadsheet shows them instead of running them as formulas (CSV injection). Off by
   * default: it changes the data, and numbers are never touched.
   */
  readonly guardFormulas?: boolean;
}

/** The header row, in column order. @public */
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
] as const;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted per RFC 4180 when it holds a comma, a quote, CR or LF. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * One row per key result, objectives and key results in display order:
 * `objective,team,key result,metric,unit,baseline,target,current,confidence`. RFC 4180:
 * CRLF line ends (also after the last row), fields quoted only when needed. Numbers are
 * written exactly as stored (no rounding, `.` as decimal point); unset values are empty.
 * `team` is the key result's own team, else its objective's team, else empty (company
 * level). Returns a string; encode it as UTF-8.
 *
 * @public
 */
export function workshopToCsv(w: Workshop, options: CsvOptions = {}): string {
  const text = (value: string) =>
    csvField(options.guardFormulas && FORMULA_START.test(value) ? `'${value}` : value);
  const rows = [CSV_HEADER.join(',')];
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
        ].join(','),
      );
    }
  }
  return `${options.bom ? '\uFEFF' : ''}${rows.join('\r\n')}\r\n`;
}
