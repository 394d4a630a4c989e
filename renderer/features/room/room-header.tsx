import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { messageOf, showError } from '../../ui/notices';
import { platform } from '../../platform';
import { useOpenWorkshop } from '../../state/workshop-context';
import { closeHostedRoom, openHostedRoom } from './hosted-room';
import { PresenceList } from './presence-list';
import { useRememberPeople } from './presence';
import { PresentButton } from './present-button';
import { useRoomConnection } from './room-hooks';
import { RoomPanel } from './room-panel';
import { StatusPill } from './status-pill';
import './room.css';
import { useT } from '../../ui/i18n';

/** The header's status pill: always in view, on a phone too. Nothing outside a room. */
export function RoomStatusControl() {
  const connection = useRoomConnection();
  return connection ? <StatusPill connection={connection} /> : null;
}

/** The header's room part: presence and "Room" — or "Open room" on the desktop. */
export function RoomPeopleControls() {
  const t = useT();
  const { id, doc, binding } = useOpenWorkshop();
  const connection = useRoomConnection();
  useRememberPeople(id, connection);
  const [panel, setPanel] = useState(false);
  const [opening, setOpening] = useState(false);
  // Leaving the workshop closes the room this app hosts on it (the hub stores its file).
  useEffect(() => () => void closeHostedRoom(doc).catch(() => undefined), [doc]);

  if (!connection) {
    if (!platform().room) return null;
    const open = async () => {
      setOpening(true);
      try {
        const title = binding.store.getState().meta.title || 'Workshop';
        await openHostedRoom(doc, Y.encodeStateAsUpdate(doc), title);
        setPanel(true);
      } catch (error) {
        showError(t('room.couldNotOpen'), messageOf(error));
      } finally {
        setOpening(false);
      }
    };
    return (
      <div className="room-header">
        <button type="button" className="button" disabled={opening} onClick={() => void open()}>
          {opening ? t('room.opening') : t('room.openRoom')}
        </button>
      </div>
    );
  }
  return (
    <div className="room-header">
      <PresenceList connection={connection} />
      <PresentButton connection={connection} />
      <button type="button" className="button" onClick={() => setPanel(true)}>
        {t('room.room')}
      </button>
      {panel && <RoomPanel connection={connection} onClose={() => setPanel(false)} />}
    </div>
  );
}
