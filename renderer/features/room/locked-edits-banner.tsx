import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Step } from '../../../shared/protocol/room';
import { STEPS } from '../../ui/routes';
import type { RoomConnection } from '../../sync/room-connection';
import { useRoomStatus } from './room-hooks';

/** "Strategy one-pager", "A and B", "A, B and C". */
function stepNames(steps: readonly Step[]): string {
  const names = steps.map((step) => STEPS.find((s) => s.id === step)?.label ?? step);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The banner's words for the locked steps holding this device's edits back. */
function lockedEditsText(steps: readonly Step[]): string {
  const many = steps.length > 1;
  return (
    `You edited ${stepNames(steps)} while offline, and the facilitator has locked ` +
    `${many ? 'them' : 'it'}. Your edits are kept on this device and will merge when the ` +
    `facilitator unlocks ${many ? 'the steps' : 'the step'}.`
  );
}

/**
 * Shown while the hub holds this device's edits back because they touch a locked step:
 * says which, that nothing is lost, and lets the user try again now (the connection also
 * retries by itself, with a growing delay).
 */
export const LockedEditsBanner = memo(function LockedEditsBanner({
  connection,
}: {
  connection: RoomConnection;
}) {
  const steps = useRoomStatus(useShallow((s) => s.lockedSteps));
  if (steps.length === 0) return null;
  return (
    <p className="room-banner room-banner-locked room-banner-held" role="status">
      <span>{lockedEditsText(steps)}</span>
      <button type="button" className="button small" onClick={() => connection.retry()}>
        Try now
      </button>
    </p>
  );
});
