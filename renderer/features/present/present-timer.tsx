import { formatTimerRemaining, timerRemainingMs } from '../../../shared/model';
import { useRoomState, useRoomStatus } from '../../sync/room-hooks';
import { STEPS } from '../../ui/routes';
import { useNow } from '../../ui/use-now';

/**
 * The step timer, large: the same time as on every screen in the room (the end time is on
 * the hub's clock, shown against this device's clock and its measured offset).
 */
export function PresentTimer() {
  const timer = useRoomState().timer;
  const offsetMs = useRoomStatus((s) => s.offsetMs);
  const now = useNow(250, timer?.running === true);
  if (!timer) return null;
  const left = timerRemainingMs(timer, now, offsetMs);
  const label = STEPS.find((s) => s.id === timer.step)?.label ?? '';
  const state = left === 0 ? 'Time is up' : timer.running ? 'running' : 'paused';
  return (
    <div
      className={`present-timer${left === 0 ? ' present-timer-done' : ''}`}
      role="timer"
      aria-label={`Timer for ${label}`}
    >
      <span className="present-timer-time">{formatTimerRemaining(left)}</span>
      <span className="present-timer-state">{state}</span>
    </div>
  );
}
