import type { RoomPhase, RoomStatus } from './room-connection';

// Its own module, so what only reads a status (renderer/sync/room-hooks.ts) does not pull
// the provider in.
/** A connection's status before anything happened (`phase` as given). */
export function initialRoomStatus(phase: RoomPhase): RoomStatus {
  return {
    phase,
    everSynced: false,
    unsynced: 0,
    role: null,
    offsetMs: 0,
    links: null,
    lastVoteAck: null,
    lastRemoveAck: null,
    refusal: null,
    lockedSteps: [],
  };
}
