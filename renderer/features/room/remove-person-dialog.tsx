import { ModalDialog } from '../../ui/modal-dialog';
import type { RoomConnection } from '../../sync/room-connection';
import type { Person } from './presence';

/**
 * Confirms removing a person from the room. Removing closes their connection and makes the
 * hub refuse their device until the links rotate; but the link is the room's (one per
 * role), so someone who clears their browser's storage gets back in with it. "Remove and
 * rotate links" is the strong measure: everyone else then needs the new link.
 */
export function RemovePersonDialog({
  person,
  connection,
  onDone,
}: {
  person: Person;
  connection: RoomConnection;
  onDone: () => void;
}) {
  const remove = (rotate: boolean) => {
    connection.removeParticipant(person.clientId);
    if (rotate) connection.rotateLinks();
    onDone();
  };
  return (
    <ModalDialog
      title={`Remove ${person.name} from the room?`}
      role="alertdialog"
      onCancel={onDone}
      actions={
        <>
          <button type="button" className="button" onClick={onDone} data-autofocus>
            Cancel
          </button>
          <button type="button" className="button" onClick={() => remove(true)}>
            Remove and rotate links
          </button>
          <button type="button" className="button danger" onClick={() => remove(false)}>
            Remove
          </button>
        </>
      }
    >
      <p>
        {person.name} is disconnected and sees that you removed them. Their device cannot rejoin
        with the current link; what they typed stays on their device.
      </p>
      <p>
        The link is the same for everyone, so someone who clears their browser’s data can come back
        with it. To be sure, remove and rotate the links: everyone else then needs the new link or
        QR code.
      </p>
    </ModalDialog>
  );
}
