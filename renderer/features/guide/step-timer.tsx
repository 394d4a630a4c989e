import {
  formatTimerRemaining,
  resumeTimer,
  startTimer,
  timerRemainingMs,
} from '../../../shared/model';
import type { Step, TimerState } from '../../../shared/protocol/room';
import type { RoomConnection } from '../../sync/room-connection';
import { useRoomConnection, useRoomState, useRoomStatus } from '../../sync/room-hooks';
import { useOpenWorkshop } from '../../state/workshop-context';
import { useNow } from '../../ui/use-now';
import { setCountdown, useCountdown } from './run-sheet-state';
import { useT } from '../../ui/i18n';

interface Props {
  readonly step: Step;
  readonly minutes: number;
}

/**
 * The step's time, taken from the run-sheet. In a room, the room's timer: "Start" starts it
 * for everyone with the step's suggested minutes (the facilitator's toolbar pauses, adds a
 * minute and resets it). Outside a room there is nobody to share a timer with, so it is a
 * countdown on this screen only, kept while the facilitator moves between steps.
 */
export function StepTimer({ step, minutes }: Props) {
  const connection = useRoomConnection();
  return connection ? (
    <RoomTimer step={step} minutes={minutes} connection={connection} />
  ) : (
    <LocalCountdown step={step} minutes={minutes} />
  );
}

function RoomTimer({ step, minutes, connection }: Props & { connection: RoomConnection }) {
  const t = useT();
  const { doc } = useOpenWorkshop();
  const timer = useRoomState().timer;
  const offsetMs = useRoomStatus((s) => s.offsetMs);
  const now = useNow(1000, timer?.running === true);
  const mine = timer?.step === step ? timer : null;
  if (mine) {
    const left = timerRemainingMs(mine, now, offsetMs);
    return (
      <div className="run-sheet-timer">
        <p className="run-sheet-timer-state">
          {left === 0
            ? t('guide.sheet.roomOut')
            : mine.running
              ? t('guide.sheet.roomRunning', { left: formatTimerRemaining(left) })
              : t('guide.sheet.roomPaused', { left: formatTimerRemaining(left) })}
        </p>
        {!mine.running && left > 0 && (
          <button
            type="button"
            className="button small"
            onClick={() => resumeTimer(doc, connection.hubNow())}
          >
            {t('guide.sheet.resumeTimer')}
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="run-sheet-timer">
      <button
        type="button"
        className="button small primary"
        onClick={() => startTimer(doc, step, minutes * 60_000, connection.hubNow())}
      >
        {t('guide.sheet.startTimer', { minutes })}
      </button>
      <p className="run-sheet-note">{t('guide.sheet.everyone')}</p>
    </div>
  );
}

function LocalCountdown({ step, minutes }: Props) {
  const t = useT();
  const { id } = useOpenWorkshop();
  const stored = useCountdown(id);
  const countdown = stored?.step === step ? stored : null;
  const now = useNow(1000, countdown?.running === true);
  const set = (next: TimerState | null) => setCountdown(id, next);
  if (!countdown) {
    return (
      <div className="run-sheet-timer">
        <button
          type="button"
          className="button small primary"
          onClick={() =>
            set({
              step,
              running: true,
              endsAt: Date.now() + minutes * 60_000,
              remainingMs: minutes * 60_000,
            })
          }
        >
          {t('guide.sheet.startCountdown', { minutes })}
        </button>
        <p className="run-sheet-note">{t('guide.sheet.screenOnly')}</p>
      </div>
    );
  }
  const left = timerRemainingMs(countdown, now, 0);
  return (
    <div className="run-sheet-timer">
      <span
        className={`run-sheet-countdown${left === 0 ? ' run-sheet-countdown-done' : ''}`}
        role="timer"
        aria-label={t('guide.sheet.countdown')}
      >
        {left === 0 ? t('guide.sheet.timeUp') : formatTimerRemaining(left)}
      </span>
      {left > 0 &&
        (countdown.running ? (
          <button type="button" className="button small" onClick={() => set(paused(countdown))}>
            {t('guide.sheet.pause')}
          </button>
        ) : (
          <button
            type="button"
            className="button small"
            onClick={() =>
              set({ ...countdown, running: true, endsAt: Date.now() + countdown.remainingMs })
            }
          >
            {t('guide.sheet.resume')}
          </button>
        ))}
      <button type="button" className="button quiet small" onClick={() => set(null)}>
        {t('guide.sheet.reset')}
      </button>
    </div>
  );
}

function paused(countdown: TimerState): TimerState {
  return {
    ...countdown,
    running: false,
    remainingMs: Math.max(0, countdown.endsAt - Date.now()),
  };
}
