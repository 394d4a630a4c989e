import type { MouseEvent } from 'react';
import type * as Y from 'yjs';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Step } from '../../../shared/protocol/room';
import { useWorkshopDoc } from '../../state/workshop-context';
import { useRoomConnection, useRoomRole, useRoomState } from './room-hooks';

/**
 * This device's side of follow mode, kept per workshop doc so the agenda (in the shell) and
 * the room's banner read the same thing: whether this person still follows the facilitator,
 * and the step they tried to open while following (said on screen instead of ignored).
 */
export interface FollowLocal {
  readonly following: boolean;
  readonly wanted: Step | null;
}

const stores = new WeakMap<Y.Doc, StoreApi<FollowLocal>>();

export function followStore(doc: Y.Doc): StoreApi<FollowLocal> {
  let store = stores.get(doc);
  if (!store) {
    store = createStore<FollowLocal>(() => ({ following: true, wanted: null }));
    stores.set(doc, store);
  }
  return store;
}

export function useFollowLocal<T>(selector: (state: FollowLocal) => T): T {
  return useStore(followStore(useWorkshopDoc()), selector);
}

/**
 * For the agenda's links: while this person follows the facilitator, a click on another
 * step does not navigate (follow mode would bring them straight back); it is remembered, so
 * the banner can say so and offer "Stop following".
 */
export function useFollowGuard(): (event: MouseEvent, step: Step) => void {
  const doc = useWorkshopDoc();
  const inRoom = useRoomConnection() !== null;
  const role = useRoomRole();
  const follow = useRoomState().follow;
  return (event, step) => {
    const store = followStore(doc);
    const leads = !inRoom || role === 'facilitator' || follow?.on !== true;
    if (leads || !store.getState().following || follow.step === step) {
      if (store.getState().wanted !== null) store.setState({ wanted: null });
      return;
    }
    event.preventDefault();
    store.setState({ wanted: step });
  };
}
