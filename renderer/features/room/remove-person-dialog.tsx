import { ModalDialog } from '../../ui/modal-dialog';
import type { RoomConnection } from '../../sync/room-connection';
import type { Person } from './presence';
import { useT } from '../../ui/i18n';

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
  const t = useT();
  const remove = (rotate: boolean) => {
    connection.removeParticipant(person.clientId);
    if (rotate) connection.rotateLinks();
    onDone();
  };
  return (
    <ModalDialog
      title={t('roomPeople.remove.title', { name: person.name })}
      role="alertdialog"
      onCancel={onDone}
      actions={
        <>
          <button type="button" className="button" onClick={onDone} data-autofocus>
            {t('roomPeople.remove.cancel')}
          </button>
          <button type="button" className="button" onClick={() => remove(true)}>
            {t('roomPeople.remove.andRotate')}
          </button>
          <button type="button" className="button danger" onClick={() => remove(false)}>
            {t('roomPeople.remove.remove')}
          </button>
        </>
      }
    >
      <p>{t('roomPeople.remove.what', { name: person.name })}</p>
      <p>{t('roomPeople.remove.sure')}</p>
    </ModalDialog>
  );
}
