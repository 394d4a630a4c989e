import { useState, type ReactNode } from 'react';
import { mayDo } from '../../../shared/protocol/policy';
import { ModalDialog } from '../../ui/modal-dialog';
import { messageOf, showError } from '../../ui/notices';
import type { RoomConnection } from '../../sync/room-connection';
import { useWorkshop, useWorkshopDoc } from '../../state/workshop-context';
import { closeHostedRoom, hostedRoomInfo } from './hosted-room';
import { QrCode } from '../../ui/qr-code';
import { useRoomStatus } from './room-hooks';
import { useT } from '../../ui/i18n';
import { withNodes } from '../../ui/with-nodes';

function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="button"
      aria-label={label}
      onClick={() => {
        navigator.clipboard.writeText(text).then(
          () => {
            setCopied(true);
            setTimeout(() => setCopied(false), 2000);
          },
          (error: unknown) => showError(t('roomPeople.panel.copyFailed'), messageOf(error)),
        );
      }}
    >
      {copied ? t('roomPeople.panel.copied') : label}
    </button>
  );
}

/** The join link as a QR code big enough for a projector, as text, and to copy. */
function JoinLink({ join, lead, children }: { join: string; lead: string; children?: ReactNode }) {
  const t = useT();
  return (
    <div className="room-panel">
      <QrCode text={join} label={t('roomPeople.panel.qr')} />
      <div className="room-links">
        <p className="room-lead">{lead}</p>
        <p className="room-link" aria-label={t('roomPeople.panel.joinLink')}>
          {join}
        </p>
        <CopyButton text={join} label={t('roomPeople.panel.copyLink')} />
        {children}
      </div>
    </div>
  );
}

/**
 * The room panel: for the facilitator, the join link as text and as a QR code big enough
 * for a projector, the viewer link, rotating links and closing the room; for everyone
 * else, which room they are in and as whom, and for a participant the join link (never the
 * viewer's or the facilitator's) to show a late arrival.
 */
export function RoomPanel({
  connection,
  onClose,
}: {
  connection: RoomConnection;
  onClose: () => void;
}) {
  const t = useT();
  const doc = useWorkshopDoc();
  const role = useRoomStatus((s) => s.role);
  const links = useRoomStatus((s) => s.links);
  const hosted = hostedRoomInfo(doc);
  const title = useWorkshop((s) => s.meta.title);
  const [confirmRotate, setConfirmRotate] = useState(false);
  const [showJoin, setShowJoin] = useState(false);
  const join = links?.join ?? hosted?.url ?? null;
  const viewer = links?.viewer ?? hosted?.viewerUrl ?? null;
  // What the policy table lets this role do here (the hub sends links accordingly).
  const mayRotate = role !== null && mayDo(role, 'rotate-links');
  const seesAllLinks = role !== null && mayDo(role, 'see-links');
  const maySeeJoin = role !== null && mayDo(role, 'see-join-link');

  const rotate = () => {
    setConfirmRotate(false);
    // The hub rotates and answers this (facilitator) connection with the new links; the
    // desktop's hub gets the same message, so one path serves both (no double rotation).
    connection.rotateLinks();
  };

  if (confirmRotate) {
    return (
      <ModalDialog
        title={t('roomPeople.panel.rotateTitle')}
        role="alertdialog"
        onCancel={() => setConfirmRotate(false)}
        actions={
          <>
            <button
              type="button"
              className="button"
              onClick={() => setConfirmRotate(false)}
              data-autofocus
            >
              {t('roomPeople.panel.cancel')}
            </button>
            <button type="button" className="button danger" onClick={rotate}>
              {t('roomPeople.panel.rotateLinks')}
            </button>
          </>
        }
      >
        <p>{t('roomPeople.panel.rotateText')}</p>
      </ModalDialog>
    );
  }

  return (
    <ModalDialog
      title={t('roomPeople.panel.title')}
      onCancel={onClose}
      actions={
        <>
          {mayRotate && (
            <button type="button" className="button" onClick={() => setConfirmRotate(true)}>
              {t('roomPeople.panel.rotateLinks')}
            </button>
          )}
          {hosted && (
            <button
              type="button"
              className="button danger-quiet"
              onClick={() => {
                onClose();
                closeHostedRoom(doc).catch((error: unknown) =>
                  showError(t('roomPeople.panel.closeFailed'), messageOf(error)),
                );
              }}
            >
              {t('roomPeople.panel.closeRoom')}
            </button>
          )}
          <button type="button" className="button primary" onClick={onClose} data-autofocus>
            {t('roomPeople.panel.done')}
          </button>
        </>
      }
    >
      {seesAllLinks && join ? (
        <JoinLink join={join} lead={t('roomPeople.panel.scan')}>
          {viewer && (
            <>
              <p className="room-lead">{t('roomPeople.panel.viewerLead')}</p>
              <p
                className="room-link room-link-small"
                aria-label={t('roomPeople.panel.viewerLink')}
              >
                {viewer}
              </p>
              <CopyButton text={viewer} label={t('roomPeople.panel.copyViewerLink')} />
            </>
          )}
        </JoinLink>
      ) : (
        <>
          <p>
            {withNodes(t(role ? `roomPeople.panel.inRoomAs.${role}` : 'roomPeople.panel.inRoom'), {
              title: <strong>{title.trim() || t('app.untitled')}</strong>,
            })}
          </p>
          <p className="room-lead">{t('roomPeople.panel.runs')}</p>
          {maySeeJoin &&
            join &&
            (showJoin ? (
              <JoinLink join={join} lead={t('roomPeople.panel.lateArrival')} />
            ) : (
              <button type="button" className="button" onClick={() => setShowJoin(true)}>
                {t('roomPeople.panel.showJoin')}
              </button>
            ))}
        </>
      )}
    </ModalDialog>
  );
}
