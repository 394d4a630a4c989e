import { useEffect } from 'react';
import type { Step } from '../../../shared/protocol/room';
import type { RoomConnection } from '../../sync/room-connection';

/**
 * The projector is in the room, but it is no person: it publishes its role and the step it
 * shows, with no name, and presence lists skip it. (A viewer may not claim more: the hub
 * closes a connection whose awareness claims the facilitator's role.)
 */
export function useViewerPresence(connection: RoomConnection | null, step: Step): void {
  useEffect(() => {
    connection?.awareness.setLocalState({ role: 'viewer', step });
  }, [connection, step]);
}
