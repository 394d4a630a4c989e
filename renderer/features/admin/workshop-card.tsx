import { useId, useState } from 'react';
import type { AdminWorkshop } from '../../../shared/protocol/admin';
import { QrCode } from '../../ui/qr-code';

const LINKS = [
  { key: 'participant', label: 'Participant link', note: 'share with the room' },
  { key: 'viewer', label: 'Viewer link', note: 'read-only, for a projector' },
  { key: 'facilitator', label: 'Facilitator link', note: 'keep it private' },
] as const;

/**
 * One workshop on the admin page: its links, a QR code to join, the workshop it aligns to,
 * archive and export.
 */
export function WorkshopCard({
  workshop,
  busy,
  others,
  onAlign,
  onArchive,
  onExport,
}: {
  workshop: AdminWorkshop;
  busy: boolean;
  /** The workshops it may align to (the others being served). */
  others: readonly AdminWorkshop[];
  onAlign: (parent: string | null) => void;
  onArchive: (archived: boolean) => void;
  onExport: () => void;
}) {
  const [showQr, setShowQr] = useState(false);
  const headingId = useId();
  const qrId = useId();
  const title = workshop.title || 'Untitled workshop';
  return (
    <li className={`admin-card${workshop.archived ? ' archived' : ''}`}>
      <article aria-labelledby={headingId}>
        <header className="admin-card-header">
          <h2 id={headingId}>{title}</h2>
          {workshop.archived && <span className="admin-badge">Archived</span>}
          <span className="muted admin-id">{workshop.id}</span>
        </header>
        {!workshop.archived && (
          <dl className="admin-links">
            {LINKS.map(({ key, label, note }) => (
              <div key={key} className="admin-link">
                <dt>
                  {label} <span className="muted">({note})</span>
                </dt>
                <dd>
                  <input
                    type="text"
                    readOnly
                    value={workshop.links[key]}
                    aria-label={`${label} of ${title}`}
                    onFocus={(e) => e.currentTarget.select()}
                  />
                </dd>
              </div>
            ))}
          </dl>
        )}
        {!workshop.archived && (
          <label className="admin-align">
            <span>Aligns to</span>
            <select
              value={workshop.parent ?? ''}
              disabled={busy}
              aria-describedby={`${headingId}-align`}
              onChange={(e) => onAlign(e.target.value === '' ? null : e.target.value)}
            >
              <option value="">No other workshop</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title || 'Untitled workshop'}
                </option>
              ))}
              {workshop.parent && !others.some((o) => o.id === workshop.parent) && (
                <option value={workshop.parent}>{workshop.parent} (archived)</option>
              )}
            </select>
            <span id={`${headingId}-align`} className="muted">
              Its members may pick that workshop’s objectives as parents and see their titles.
            </span>
          </label>
        )}
        <div className="admin-actions">
          {!workshop.archived && (
            <button
              type="button"
              className="button"
              aria-expanded={showQr}
              aria-controls={qrId}
              onClick={() => setShowQr((v) => !v)}
            >
              {showQr ? 'Hide QR code' : 'Show QR code'}
              <span className="visually-hidden"> of {title}</span>
            </button>
          )}
          <button type="button" className="button" disabled={busy} onClick={onExport}>
            Export<span className="visually-hidden"> {title}</span> (.offsite)
          </button>
          <button
            type="button"
            className={workshop.archived ? 'button' : 'button danger-quiet'}
            disabled={busy}
            onClick={() => onArchive(!workshop.archived)}
          >
            {workshop.archived ? 'Restore' : 'Archive'}
            <span className="visually-hidden"> {title}</span>
          </button>
        </div>
        <div id={qrId} className="admin-qr" hidden={!showQr || workshop.archived}>
          {showQr && !workshop.archived && (
            <QrCode text={workshop.links.participant} label={`QR code to join ${title}`} />
          )}
        </div>
      </article>
    </li>
  );
}
