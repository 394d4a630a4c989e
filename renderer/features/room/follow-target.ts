import type { MeetingStageState, Step } from '../../../shared/protocol/room';
import { meetingHref } from '../../ui/meeting-route';
import { workshopHref } from '../../ui/routes';

/**
 * Where a follower goes: the facilitator's step, and on the Drumbeat the weekly meeting the
 * facilitator has open (its team and week), or null when the follower is there already.
 * `hash` is the follower's `location.hash`, `step` the step on the follower's screen.
 */
export function followTarget(
  workshopId: string,
  leader: { readonly step: Step; readonly meeting: MeetingStageState | null },
  step: Step,
  hash: string,
): string | null {
  if (leader.step === 'drumbeat' && leader.meeting) {
    const href = meetingHref(workshopId, leader.meeting);
    return hash === href ? null : href;
  }
  return leader.step === step ? null : workshopHref(workshopId, leader.step);
}
