import { useEffect } from 'react';
import { setFacilitatorStep, setFocus } from '../../../shared/model';
import {
  RECORD_REF_ID_PATTERN,
  RECORD_REF_TYPES,
  type RecordRef,
  type RecordRefType,
  type Step,
} from '../../../shared/protocol/room';
import { useWorkshopDoc } from '../../state/workshop-context';
import { useIsRoomFacilitator } from '../../sync/room-hooks';
import { useStageTargets } from '../../sync/stage';
import { useBringIntoView, useHighlightRecords } from '../../ui/record-target';
import { editingAt } from './presence';

/** The record a focus event lands in, if it is one the room can point at. */
function recordRefAt(target: EventTarget | null): RecordRef | null {
  const editing = editingAt(target);
  if (!editing || !(RECORD_REF_TYPES as readonly string[]).includes(editing.type)) return null;
  if (!RECORD_REF_ID_PATTERN.test(editing.id)) return null;
  return { type: editing.type as RecordRefType, id: editing.id };
}

/**
 * The facilitator's side of follow mode and of the projector: the step on screen and the
 * record the cursor is in go to the room map (facilitator-only; the hub refuses anyone
 * else's write). Written on each change of step or focus only, never in answer to the room
 * map, so two windows of the facilitator can never bounce a value between them.
 */
export function usePublishStage(step: Step): void {
  const doc = useWorkshopDoc();
  const facilitator = useIsRoomFacilitator();

  useEffect(() => {
    if (facilitator) setFacilitatorStep(doc, step);
  }, [facilitator, doc, step]);

  useEffect(() => {
    if (!facilitator) return;
    const onFocusIn = (event: FocusEvent) => setFocus(doc, recordRefAt(event.target));
    const onFocusOut = (event: FocusEvent) => {
      if (!event.relatedTarget) setFocus(doc, null);
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, [facilitator, doc]);
}

const keyOf = (ref: RecordRef | null, step: Step) => (ref ? `${step}/${ref.type}/${ref.id}` : null);

/**
 * A follower is brought to what the facilitator points at on this step: the focused
 * record and the spotlight, scrolled into view (each time it changes, and on arriving on
 * the step) and highlighted. Everyone in the room sees the spotlight highlighted.
 */
export function useFollowTargets(step: Step, following: boolean, inRoom: boolean): void {
  const { spotlight, focus } = useStageTargets(step);
  const facilitator = useIsRoomFacilitator();
  const focusShown = following && !facilitator ? focus : null;
  useHighlightRecords([
    { ref: focusShown, kind: 'focus' },
    { ref: inRoom ? spotlight : null, kind: 'spotlight' },
  ]);
  useBringIntoView(focusShown, keyOf(focusShown, step));
  // Declared last: arriving on a step with both, the spotlight wins the scroll.
  const spotlightFollowed = following && !facilitator ? spotlight : null;
  useBringIntoView(spotlightFollowed, keyOf(spotlightFollowed, step));
}
