import { useEffect } from 'react';
import { setMeetingStage, type MeetingRef } from '../../../shared/model';
import { useWorkshopDoc } from '../../state/workshop-context';
import { useIsRoomFacilitator } from '../../sync/room-hooks';

/**
 * The facilitator's side of the weekly meeting on the projector and for followers: the
 * team and week open on the facilitator's screen go to the room map (`room.meeting`,
 * facilitator-only: the hub refuses anyone else's write). Written on each change of team
 * or week only, never in answer to the room map, so two windows of the facilitator cannot
 * bounce a value between them.
 */
export function usePublishMeeting(meeting: MeetingRef): void {
  const doc = useWorkshopDoc();
  const facilitator = useIsRoomFacilitator();
  const { team, week } = meeting;
  useEffect(() => {
    if (facilitator) setMeetingStage(doc, { team, week });
  }, [facilitator, doc, team, week]);
}

/**
 * On the Drumbeat's other views the facilitator has no meeting open: the projector goes
 * back to the key results' progress. (Leaving the Drumbeat drops it with the step.)
 */
export function useNoMeetingOpen(active: boolean): void {
  const doc = useWorkshopDoc();
  const facilitator = useIsRoomFacilitator();
  useEffect(() => {
    if (facilitator && active) setMeetingStage(doc, null);
  }, [facilitator, doc, active]);
}
