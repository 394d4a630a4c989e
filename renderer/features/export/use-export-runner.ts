import { useCallback, useRef, useState } from 'react';
import type { ExportKind, Paper } from '../../../shared/export';
import { messageOf, showError } from '../../ui/notices';
import { platform } from '../../platform';
import { selectWorkshop } from '../../state/select-workshop';
import { useOpenWorkshop } from '../../state/workshop-context';
import { useT } from '../../ui/i18n';
import { exportWorkshop } from './export-workshop';

/** What each format is called in status lines and error titles (the formats' own names). */
const KIND_NAME: Record<ExportKind, string> = {
  pdf: 'PDF',
  md: 'Markdown',
  csv: 'CSV',
  json: 'JSON',
};

export interface ExportSettings {
  readonly paper: Paper;
  readonly participants: readonly string[];
  readonly bom: boolean;
}

/** What can be exported: a format of the workshop, or the cycle report as PDF or Markdown. */
export type ExportTarget = ExportKind | 'report-pdf' | 'report-md';

export interface ExportRunner {
  /** The export in progress, or null. One at a time: the status line speaks of one file. */
  readonly busy: ExportTarget | null;
  /** The latest status sentence for the aria-live region ('' before the first export). */
  readonly status: string;
  run(target: ExportTarget, settings: ExportSettings): Promise<void>;
}

/**
 * Exports the open workshop: reads it fresh from the store, with any pending remote change
 * applied first (what the room sees now, not the preview's slightly delayed copy), makes the file, hands it to the platform (save dialog on
 * desktop, download in a browser) and reports where it went. A cancelled save dialog is
 * not an error; a failure is shown in the error dialog and nothing is half-written.
 */
export function useExportRunner(): ExportRunner {
  const { binding } = useOpenWorkshop();
  const [busy, setBusy] = useState<ExportTarget | null>(null);
  const [status, setStatus] = useState('');
  // A ref, not the state: a double click or Ctrl+P held down must not start two exports
  // before React has re-rendered with `busy` set.
  const running = useRef(false);
  const t = useT();

  const run = useCallback(
    async (target: ExportTarget, settings: ExportSettings) => {
      if (running.current) return;
      running.current = true;
      const name =
        target === 'report-pdf'
          ? t('review.reportPdfName')
          : target === 'report-md'
            ? t('review.reportMdName')
            : KIND_NAME[target];
      const report = target === 'report-pdf' || target === 'report-md';
      const kind: ExportKind =
        target === 'report-pdf' ? 'pdf' : target === 'report-md' ? 'md' : target;
      setBusy(target);
      setStatus(t('review.preparing', { name }));
      try {
        binding.flush();
        const file = await exportWorkshop(selectWorkshop(binding.store.getState()), kind, {
          paper: settings.paper,
          participants: settings.participants,
          bom: settings.bom,
          generatedAt: new Date(),
          report,
        });
        const p = platform();
        const where = await p.exportFile(kind, file.name, file.bytes);
        if (where === null) setStatus(t('review.cancelled', { name }));
        else {
          const done =
            p.kind === 'desktop'
              ? t('review.savedTo', { where })
              : t('review.downloaded', { where });
          const n = file.warnings.length;
          setStatus(n === 0 ? done : t('review.withWarnings', { done, count: n }));
          // Never a silent garble: the PDF is kept, and the dialog names every field.
          if (n > 0) {
            showError(
              t('review.cannotShowTitle', { name }),
              t('review.cannotShowText'),
              file.warnings,
            );
          }
        }
      } catch (error) {
        setStatus(t('review.failed', { name }));
        showError(t('review.couldNotExport', { name }), messageOf(error));
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [binding, t],
  );

  return { busy, status, run };
}
