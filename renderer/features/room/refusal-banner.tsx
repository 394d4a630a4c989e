import { useState } from 'react';
import { ModalDialog } from '../../ui/modal-dialog';
import { messageOf, showError } from '../../ui/notices';
import { homeHref, navigate, workshopHref } from '../../ui/routes';
import type { RoomConnection } from '../../sync/room-connection';
import { roomWorkshopId } from '../../sync/room-links';
import { deleteLocalWorkshop } from '../../sync/workshop-registry';
import { useOpenWorkshop } from '../../state/workshop-context';
import { useRoomStatus } from './room-hooks';

/**
 * Drops this device's copy of a joined room and joins again, fresh from the hub: the way
 * out when the hub refuses something the copy holds (every reconnect would send it again).
 * Leaving the workshop closes the copy's database, so deleting it is not blocked.
 */
async function discardAndRejoin(room: string): Promise<void> {
  const id = roomWorkshopId(room);
  navigate(homeHref());
  await deleteLocalWorkshop(id);
  navigate(workshopHref(id));
}

function DiscardDialog({ room, onClose }: { room: string; onClose: () => void }) {
  return (
    <ModalDialog
      title="Discard this device’s unsent edits?"
      role="alertdialog"
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} data-autofocus>
            Keep them
          </button>
          <button
            type="button"
            className="button danger"
            onClick={() => {
              onClose();
              discardAndRejoin(room).catch((error: unknown) =>
                showError('Could not discard the local copy', messageOf(error)),
              );
            }}
          >
            Discard and rejoin
          </button>
        </>
      }
    >
      <p>
        This device’s copy of the room is deleted, with every edit the room has not received, and
        the workshop is loaded again from the facilitator’s hub.
      </p>
    </ModalDialog>
  );
}

/**
 * Why this device is out of the room, when no retry will bring it back by itself: the link
 * was refused (wrong or rotated), the facilitator removed this device, or the hub refused
 * something it sent. In every case the device's copy stays, and the banner says so.
 */
export function RefusalBanner({ connection }: { connection: RoomConnection }) {
  const phase = useRoomStatus((s) => s.phase);
  const refusal = useRoomStatus((s) => s.refusal);
  const [discarding, setDiscarding] = useState(false);
  // Only a joined room's copy can be dropped and fetched again: a hosted room's is the
  // facilitator's own workshop.
  const joined = useOpenWorkshop().id === roomWorkshopId(connection.room);

  if (phase === 'refused') {
    return (
      <p className="room-banner room-banner-error" role="alert">
        The room refused this link: the token is wrong or has been rotated. Your edits are kept on
        this device.{' '}
        <button type="button" className="button small" onClick={() => connection.retry()}>
          Try again
        </button>
      </p>
    );
  }
  if (phase === 'removed') {
    return (
      <p className="room-banner room-banner-error" role="alert">
        <strong>You were removed from the room by the facilitator.</strong> Your copy of the
        workshop stays on this device; to join again, ask the facilitator for a new link.
      </p>
    );
  }
  if (phase !== 'edit-refused') return null;
  return (
    <div className="room-banner room-banner-error" role="alert">
      <p>
        <strong>The facilitator’s hub refused an edit from this device:</strong>{' '}
        {refusal ?? 'refused'}. This device stopped syncing with the room so it does not send the
        edit again; your edits are kept on this device.
      </p>
      {joined && (
        <button type="button" className="button small" onClick={() => setDiscarding(true)}>
          Discard unsent edits and rejoin
        </button>
      )}
      {discarding && <DiscardDialog room={connection.room} onClose={() => setDiscarding(false)} />}
    </div>
  );
}
