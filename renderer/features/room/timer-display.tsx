import { useEffect, useRef } from 'react';
import { formatTimerRemaining as formatRemaining, timerRemainingMs } from '../../../shared/model';
import { IconSound, IconTimer } from '../../ui/icons';
import { STEPS } from '../../ui/routes';
import { useNow, useRoomState, useRoomStatus } from './room-hooks';
import { playTimeUp, setTimerSound, useTimerSound } from './timer-sound';

/** Chimes once when a running timer reaches zero on this screen (never on a reload). */
function useTimeUpChime(left: number, running: boolean): void {
  const before = useRef(left);
  useEffect(() => {
    if (running && before.current > 0 && left === 0) playTimeUp();
    before.current = left;
  }, [left, running]);
}

function SoundToggle() {
  const sound = useTimerSound();
  return (
    <button
      type="button"
      className="button quiet small icon-button"
      aria-pressed={sound}
      aria-label="Sound at time's end"
      title={sound ? "Sound at time's end: on" : "Sound at time's end: off"}
      onClick={() => setTimerSound(!sound)}
    >
      <IconSound on={sound} />
    </button>
  );
}

/**
 * The step timer, pinned in the room bar on every screen: a running timer's truth is its end
 * time on the hub's clock, shown against this device's clock plus its measured offset to the
 * hub. At zero it turns red and pulses, and chimes if this person turned the sound on.
 */
export function TimerDisplay() {
  const timer = useRoomState().timer;
  const offsetMs = useRoomStatus((s) => s.offsetMs);
  const now = useNow(250, timer?.running === true);
  const left = timer ? timerRemainingMs(timer, now, offsetMs) : 0;
  useTimeUpChime(left, timer?.running === true);
  if (!timer) return null;
  const label = STEPS.find((s) => s.id === timer.step)?.label ?? '';
  const done = left === 0;
  return (
    <div className={`room-chip room-timer${done ? ' room-timer-done' : ''}`}>
      <div className="room-timer-face" role="timer" aria-label={`Timer for ${label}`}>
        <IconTimer />
        <span className="room-timer-time">{formatRemaining(left)}</span>
        <span className="room-timer-state">
          {done ? 'Time is up' : timer.running ? label : `${label} · paused`}
        </span>
      </div>
      <SoundToggle />
    </div>
  );
}
