import type { RoomConnection, RoomStatus } from '../../sync/room-connection';
import { plural } from '../../ui/plural';
import { useRoomStatus } from './room-hooks';

/** The pill's words for a status (the accessible name is "Connection: " + these). */
function statusText(status: Pick<RoomStatus, 'phase' | 'unsynced'>): string {
  switch (status.phase) {
    case 'connected':
      return 'Connected';
    case 'connecting':
      return 'Connecting';
    case 'reconnecting':
      return 'Reconnecting';
    case 'refused':
      return 'Link refused';
    case 'removed':
      return 'Removed from the room';
    case 'edit-refused':
      return 'Edit refused — disconnected';
    case 'other-workshop':
      return 'Another workshop — not synced';
    case 'offline':
      return `Offline — ${plural(status.unsynced, 'change')} waiting`;
    case 'waiting':
      return 'Waiting — your offline edits touch a locked step';
  }
}

/**
 * Where this device stands with the room: Connected / Reconnecting / Offline — N changes
 * waiting / Waiting (edits held back by a locked step; the banner explains).
 */
export function StatusPill({ connection }: { connection: RoomConnection }) {
  const phase = useRoomStatus((s) => s.phase);
  const unsynced = useRoomStatus((s) => s.unsynced);
  const text = statusText({ phase, unsynced });
  // The full sentence does not fit the header at 1280 px: show its first words (so the
  // visible text stays part of the accessible name); the banner on the page explains. On a
  // phone a connected room is the dot alone, and "Offline" says the rest in its title.
  const shown = phase === 'waiting' ? 'Waiting' : phase === 'edit-refused' ? 'Edit refused' : text;
  const short = phase === 'connected' ? '' : phase === 'offline' ? 'Offline' : shown;
  return (
    <span
      className={`status-pill status-${phase}`}
      role="status"
      aria-label={`Connection: ${text}`}
      title={
        phase === 'waiting' || phase === 'offline' || phase === 'edit-refused'
          ? text
          : `Room ${connection.room}`
      }
    >
      <span className="status-dot" aria-hidden="true" />
      <span className="status-text">{shown}</span>
      {short && <span className="status-text-short">{short}</span>}
    </span>
  );
}
