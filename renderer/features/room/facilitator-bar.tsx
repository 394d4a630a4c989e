import { useState, type ReactNode } from 'react';
import {
  addTimerMinute,
  clearVote,
  lockStep,
  openVote,
  pauseTimer,
  resetTimer,
  resumeTimer,
  revealVote,
  setFollow,
  startTimer,
  unlockStep,
} from '../../../shared/model';
import type { Step, VoteTarget } from '../../../shared/protocol/room';
import type { RoomConnection } from '../../sync/room-connection';
import { useWorkshopDoc } from '../../state/workshop-context';
import { useRoomState } from './room-hooks';

/**
 * The facilitator's controls for the room: follow mode, the step lock, the step timer and
 * the dot vote. Each writes the doc's `room` map, which the hub accepts from them alone.
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
  const doc = useWorkshopDoc();
  const room = useRoomState();
  const [minutes, setMinutes] = useState('10');
  const [target, setTarget] = useState<VoteTarget>(step === 'okrs' ? 'objectives' : 'projects');
  const [dots, setDots] = useState('3');
  const following = room.follow?.on === true;
  const locked = room.locks.includes(step);
  const timer = room.timer;
  const voting = room.voting;
  const hubNow = () => connection.hubNow();

  return (
    <section className="facilitator-bar" aria-label="Facilitator controls">
      <div className="facilitator-group">
        <button
          type="button"
          className={`button${following ? ' primary' : ''}`}
          aria-pressed={following}
          onClick={() => setFollow(doc, !following, step)}
        >
          Follow me
        </button>
        <button
          type="button"
          className={`button${locked ? ' primary' : ''}`}
          onClick={() => (locked ? unlockStep(doc, step) : lockStep(doc, step))}
        >
          {locked ? 'Unlock this step' : 'Lock this step'}
        </button>
      </div>

      <div className="facilitator-group" role="group" aria-label="Timer">
        {!timer ? (
          <>
            <label className="inline-field">
              <span>Minutes</span>
              <input
                type="number"
                min={1}
                max={180}
                value={minutes}
                aria-label="Timer minutes"
                onChange={(e) => setMinutes(e.target.value)}
              />
            </label>
            <button
              type="button"
              className="button"
              onClick={() => {
                const m = Math.min(180, Math.max(1, Number(minutes) || 10));
                startTimer(doc, step, m * 60_000, hubNow());
              }}
            >
              Start timer
            </button>
          </>
        ) : (
          <>
            {timer.running ? (
              <button type="button" className="button" onClick={() => pauseTimer(doc, hubNow())}>
                Pause
              </button>
            ) : (
              <button type="button" className="button" onClick={() => resumeTimer(doc, hubNow())}>
                Resume
              </button>
            )}
            <button type="button" className="button" onClick={() => addTimerMinute(doc, hubNow())}>
              +1 min
            </button>
            <button type="button" className="button quiet" onClick={() => resetTimer(doc)}>
              Reset
            </button>
          </>
        )}
      </div>

      <div className="facilitator-group" role="group" aria-label="Dot vote">
        {!voting ? (
          <>
            <label className="inline-field">
              <span>Vote on</span>
              <select
                value={target}
                aria-label="Vote on"
                onChange={(e) => setTarget(e.target.value as VoteTarget)}
              >
                <option value="projects">Projects</option>
                <option value="objectives">Objectives</option>
              </select>
            </label>
            <label className="inline-field">
              <span>Dots each</span>
              <input
                type="number"
                min={1}
                max={20}
                value={dots}
                aria-label="Dots each"
                onChange={(e) => setDots(e.target.value)}
              />
            </label>
            <button
              type="button"
              className="button"
              onClick={() => openVote(doc, target, Math.min(20, Math.max(1, Number(dots) || 3)))}
            >
              Start vote
            </button>
          </>
        ) : !voting.revealed ? (
          <button type="button" className="button primary" onClick={() => revealVote(doc)}>
            Reveal votes
          </button>
        ) : (
          <button type="button" className="button quiet" onClick={() => clearVote(doc)}>
            Clear vote
          </button>
        )}
      </div>
      {tools && <div className="facilitator-group">{tools}</div>}
    </section>
  );
}
