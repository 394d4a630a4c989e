import type { Workshop } from '../model/types';

/** The export formats. @public */
export type ExportKind = 'pdf' | 'md' | 'csv' | 'json';

/** MIME type of each export format (text formats are UTF-8). @public */
export const EXPORT_MIME: Readonly<Record<ExportKind, string>> = {
  pdf: 'application/pdf',
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

/**
 * A file name to suggest for an export, e.g. `acme-field-service-2027-q1-okrs.pdf`: the
 * title and cycle folded to lowercase ASCII words, safe on every file system.
 *
 * @public
 */
export function exportFileName(w: Workshop, kind: ExportKind): string {
  const slug = slugOf(w);
  const base = kind === 'json' ? slug || 'workshop' : `${slug || 'workshop'}-okrs`;
  return `${base}.${kind}`;
}

/** The cycle report's file name, e.g. `acme-field-service-2027-q1-cycle-report.pdf`. @public */
export function reportFileName(w: Workshop, kind: 'pdf' | 'md'): string {
  return `${slugOf(w) || 'workshop'}-cycle-report.${kind}`;
}

/** The title and cycle folded to lowercase ASCII words joined by `-`, at most 60 characters. */
function slugOf(w: Workshop): string {
  return [w.meta.title, w.meta.cycle]
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
