import { useMemo, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { mayDo } from '../../../shared/protocol/policy';
import {
  HISTORY_PATH,
  HISTORY_STATE_PATH,
  parseHistoryList,
  type HistoryPointInfo,
} from '../../../shared/protocol/history';
import type { RoomConnection, RoomStatus } from '../../sync/room-connection';
import { getRoomConnection, subscribeRoomConnections } from '../../sync/room-registry';
import { useOpenWorkshop } from '../../state/workshop-context';
import { useStore, type StoreApi } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { localHistoryOf } from './local-history';

/** Where the History view reads the points from: the hub (a room) or this device. */
export interface HistorySource {
  /** `hub`: a room's, from its hub; `local`: kept by this device for a workshop not in a room. */
  readonly kind: 'hub' | 'local';
  list(): Promise<HistoryPointInfo[]>;
  /** A new doc in the state of the point taken at `at` (ISO, as listed). */
  stateAt(at: string): Promise<Y.Doc>;
}

function docOf(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

async function failure(response: Response): Promise<Error> {
  if (response.status === 401)
    return new Error('The room refused this link for the history (were the links rotated?).');
  if (response.status === 403) return new Error('Only the facilitator may see the history.');
  if (response.status === 404) return new Error('The room keeps no history, or no such point.');
  return new Error(
    `The room answered ${response.status}: ${(await response.text()).slice(0, 200)}`,
  );
}

/** The hub's history, through its HTTP endpoints with the connection's token. */
export function hubHistory(connection: RoomConnection): HistorySource {
  return {
    kind: 'hub',
    async list() {
      const response = await connection.fetchHub(HISTORY_PATH);
      if (!response.ok) throw await failure(response);
      const list = parseHistoryList(await response.json());
      if (!list) throw new Error('The room sent a history this version cannot read.');
      return list;
    },
    async stateAt(at) {
      const response = await connection.fetchHub(
        `${HISTORY_STATE_PATH}?at=${encodeURIComponent(at)}`,
      );
      if (!response.ok) throw await failure(response);
      return docOf(new Uint8Array(await response.arrayBuffer()));
    },
  };
}

/** The history this device keeps for a workshop not in a room. */
export function localHistory(id: string): HistorySource {
  const keeper = async () => {
    const k = localHistoryOf(id);
    if (!k) throw new Error('No history is kept for this workshop on this device.');
    return k;
  };
  return {
    kind: 'local',
    list: async () => (await keeper()).list(),
    async stateAt(at) {
      const point = (await keeper()).stateAt(Date.parse(at));
      if (!point) throw new Error('No such point in the history.');
      return docOf(point.state);
    },
  };
}

/**
 * The History view's source for the open workshop, or null if this device may not see it:
 * in a room, the facilitator only (the policy's `history` action; the hub enforces it);
 * outside a room, the person at the keyboard owns the workshop.
 */
export function useHistorySource(): HistorySource | null {
  const { id, doc } = useOpenWorkshop();
  const connection = useSyncExternalStore(subscribeRoomConnections, () => getRoomConnection(doc));
  const status = (connection?.status ?? NO_ROOM) as StoreApi<Pick<RoomStatus, 'role'>>;
  const role = useStore(status, (s) => s.role);
  return useMemo(() => {
    if (!connection) return localHistory(id);
    return role && mayDo(role, 'history') ? hubHistory(connection) : null;
  }, [connection, role, id]);
}

const NO_ROOM = createStore<Pick<RoomStatus, 'role'>>(() => ({ role: null }));
