import { useState } from 'react';
import { ModalDialog } from '../../ui/modal-dialog';
import { messageOf, showError } from '../../ui/notices';
import type { RoomConnection } from '../../sync/room-connection';
import { useWorkshopDoc } from '../../state/workshop-context';
import { closeHostedRoom, hostedRoomInfo } from './hosted-room';
import { QrCode } from '../../ui/qr-code';
import { useRoomStatus } from './room-hooks';

function CopyButton({ text, label }: { text: string; label: string }) {
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
          (error: unknown) => showError('Could not copy the link', messageOf(error)),
        );
      }}
    >
      {copied ? 'Copied' : label}
    </button>
  );
}

/**
 * The room panel: for the facilitator, the join link as text and as a QR code big enough
 * for a projector, the viewer link, rotating links and closing the room; for everyone
 * else, which room they are in and as whom.
 */
export function RoomPanel({
  connection,
  onClose,
}: {
  connection: RoomConnection;
  onClose: () => void;
}) {
  const doc = useWorkshopDoc();
  const role = useRoomStatus((s) => s.role);
  const links = useRoomStatus((s) => s.links);
  const hosted = hostedRoomInfo(doc);
  const [confirmRotate, setConfirmRotate] = useState(false);
  const join = links?.join ?? hosted?.url ?? null;
  const viewer = links?.viewer ?? hosted?.viewerUrl ?? null;

  const rotate = () => {
    setConfirmRotate(false);
    // The hub rotates and answers this (facilitator) connection with the new links; the
    // desktop's hub gets the same message, so one path serves both (no double rotation).
    connection.rotateLinks();
  };

  if (confirmRotate) {
    return (
      <ModalDialog
        title="Rotate the room's links?"
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
              Cancel
            </button>
            <button type="button" className="button danger" onClick={rotate}>
              Rotate links
            </button>
          </>
        }
      >
        <p>
          Everyone who joined with the current link or QR code is disconnected and needs the new
          one. Their edits are kept on their devices and merge when they rejoin.
        </p>
      </ModalDialog>
    );
  }

  return (
    <ModalDialog
      title={`Room ${connection.room}`}
      onCancel={onClose}
      actions={
        <>
          {role === 'facilitator' && (
            <button type="button" className="button" onClick={() => setConfirmRotate(true)}>
              Rotate links
            </button>
          )}
          {hosted && (
            <button
              type="button"
              className="button danger-quiet"
              onClick={() => {
                onClose();
                closeHostedRoom(doc).catch((error: unknown) =>
                  showError('Could not close the room', messageOf(error)),
                );
              }}
            >
              Close room
            </button>
          )}
          <button type="button" className="button primary" onClick={onClose} data-autofocus>
            Done
          </button>
        </>
      }
    >
      {role === 'facilitator' && join ? (
        <div className="room-panel">
          <QrCode text={join} label="QR code of the join link" />
          <div className="room-links">
            <p className="room-lead">Scan the code or open this link on the room's Wi-Fi:</p>
            <p className="room-link" aria-label="Join link">
              {join}
            </p>
            <CopyButton text={join} label="Copy link" />
            {viewer && (
              <>
                <p className="room-lead">Viewer link (read-only, for a projector):</p>
                <p className="room-link room-link-small" aria-label="Viewer link">
                  {viewer}
                </p>
                <CopyButton text={viewer} label="Copy viewer link" />
              </>
            )}
          </div>
        </div>
      ) : (
        <p>
          You are in room <strong>{connection.room}</strong>
          {role ? ` as ${role === 'viewer' ? 'a viewer (read-only)' : `the ${role}`}` : ''}.
        </p>
      )}
    </ModalDialog>
  );
}
