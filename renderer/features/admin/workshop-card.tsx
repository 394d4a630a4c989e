import { useId, useState } from 'react';
import type { AdminWorkshop } from '../../../shared/protocol/admin';
import { QrCode } from '../../ui/qr-code';

const LINKS = [
  { key: 'participant', label: 'Participant link', note: 'share with the room' },
  { key: 'viewer', label: 'Viewer link', note: 'read-only, for a projector' },
  { key: 'facilitator', label: 'Facilitator link', note: 'keep it private' },
] as const;

/** One workshop on the admin page: its links, a QR code to join, archive and export. */
export function WorkshopCard({
  workshop,
  busy,
  onArchive,
  onExport,
}: {
  workshop: AdminWorkshop;
  busy: boolean;
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
