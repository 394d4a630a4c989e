import type { RoomConnection, RoomStatus } from '../../sync/room-connection';
import { useRoomStatus } from './room-hooks';
import { useT } from '../../ui/i18n';
import type { TFunction } from 'i18next';

/** The pill's words for a status (the accessible name is "Connection: " + these). */
function statusText(t: TFunction, status: Pick<RoomStatus, 'phase' | 'unsynced'>): string {
  switch (status.phase) {
    case 'connected':
      return t('room.status.connected');
    case 'connecting':
      return t('room.status.connecting');
    case 'reconnecting':
      return t('room.status.reconnecting');
    case 'refused':
      return t('room.status.refused');
    case 'removed':
      return t('room.status.removed');
    case 'edit-refused':
      return t('room.status.editRefused');
    case 'other-workshop':
      return t('room.status.otherWorkshop');
    case 'offline':
      return t('room.status.offline', { count: status.unsynced });
    case 'waiting':
      return t('room.status.waiting');
  }
}

/**
 * Where this device stands with the room: Connected / Reconnecting / Offline — N changes
 * waiting / Waiting (edits held back by a locked step; the banner explains).
 */
export function StatusPill({ connection }: { connection: RoomConnection }) {
  const t = useT();
  const phase = useRoomStatus((s) => s.phase);
  const unsynced = useRoomStatus((s) => s.unsynced);
  const text = statusText(t, { phase, unsynced });
  // The full sentence does not fit the header at 1280 px: show its first words (so the
  // visible text stays part of the accessible name); the banner on the page explains. On a
  // phone a connected room is the dot alone, and "Offline" says the rest in its title.
  const shown =
    phase === 'waiting'
      ? t('room.status.waitingShort')
      : phase === 'edit-refused'
        ? t('room.status.editRefusedShort')
        : text;
  const short =
    phase === 'connected' ? '' : phase === 'offline' ? t('room.status.offlineShort') : shown;
  return (
    <span
      className={`status-pill status-${phase}`}
      role="status"
      aria-label={t('room.status.name', { text })}
      title={
        phase === 'waiting' || phase === 'offline' || phase === 'edit-refused'
          ? text
          : t('room.status.room', { room: connection.room })
      }
    >
      <span className="status-dot" aria-hidden="true" />
      <span className="status-text">{shown}</span>
      {short && <span className="status-text-short">{short}</span>}
    </span>
  );
}
