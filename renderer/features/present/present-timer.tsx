import { formatTimerRemaining, timerRemainingMs } from '../../../shared/model';
import { useRoomState, useRoomStatus } from '../../sync/room-hooks';
import { STEPS } from '../../ui/routes';
import { useNow } from '../../ui/use-now';
import { useT } from '../../ui/i18n';

/**
 * The step timer, large: the same time as on every screen in the room (the end time is on
 * the hub's clock, shown against this device's clock and its measured offset).
 */
export function PresentTimer() {
  const t = useT();
  const timer = useRoomState().timer;
  const offsetMs = useRoomStatus((s) => s.offsetMs);
  const now = useNow(250, timer?.running === true);
  if (!timer) return null;
  const left = timerRemainingMs(timer, now, offsetMs);
  const label = STEPS.some((s) => s.id === timer.step) ? t(`steps.${timer.step}.label`) : '';
  const state =
    left === 0 ? t('present.timeUp') : timer.running ? t('present.running') : t('present.paused');
  return (
    <div
      className={`present-timer${left === 0 ? ' present-timer-done' : ''}`}
      role="timer"
      aria-label={t('present.timerFor', { step: label })}
    >
      <span className="present-timer-time">{formatTimerRemaining(left)}</span>
      <span className="present-timer-state">{state}</span>
    </div>
  );
}
