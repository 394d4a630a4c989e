import { useEffect, useEffectEvent, useId, type ReactNode } from 'react';
import type { Paper } from '../../../shared/export';
import { useT } from '../../ui/i18n';
import type { ExportRunner, ExportSettings, ExportTarget } from './use-export-runner';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
/** How the PDF shortcut is written for this keyboard. */
const PDF_SHORTCUT = IS_MAC ? '⌘P' : 'Ctrl+P';

function ExportButton({
  kind,
  label,
  runner,
  settings,
  primary = false,
  shortcut,
}: {
  kind: ExportTarget;
  label: string;
  runner: ExportRunner;
  settings: ExportSettings;
  primary?: boolean;
  shortcut?: { aria: string; title: string };
}) {
  const busy = runner.busy === kind;
  const blocked = runner.busy !== null;
  return (
    <button
      type="button"
      className={`button${primary ? ' primary' : ''}${busy ? ' is-busy' : ''}`}
      // aria-disabled, not disabled: a disabled button drops the keyboard focus.
      aria-disabled={blocked || undefined}
      aria-busy={busy || undefined}
      aria-keyshortcuts={shortcut?.aria}
      title={shortcut?.title}
      onClick={() => {
        if (!blocked) void runner.run(kind, settings);
      }}
    >
      {busy && <span className="export-spinner" aria-hidden="true" />}
      {label}
    </button>
  );
}

/** One format: what it is, its one setting (if any), and its button. */
function ExportOption({
  id,
  title,
  hint,
  setting,
  action,
}: {
  id: string;
  title: string;
  hint: string;
  setting?: ReactNode;
  action: ReactNode;
}) {
  return (
    <div className="export-option" role="group" aria-labelledby={id}>
      <div className="export-option-text">
        <h4 id={id}>{title}</h4>
        <p className="export-hint">{hint}</p>
      </div>
      <div className="export-option-setting">{setting}</div>
      <div className="export-option-action">{action}</div>
    </div>
  );
}

/**
 * The export controls: participants for the cover, paper size, the CSV byte-order mark,
 * one button per format, and a live status line. Ctrl/Cmd+P exports the PDF instead of
 * opening the browser's print dialog (which would print the app, not the document).
 */
export function ExportControls({
  runner,
  participantsText,
  onParticipantsText,
  paper,
  onPaper,
  bom,
  onBom,
  settings,
  participantsPicker,
}: {
  runner: ExportRunner;
  /** Offers names to tick for the participants (the people seen in the room). */
  participantsPicker?: ReactNode;
  participantsText: string;
  onParticipantsText: (text: string) => void;
  paper: Paper;
  onPaper: (paper: Paper) => void;
  bom: boolean;
  onBom: (bom: boolean) => void;
  settings: ExportSettings;
}) {
  const id = useId();
  const t = useT();

  const exportPdfShortcut = useEffectEvent((event: KeyboardEvent) => {
    if (event.isComposing || event.altKey || event.shiftKey) return;
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'p') return;
    // An open dialog (an error, a confirmation) owns the keyboard.
    if (document.querySelector('dialog[open]')) return;
    event.preventDefault();
    if (runner.busy === null) void runner.run('pdf', settings);
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => exportPdfShortcut(event);
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <section className="export-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('review.export')}</h3>
      <div className="export-field" data-native-undo>
        <label htmlFor={`${id}-participants`}>{t('review.participants')}</label>
        <input
          id={`${id}-participants`}
          type="text"
          value={participantsText}
          placeholder={t('review.participantsPlaceholder')}
          maxLength={2000}
          autoComplete="off"
          aria-describedby={`${id}-participants-hint`}
          onChange={(e) => onParticipantsText(e.target.value)}
        />
        <p id={`${id}-participants-hint`} className="export-hint">
          {t('review.participantsHint')}
        </p>
        {participantsPicker}
      </div>

      <div className="export-options">
        <ExportOption
          id={`${id}-pdf`}
          title="PDF"
          hint={t('review.pdfHint')}
          setting={
            <div className="export-field export-field-inline">
              <label htmlFor={`${id}-paper`}>{t('review.paperSize')}</label>
              <select
                id={`${id}-paper`}
                value={paper}
                onChange={(e) => onPaper(e.target.value === 'letter' ? 'letter' : 'a4')}
              >
                <option value="a4">A4</option>
                <option value="letter">{t('review.letter')}</option>
              </select>
            </div>
          }
          action={
            <>
              <ExportButton
                kind="pdf"
                label={t('review.exportPdf')}
                runner={runner}
                settings={settings}
                primary
                shortcut={{
                  aria: 'Control+P Meta+P',
                  title: t('review.exportPdfTitle', { shortcut: PDF_SHORTCUT }),
                }}
              />
              <p className="export-hint">
                {t('review.shortcut')} <kbd>{PDF_SHORTCUT}</kbd>
              </p>
            </>
          }
        />
        <ExportOption
          id={`${id}-md`}
          title="Markdown"
          hint={t('review.mdHint')}
          action={
            <ExportButton
              kind="md"
              label={t('review.exportMd')}
              runner={runner}
              settings={settings}
            />
          }
        />
        <ExportOption
          id={`${id}-csv`}
          title="CSV"
          hint={t('review.csvHint')}
          setting={
            <label className="export-check">
              <input type="checkbox" checked={bom} onChange={(e) => onBom(e.target.checked)} />
              {t('review.bom')}
            </label>
          }
          action={
            <ExportButton
              kind="csv"
              label={t('review.exportCsv')}
              runner={runner}
              settings={settings}
            />
          }
        />
        <ExportOption
          id={`${id}-report`}
          title={t('review.report')}
          hint={t('review.reportHint')}
          action={
            <div className="export-report-actions">
              <ExportButton
                kind="report-pdf"
                label={t('review.reportPdf')}
                runner={runner}
                settings={settings}
              />
              <ExportButton
                kind="report-md"
                label={t('review.reportMd')}
                runner={runner}
                settings={settings}
              />
            </div>
          }
        />
        <ExportOption
          id={`${id}-json`}
          title="JSON"
          hint={t('review.jsonHint')}
          action={
            <ExportButton
              kind="json"
              label={t('review.exportJson')}
              runner={runner}
              settings={settings}
            />
          }
        />
      </div>

      <p className="export-status" role="status" aria-live="polite">
        {runner.status}
      </p>
    </section>
  );
}
