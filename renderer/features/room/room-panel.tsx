import { useState, type ReactNode } from 'react';
import { mayDo } from '../../../shared/protocol/policy';
import type { Role } from '../../../shared/protocol/room';
import { ModalDialog } from '../../ui/modal-dialog';
import { messageOf, showError } from '../../ui/notices';
import type { RoomConnection } from '../../sync/room-connection';
import { useWorkshop, useWorkshopDoc } from '../../state/workshop-context';
import { closeHostedRoom, hostedRoomInfo } from './hosted-room';
import { QrCode } from '../../ui/qr-code';
import { useRoomStatus } from './room-hooks';

const ROLE_NAMES: Readonly<Record<Role, string>> = {
  facilitator: 'the facilitator',
  participant: 'a participant',
  viewer: 'a viewer (read-only)',
};

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

/** The join link as a QR code big enough for a projector, as text, and to copy. */
function JoinLink({ join, lead, children }: { join: string; lead: string; children?: ReactNode }) {
  return (
    <div className="room-panel">
      <QrCode text={join} label="QR code of the join link" />
      <div className="room-links">
        <p className="room-lead">{lead}</p>
        <p className="room-link" aria-label="Join link">
          {join}
        </p>
        <CopyButton text={join} label="Copy link" />
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
      title="The room"
      onCancel={onClose}
      actions={
        <>
          {mayRotate && (
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
      {seesAllLinks && join ? (
        <JoinLink join={join} lead="Scan the code or open this link on the room's Wi-Fi:">
          {viewer && (
            <>
              <p className="room-lead">Viewer link (read-only, for a projector):</p>
              <p className="room-link room-link-small" aria-label="Viewer link">
                {viewer}
              </p>
              <CopyButton text={viewer} label="Copy viewer link" />
            </>
          )}
        </JoinLink>
      ) : (
        <>
          <p>
            You are in the room of <strong>{title.trim() || 'Untitled workshop'}</strong>
            {role ? ` as ${ROLE_NAMES[role]}` : ''}.
          </p>
          <p className="room-lead">
            The facilitator runs the room: step locks, the timer, votes, follow mode, agreeing the
            OKRs and the room’s links.
          </p>
          {maySeeJoin &&
            join &&
            (showJoin ? (
              <JoinLink
                join={join}
                lead="Someone arriving late can scan the code or open this link on the room's Wi-Fi:"
              />
            ) : (
              <button type="button" className="button" onClick={() => setShowJoin(true)}>
                Show join link
              </button>
            ))}
        </>
      )}
    </ModalDialog>
  );
}
