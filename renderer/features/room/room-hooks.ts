import type { Step } from '../../../shared/protocol/room';
import { useRoomRole, useRoomState } from '../../sync/room-hooks';

// The room hooks live in sync/ (the presentation view and the step pages use them too);
// re-exported here for the room's own components.
export { useRoomConnection, useRoomRole, useRoomState, useRoomStatus } from '../../sync/room-hooks';
export { useNow } from '../../ui/use-now';

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
