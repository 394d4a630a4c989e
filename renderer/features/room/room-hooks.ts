import { useEffect, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { readRoomState, roomMap } from '../../../shared/model';
import type { RoomState, Step } from '../../../shared/protocol/room';
import type { RoomConnection, RoomStatus } from '../../sync/room-connection';
import { getRoomConnection, subscribeRoomConnections } from '../../sync/room-registry';
import { useWorkshopDoc } from '../../state/workshop-context';

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
export function useRoomRole(): 'facilitator' | 'participant' | 'viewer' | null {
  const connection = useRoomConnection();
  const role = useRoomStatus((s) => s.role);
  return connection ? role : 'facilitator';
}

const EMPTY: RoomState = { locks: [], follow: null, timer: null, voting: null };
const snapshots = new WeakMap<Y.Doc, { json: string; state: RoomState }>();

function roomSnapshot(doc: Y.Doc): RoomState {
  const state = readRoomState(doc);
  const json = JSON.stringify(state);
  const cached = snapshots.get(doc);
  // Same content, same object: components selecting from it do not re-render.
  if (cached && cached.json === json) return cached.state;
  snapshots.set(doc, { json, state });
  return state;
}

/** The facilitation state (locks, follow, timer, vote) of the open workshop, validated. */
export function useRoomState(): RoomState {
  const doc = useWorkshopDoc();
  return useSyncExternalStore(
    (cb) => {
      const map = roomMap(doc);
      map.observeDeep(cb);
      return () => map.unobserveDeep(cb);
    },
    () => (doc.isDestroyed ? EMPTY : roomSnapshot(doc)),
  );
}

/**
 * True when `step` is locked for this user: locked by the facilitator, and this user is not
 * the facilitator. Pages disable editing with it; the hub refuses such writes anyway.
 */
export function useStepLocked(step: Step): boolean {
  const locks = useRoomState().locks;
  const role = useRoomRole();
  if (role === 'viewer') return true;
  return locks.includes(step) && role !== 'facilitator';
}

/** Re-renders every `ms` while `on`; returns the current time. */
export function useNow(ms: number, on = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!on) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms, on]);
  return now;
}
