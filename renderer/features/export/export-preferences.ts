import type { Paper } from '../../../shared/export';

/**
 * Paper size and the CSV byte-order-mark choice, remembered on this device for every
 * workshop: they depend on the facilitator's printer and spreadsheet app, not the workshop.
 */

const PAPER_KEY = 'offsite:export:paper';
const BOM_KEY = 'offsite:export:csv-bom';

/** Letter where it is the norm (US, Canada, Mexico, the Philippines …), A4 elsewhere. */
function paperForLocale(locale: string): Paper {
  const region = /[-_]([A-Za-z]{2})\b/.exec(locale)?.[1]?.toUpperCase();
  return region && ['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR'].includes(region)
    ? 'letter'
    : 'a4';
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage off or full: the choice holds for this page only.
  }
}

export function loadPaper(): Paper {
  const stored = read(PAPER_KEY);
  if (stored === 'a4' || stored === 'letter') return stored;
  return paperForLocale(typeof navigator === 'undefined' ? '' : navigator.language);
}

export function savePaper(paper: Paper): void {
  write(PAPER_KEY, paper);
}

export function loadCsvBom(): boolean {
  return read(BOM_KEY) === 'true';
}

export function saveCsvBom(bom: boolean): void {
  write(BOM_KEY, String(bom));
}
