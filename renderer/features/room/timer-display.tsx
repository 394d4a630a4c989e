import { useEffect, useRef } from 'react';
import { formatTimerRemaining as formatRemaining, timerRemainingMs } from '../../../shared/model';
import { IconSound, IconTimer } from '../../ui/icons';
import { STEPS } from '../../ui/routes';
import { useNow, useRoomState, useRoomStatus } from './room-hooks';
import { playTimeUp, setTimerSound, useTimerSound } from './timer-sound';
import { useT } from '../../ui/i18n';

/** Chimes once when a running timer reaches zero on this screen (never on a reload). */
function useTimeUpChime(left: number, running: boolean): void {
  const before = useRef(left);
  useEffect(() => {
    if (running && before.current > 0 && left === 0) playTimeUp();
    before.current = left;
  }, [left, running]);
}

function SoundToggle() {
  const t = useT();
  const sound = useTimerSound();
  return (
    <button
      type="button"
      className="button quiet small icon-button"
      aria-pressed={sound}
      aria-label={t('room.sound')}
      title={sound ? t('room.soundOn') : t('room.soundOff')}
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
  const t = useT();
  const timer = useRoomState().timer;
  const offsetMs = useRoomStatus((s) => s.offsetMs);
  const now = useNow(250, timer?.running === true);
  const left = timer ? timerRemainingMs(timer, now, offsetMs) : 0;
  useTimeUpChime(left, timer?.running === true);
  if (!timer) return null;
  const label = STEPS.some((s) => s.id === timer.step) ? t(`steps.${timer.step}.label`) : '';
  const done = left === 0;
  return (
    <div className={`room-chip room-timer${done ? ' room-timer-done' : ''}`}>
      <div
        className="room-timer-face"
        role="timer"
        aria-label={t('room.timerFor', { step: label })}
      >
        <IconTimer />
        <span className="room-timer-time">{formatRemaining(left)}</span>
        <span className="room-timer-state">
          {done ? t('room.timeUp') : timer.running ? label : t('room.paused', { step: label })}
        </span>
      </div>
      <SoundToggle />
    </div>
  );
}
