import type * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { lockedSteps, refreshUpstreamTitles } from '../../shared/model';
import { mayWrite } from '../../shared/protocol/policy';
import {
  alignedPath,
  parseAlignedAnswer,
  type AlignedWorkshop,
} from '../../shared/protocol/aligned';
import { deviceId } from './identity';
import type { RoomConnection } from './room-connection';
import type { RoomLink } from './room-links';

/**
 * The workshop a server workshop is aligned to (the company's, for a team), as the server
 * lets this workshop's token read it: ids and titles of its objectives. `null` while
 * unknown, when the admin aligned it to none, or once the server refuses this device (the
 * facilitator removed it, or the links rotated); the last answer stays while the server is
 * out of reach (the titles copied into the doc are what an offline device shows anyway).
 */
export type AlignedState = { readonly parent: AlignedWorkshop | null };

const stores = new Map<Y.Doc, StoreApi<AlignedState>>();
const EMPTY: StoreApi<AlignedState> = createStore<AlignedState>(() => ({ parent: null }));

/** The aligned workshop's store of an open doc (an empty one for a doc with none). */
export function alignedStoreOf(doc: Y.Doc): StoreApi<AlignedState> {
  return stores.get(doc) ?? EMPTY;
}

/** How often the titles are read again while the workshop is open. */
export const ALIGNED_REFRESH_MS = 10_000;

/**
 * Reads the aligned workshop from the server now, every ALIGNED_REFRESH_MS, and when the
 * window regains focus or the network; copies changed titles into the doc when this device
 * may write the OKRs now (a viewer never may; a participant not while the step is locked),
 * so peers, exports and offline copies show the current title. Returns the stop function.
 */
export function watchAlignedWorkshop(
  link: RoomLink & { readonly server: string },
  doc: Y.Doc,
  connection: RoomConnection,
): () => void {
  const store = createStore<AlignedState>(() => ({ parent: null }));
  stores.set(doc, store);
  let stopped = false;
  let inFlight = false;
  const read = async () => {
    if (stopped || inFlight) return;
    inFlight = true;
    try {
      // With this device's id, as the sync connection sends it: a removed device is refused.
      const res = await fetch(`${link.server}${alignedPath(link.room, deviceId())}`, {
        headers: { Authorization: `Bearer ${link.token}` },
        cache: 'no-store',
        credentials: 'omit',
      });
      // Refused (removed from the room, or the links rotated): nothing of it stays shown.
      if (res.status === 401 || res.status === 403) {
        if (!stopped) store.setState({ parent: null });
        return;
      }
      const answer = res.ok ? parseAlignedAnswer(await res.json()) : null;
      if (stopped || !answer) return;
      store.setState(answer);
      const role = connection.status.getState().role;
      const parent = answer.parent;
      if (parent && role && mayWrite(role, { kind: 'step', step: 'okrs' }, lockedSteps(doc))) {
        refreshUpstreamTitles(
          doc,
          parent.workshop,
          new Map(parent.objectives.map((o) => [o.id, o.title])),
        );
      }
    } catch {
      // Out of reach: keep the last answer; the next round tries again.
    } finally {
      inFlight = false;
    }
  };
  void read();
  const timer = setInterval(() => void read(), ALIGNED_REFRESH_MS);
  const again = () => void read();
  window.addEventListener('focus', again);
  window.addEventListener('online', again);
  // The first answer may come before the hub said which role this device has.
  const offRole = connection.status.subscribe((s, before) => {
    if (s.role !== before.role) void read();
  });
  return () => {
    stopped = true;
    clearInterval(timer);
    window.removeEventListener('focus', again);
    window.removeEventListener('online', again);
    offRole();
    stores.delete(doc);
  };
}
