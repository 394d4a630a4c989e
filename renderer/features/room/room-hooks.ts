import { mayWrite } from '../../../shared/protocol/policy';
import type { Step } from '../../../shared/protocol/room';
import { useRoomRole } from '../../sync/room-hooks';
import { useRoomState } from '../../state/room-state';

// The room's hooks live where every feature may use them (sync/, state/); re-exported here
// for the room feature's own files.
export { useRoomConnection, useRoomRole, useRoomStatus } from '../../sync/room-hooks';
export { useRoomSelector, useRoomState, useVoteHistory } from '../../state/room-state';
export { useNow } from '../../ui/use-now';

/**
 * True when `step` is read-only for this user, as the policy table says: locked by the
 * facilitator for a participant, always for a viewer. Pages disable editing with it; the
 * hub refuses such writes anyway. Before the hub has named the role, a participant's.
 */
export function useStepLocked(step: Step): boolean {
  const locks = useRoomState().locks;
  const role = useRoomRole();
  return !mayWrite(role ?? 'participant', { kind: 'step', step }, locks);
}
