import { timerRemainingMs } from '../../../shared/model';
import { STEPS } from '../../ui/routes';
import { useNow, useRoomState, useRoomStatus } from './room-hooks';

function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/**
 * The step timer, the same on every screen: a running timer's truth is its end time on the
 * hub's clock, shown against this device's clock plus its measured offset to the hub.
 */
export function TimerDisplay() {
  const timer = useRoomState().timer;
  const offsetMs = useRoomStatus((s) => s.offsetMs);
  const now = useNow(250, timer?.running === true);
  if (!timer) return null;
  const left = timerRemainingMs(timer, now, offsetMs);
  const label = STEPS.find((s) => s.id === timer.step)?.label ?? '';
  return (
    <div
      className={`room-timer${left === 0 ? ' room-timer-done' : ''}`}
      role="timer"
      aria-label={`Timer for ${label}`}
    >
      <span className="room-timer-step">{label}</span>
      <span className="room-timer-time">{formatRemaining(left)}</span>
      <span className="room-timer-state">
        {left === 0 ? 'Time is up' : timer.running ? 'running' : 'paused'}
      </span>
    </div>
  );
}
