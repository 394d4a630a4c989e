import { useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Role } from '../../shared/protocol/room';
import { useWorkshopDoc } from '../state/workshop-context';
import type { RoomConnection, RoomStatus } from './room-connection';
import { initialRoomStatus } from './room-status';
import { getRoomConnection, subscribeRoomConnections } from './room-registry';

/** The room connection of the open workshop, or null when it is not in a room. */
export function useRoomConnection(): RoomConnection | null {
  const doc = useWorkshopDoc();
  return useSyncExternalStore(subscribeRoomConnections, () => getRoomConnection(doc));
}

const NO_ROOM = createStore<RoomStatus>(() => initialRoomStatus('connected'));

/** Selects from the room connection's status (a fixed status outside a room). */
export function useRoomStatus<T>(selector: (status: RoomStatus) => T): T {
  const connection = useRoomConnection();
  return useStore(connection?.status ?? NO_ROOM, selector);
}

/**
 * This device's role: the hub's word in a room (null until the hub has said); outside a
 * room the person at the keyboard owns the workshop, so they get the facilitator's powers.
 * Features decide what to offer with it and the policy table (shared/protocol/policy.ts).
 */
export function useRoomRole(): Role | null {
  const connection = useRoomConnection();
  const role = useRoomStatus((s) => s.role);
  return connection ? role : 'facilitator';
}

/** True when this device is the facilitator of a room (not merely a workshop's owner). */
export function useIsRoomFacilitator(): boolean {
  const connection = useRoomConnection();
  const role = useRoomStatus((s) => s.role);
  return connection !== null && role === 'facilitator';
}

// The facilitation state is read once per doc in state/room-state.ts; the room's hooks are
// offered together here for every feature that shows the room.
export {
  useRoomSelector as useRoomSelect,
  useRoomState,
  useVoteHistory,
} from '../state/room-state';
