import { useState } from 'react';
import { ModalDialog } from '../../ui/modal-dialog';
import { messageOf, showError } from '../../ui/notices';
import { homeHref, navigate, workshopHref } from '../../ui/routes';
import type { RoomConnection } from '../../sync/room-connection';
import { roomWorkshopId } from '../../sync/room-links';
import { deleteLocalWorkshop } from '../../sync/workshop-registry';
import { useOpenWorkshop } from '../../state/workshop-context';
import { useRoomStatus } from './room-hooks';
import { hubReason } from './hub-reason';
import { useT } from '../../ui/i18n';

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
  const t = useT();
  return (
    <ModalDialog
      title={t('roomPeople.refusal.discardTitle')}
      role="alertdialog"
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {t('roomPeople.refusal.keep')}
          </button>
          <button
            type="button"
            className="button danger"
            onClick={() => {
              onClose();
              discardAndRejoin(room).catch((error: unknown) =>
                showError(t('roomPeople.refusal.discardFailed'), messageOf(error)),
              );
            }}
          >
            {t('roomPeople.refusal.discard')}
          </button>
        </>
      }
    >
      <p>{t('roomPeople.refusal.discardText')}</p>
    </ModalDialog>
  );
}

/**
 * Why this device is out of the room, when no retry will bring it back by itself: the link
 * was refused (wrong or rotated), the facilitator removed this device, or the hub refused
 * something it sent. In every case the device's copy stays, and the banner says so.
 */
export function RefusalBanner({ connection }: { connection: RoomConnection }) {
  const t = useT();
  const phase = useRoomStatus((s) => s.phase);
  const refusal = useRoomStatus((s) => s.refusal);
  const [discarding, setDiscarding] = useState(false);
  // Only a joined room's copy can be dropped and fetched again: a hosted room's is the
  // facilitator's own workshop.
  const joined = useOpenWorkshop().id === roomWorkshopId(connection.room);

  if (phase === 'refused') {
    return (
      <p className="room-banner room-banner-error" role="alert">
        {t('roomPeople.refusal.link')}{' '}
        <button type="button" className="button small" onClick={() => connection.retry()}>
          {t('roomPeople.refusal.tryAgain')}
        </button>
      </p>
    );
  }
  if (phase === 'removed') {
    return (
      <p className="room-banner room-banner-error" role="alert">
        <strong>{t('app.removed')}</strong> {t('roomPeople.refusal.removedKept')}
      </p>
    );
  }
  if (phase !== 'edit-refused') return null;
  return (
    <div className="room-banner room-banner-error" role="alert">
      <p>
        <strong>{t('roomPeople.refusal.edit')}</strong>{' '}
        {t('roomPeople.refusal.editKept', { reason: hubReason(t, refusal) })}
      </p>
      {joined && (
        <button type="button" className="button small" onClick={() => setDiscarding(true)}>
          {t('roomPeople.refusal.discardButton')}
        </button>
      )}
      {discarding && <DiscardDialog room={connection.room} onClose={() => setDiscarding(false)} />}
    </div>
  );
}
