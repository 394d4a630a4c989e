import { useEffect, useEffectEvent, useId, type ReactNode } from 'react';
import type { Paper } from '../../../shared/export';
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
      <h3 id={`${id}-heading`}>Export</h3>
      <div className="export-field" data-native-undo>
        <label htmlFor={`${id}-participants`}>Participants</label>
        <input
          id={`${id}-participants`}
          type="text"
          value={participantsText}
          placeholder="e.g. Ana Müller, Ben Smith, Chloé Dubois"
          maxLength={2000}
          autoComplete="off"
          aria-describedby={`${id}-participants-hint`}
          onChange={(e) => onParticipantsText(e.target.value)}
        />
        <p id={`${id}-participants-hint`} className="export-hint">
          Comma-separated names for the cover. Remembered on this device for this workshop.
        </p>
        {participantsPicker}
      </div>

      <div className="export-options">
        <ExportOption
          id={`${id}-pdf`}
          title="PDF"
          hint="Print-ready, to send and pin on the wall."
          setting={
            <div className="export-field export-field-inline">
              <label htmlFor={`${id}-paper`}>Paper size</label>
              <select
                id={`${id}-paper`}
                value={paper}
                onChange={(e) => onPaper(e.target.value === 'letter' ? 'letter' : 'a4')}
              >
                <option value="a4">A4</option>
                <option value="letter">US Letter</option>
              </select>
            </div>
          }
          action={
            <>
              <ExportButton
                kind="pdf"
                label="Export PDF…"
                runner={runner}
                settings={settings}
                primary
                shortcut={{ aria: 'Control+P Meta+P', title: `Export PDF (${PDF_SHORTCUT})` }}
              />
              <p className="export-hint">
                Shortcut: <kbd>{PDF_SHORTCUT}</kbd>
              </p>
            </>
          }
        />
        <ExportOption
          id={`${id}-md`}
          title="Markdown"
          hint="The same content as headings and tables, ready for a wiki."
          action={
            <ExportButton kind="md" label="Export Markdown…" runner={runner} settings={settings} />
          }
        />
        <ExportOption
          id={`${id}-csv`}
          title="CSV"
          hint="One row per key result, for spreadsheets."
          setting={
            <label className="export-check">
              <input type="checkbox" checked={bom} onChange={(e) => onBom(e.target.checked)} />
              Add BOM for spreadsheet apps
            </label>
          }
          action={
            <ExportButton kind="csv" label="Export CSV…" runner={runner} settings={settings} />
          }
        />
        <ExportOption
          id={`${id}-report`}
          title="Cycle report"
          hint="At the cycle’s end: the one-pager, OKRs with grades and progress charts, and the retrospective (grade in Drumbeat → Review the cycle)."
          action={
            <div className="export-report-actions">
              <ExportButton
                kind="report-pdf"
                label="Cycle report (PDF)"
                runner={runner}
                settings={settings}
              />
              <ExportButton
                kind="report-md"
                label="Cycle report (Markdown)"
                runner={runner}
                settings={settings}
              />
            </div>
          }
        />
        <ExportOption
          id={`${id}-json`}
          title="JSON"
          hint="The interchange format, to import into Offsite again."
          action={
            <ExportButton kind="json" label="Export JSON…" runner={runner} settings={settings} />
          }
        />
      </div>

      <p className="export-status" role="status" aria-live="polite">
        {runner.status}
      </p>
    </section>
  );
}
