import type { RoomConnection, RoomStatus } from '../../sync/room-connection';
import { useRoomStatus } from './room-hooks';

/** The pill's words for a status (the accessible name is "Connection: " + these). */
export function statusText(status: Pick<RoomStatus, 'phase' | 'unsynced'>): string {
  switch (status.phase) {
    case 'connected':
      return 'Connected';
    case 'connecting':
      return 'Connecting';
    case 'reconnecting':
      return 'Reconnecting';
    case 'refused':
      return 'Link refused';
    case 'offline':
      return `Offline — ${status.unsynced} changes waiting`;
  }
}

/** Where this device stands with the room: Connected / Reconnecting / Offline — N changes waiting. */
export function StatusPill({ connection }: { connection: RoomConnection }) {
  const phase = useRoomStatus((s) => s.phase);
  const unsynced = useRoomStatus((s) => s.unsynced);
  const text = statusText({ phase, unsynced });
  return (
    <span
      className={`status-pill status-${phase}`}
      role="status"
      aria-label={`Connection: ${text}`}
      title={`Room ${connection.room}`}
    >
      <span className="status-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
