import { useId, useState } from 'react';
import type { AdminWorkshop } from '../../../shared/protocol/admin';
import { useT } from '../../ui/i18n';
import { QrCode } from '../../ui/qr-code';

const LINKS = ['participant', 'viewer', 'facilitator'] as const;

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
  const t = useT();
  const [showQr, setShowQr] = useState(false);
  const headingId = useId();
  const qrId = useId();
  const title = workshop.title || t('app.untitled');
  return (
    <li className={`admin-card${workshop.archived ? ' archived' : ''}`}>
      <article aria-labelledby={headingId}>
        <header className="admin-card-header">
          <h2 id={headingId}>{title}</h2>
          {workshop.archived && <span className="admin-badge">{t('admin.card.archived')}</span>}
          <span className="muted admin-id">{workshop.id}</span>
        </header>
        {!workshop.archived && (
          <dl className="admin-links">
            {LINKS.map((key) => (
              <div key={key} className="admin-link">
                <dt>
                  {t(`admin.card.${key}`)}{' '}
                  <span className="muted">({t(`admin.card.${key}Note`)})</span>
                </dt>
                <dd>
                  <input
                    type="text"
                    readOnly
                    value={workshop.links[key]}
                    aria-label={t('admin.card.linkOf', { link: t(`admin.card.${key}`), title })}
                    onFocus={(e) => e.currentTarget.select()}
                  />
                </dd>
              </div>
            ))}
          </dl>
        )}
        {!workshop.archived && (
          <label className="admin-align">
            <span>{t('admin.card.alignsTo')}</span>
            <select
              value={workshop.parent ?? ''}
              disabled={busy}
              aria-describedby={`${headingId}-align`}
              onChange={(e) => onAlign(e.target.value === '' ? null : e.target.value)}
            >
              <option value="">{t('admin.card.noOther')}</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title || t('app.untitled')}
                </option>
              ))}
              {workshop.parent && !others.some((o) => o.id === workshop.parent) && (
                <option value={workshop.parent}>
                  {t('admin.card.archivedParent', { id: workshop.parent })}
                </option>
              )}
            </select>
            <span id={`${headingId}-align`} className="muted">
              {t('admin.card.alignHelp')}
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
              {showQr ? t('admin.card.hideQr') : t('admin.card.showQr')}
              <span className="visually-hidden">{t('admin.card.qrOf', { title })}</span>
            </button>
          )}
          <button type="button" className="button" disabled={busy} onClick={onExport}>
            {t('admin.card.export')}
            <span className="visually-hidden"> {title}</span> (.offsite)
          </button>
          <button
            type="button"
            className={workshop.archived ? 'button' : 'button danger-quiet'}
            disabled={busy}
            onClick={() => onArchive(!workshop.archived)}
          >
            {workshop.archived ? t('admin.card.restore') : t('admin.card.archive')}
            <span className="visually-hidden"> {title}</span>
          </button>
        </div>
        <div id={qrId} className="admin-qr" hidden={!showQr || workshop.archived}>
          {showQr && !workshop.archived && (
            <QrCode text={workshop.links.participant} label={t('admin.card.qrLabel', { title })} />
          )}
        </div>
      </article>
    </li>
  );
}
