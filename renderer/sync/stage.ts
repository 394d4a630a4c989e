import { useCallback } from 'react';
import { setSpotlight } from '../../shared/model';
import type { RecordRef, Step } from '../../shared/protocol/room';
import { useWorkshopDoc } from '../state/workshop-context';
import { useIsRoomFacilitator, useRoomSelect, useRoomState } from './room-hooks';

/**
 * The stage: what the facilitator shows the room (the step, the focused record, the
 * spotlight), as followers, the projector and the items' "Spotlight" buttons read it.
 */

/** What an item's "Spotlight" button needs: whether to show it, its state, and the action. */
export interface SpotlightControl {
  /** Only the facilitator of a room spotlights (the hub refuses anyone else's write). */
  readonly available: boolean;
  /** This item is the spotlight now. */
  readonly active: boolean;
  /** Spotlights this item, or clears the spotlight when it is this item. */
  readonly toggle: () => void;
}

/**
 * The spotlight of one item (a card, an objective, a key result) on `step`. Selects a
 * boolean from the room state, so an item re-renders only when it gains or loses the
 * spotlight, never when another part of the room changes.
 */
export function useSpotlight(ref: RecordRef, step: Step): SpotlightControl {
  const doc = useWorkshopDoc();
  const available = useIsRoomFacilitator();
  const { type, id } = ref;
  const active = useRoomSelect((s) => s.spotlight?.type === type && s.spotlight.id === id);
  const toggle = useCallback(
    () => setSpotlight(doc, active ? null : { type, id, step }),
    [doc, active, type, id, step],
  );
  return { available, active, toggle };
}

/** The step the facilitator is on (the first step until a facilitator said otherwise). */
export function useFacilitatorStep(): Step {
  return useRoomSelect((s) => s.follow?.step ?? 'onepager');
}

/**
 * Where the facilitator points, on `step`: the spotlight (if it is on this step) and the
 * facilitator's focus (if the facilitator is on this step). The projector and followers
 * scroll to them and highlight them.
 */
export function useStageTargets(step: Step): {
  spotlight: RecordRef | null;
  focus: RecordRef | null;
} {
  const room = useRoomState();
  const spotlight = room.spotlight?.step === step ? room.spotlight : null;
  const focus = room.follow?.step === step ? room.focus : null;
  return { spotlight, focus };
}
