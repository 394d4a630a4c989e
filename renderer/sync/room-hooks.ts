import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { readRoomState, roomMap } from '../../shared/model';
import type { Role, RoomState } from '../../shared/protocol/room';
import { useWorkshopDoc } from '../state/workshop-context';
import type { RoomConnection, RoomStatus } from './room-connection';
import { getRoomConnection, subscribeRoomConnections } from './room-registry';

/**
 * The room as components see it: the connection of the open workshop, its status, this
 * device's role and the facilitation state. Every feature that shows the room (the room
 * controls, the presentation view, a card's "Spotlight") reads it through these hooks.
 */

/** The room connection of the open workshop, or null when it is not in a room. */
export function useRoomConnection(): RoomConnection | null {
  const doc = useWorkshopDoc();
  return useSyncExternalStore(subscribeRoomConnections, () => getRoomConnection(doc));
}

const NO_ROOM = createStore<RoomStatus>(() => ({
  phase: 'connected',
  everSynced: false,
  unsynced: 0,
  role: null,
  offsetMs: 0,
  links: null,
  lastVoteAck: null,
  lockedSteps: [],
}));

/** Selects from the room connection's status (a fixed status outside a room). */
export function useRoomStatus<T>(selector: (status: RoomStatus) => T): T {
  const connection = useRoomConnection();
  return useStore(connection?.status ?? NO_ROOM, selector);
}

/**
 * This device's role: the hub's word in a room; outside a room the person at the keyboard
 * owns the workshop, so they get the facilitator's powers (nothing is locked for them).
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

const EMPTY: RoomState = {
  locks: [],
  follow: null,
  timer: null,
  voting: null,
  focus: null,
  spotlight: null,
};
const snapshots = new WeakMap<Y.Doc, { json: string; state: RoomState }>();

function roomSnapshot(doc: Y.Doc): RoomState {
  if (doc.isDestroyed) return EMPTY;
  const state = readRoomState(doc);
  const json = JSON.stringify(state);
  const cached = snapshots.get(doc);
  // Same content, same object: components selecting from it do not re-render.
  if (cached && cached.json === json) return cached.state;
  snapshots.set(doc, { json, state });
  return state;
}

function useRoomSubscription(doc: Y.Doc): (cb: () => void) => () => void {
  return useCallback(
    (cb: () => void) => {
      const map = roomMap(doc);
      map.observeDeep(cb);
      return () => map.unobserveDeep(cb);
    },
    [doc],
  );
}

/** The facilitation state (locks, follow, timer, vote, focus, spotlight), validated. */
export function useRoomState(): RoomState {
  const doc = useWorkshopDoc();
  return useSyncExternalStore(useRoomSubscription(doc), () => roomSnapshot(doc));
}

/**
 * One value of the facilitation state. `select` must return a primitive (or an object
 * that the state keeps), so a component re-renders only when that value changes: a card
 * asking "am I spotlighted?" does not re-render at every ballot of a vote.
 */
export function useRoomSelect<T>(select: (state: RoomState) => T): T {
  const doc = useWorkshopDoc();
  return useSyncExternalStore(useRoomSubscription(doc), () => select(roomSnapshot(doc)));
}
