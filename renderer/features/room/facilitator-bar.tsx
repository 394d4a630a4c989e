import { useState, type ReactNode } from 'react';
import {
  addTimerMinute,
  lockStep,
  pauseTimer,
  resetTimer,
  resumeTimer,
  setFollow,
  startTimer,
  unlockStep,
} from '../../../shared/model';
import { SUGGESTED_MINUTES } from '../../../shared/guide/agenda';
import type { Step } from '../../../shared/protocol/room';
import type { RoomConnection } from '../../sync/room-connection';
import { useWorkshopDoc } from '../../state/workshop-context';
import { useRoomState } from './room-hooks';
import { VoteSetup } from './vote-setup';
import { useT } from '../../ui/i18n';

/**
 * The facilitator's controls for the room, one compact toolbar row: follow mode, the step
 * lock, the step timer and the dot vote. Each writes the doc's `room` map, which the hub
 * accepts from them alone. The visible words are short; every control keeps its full
 * accessible name. The timer's minutes start at the step's suggested minutes (the
 * run-sheet's agenda); what the facilitator types holds until they move to another step.
 * `tools` are the shell's additions from other features (History).
 */
export function FacilitatorBar({
  step,
  connection,
  tools,
}: {
  step: Step;
  connection: RoomConnection;
  tools?: ReactNode;
}) {
  const t = useT();
  const doc = useWorkshopDoc();
  const room = useRoomState();
  const suggested = SUGGESTED_MINUTES[step];
  const [typed, setTyped] = useState<{ step: Step; minutes: string } | null>(null);
  const minutes = typed?.step === step ? typed.minutes : String(suggested);
  const following = room.follow?.on === true;
  const locked = room.locks.includes(step);
  const timer = room.timer;
  const hubNow = () => connection.hubNow();

  return (
    <section className="facilitator-bar" aria-label={t('room.controls')}>
      <div className="facilitator-group">
        <button
          type="button"
          className={`button small${following ? ' primary' : ''}`}
          aria-pressed={following}
          onClick={() => setFollow(doc, !following, step)}
        >
          {t('room.followMe')}
        </button>
        <button
          type="button"
          className={`button small${locked ? ' primary' : ''}`}
          onClick={() => (locked ? unlockStep(doc, step) : lockStep(doc, step))}
        >
          {locked ? t('room.unlock') : t('room.lock')}
        </button>
        {/* In this group: a group of its own would push the row past 1280 px. */}
        {tools}
      </div>

      <div className="facilitator-group" role="group" aria-label={t('room.timer')}>
        {!timer ? (
          <>
            <label className="inline-field">
              <input
                type="number"
                min={1}
                max={180}
                value={minutes}
                aria-label={t('room.timerMinutes')}
                title={t('room.suggested', { count: suggested })}
                onChange={(e) => setTyped({ step, minutes: e.target.value })}
              />
              <span aria-hidden="true">{t('room.min')}</span>
            </label>
            <button
              type="button"
              className="button small"
              onClick={() => {
                const m = Math.min(180, Math.max(1, Number(minutes) || suggested));
                startTimer(doc, step, m * 60_000, hubNow());
              }}
            >
              {t('room.startTimer')}
            </button>
          </>
        ) : (
          <>
            {timer.running ? (
              <button
                type="button"
                className="button small"
                onClick={() => pauseTimer(doc, hubNow())}
              >
                {t('room.pause')}
              </button>
            ) : (
              <button
                type="button"
                className="button small"
                onClick={() => resumeTimer(doc, hubNow())}
              >
                {t('room.resume')}
              </button>
            )}
            <button
              type="button"
              className="button small"
              onClick={() => addTimerMinute(doc, hubNow())}
            >
              {t('room.addMinute')}
            </button>
            <button type="button" className="button quiet small" onClick={() => resetTimer(doc)}>
              {t('room.reset')}
            </button>
          </>
        )}
      </div>

      <VoteSetup step={step} />
    </section>
  );
}
