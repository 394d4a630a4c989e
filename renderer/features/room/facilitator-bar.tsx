import { useState } from 'react';
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
 * The facilitator's controls for the room, one compact toolbar row: follow mode, the step
 * lock, the step timer and the dot vote. Each writes the doc's `room` map, which the hub
 * accepts from them alone. The visible words are short; every control keeps its full
 * accessible name.
 */
export function FacilitatorBar({ step, connection }: { step: Step; connection: RoomConnection }) {
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
          className={`button small${following ? ' primary' : ''}`}
          aria-pressed={following}
          onClick={() => setFollow(doc, !following, step)}
        >
          Follow me
        </button>
        <button
          type="button"
          className={`button small${locked ? ' primary' : ''}`}
          onClick={() => (locked ? unlockStep(doc, step) : lockStep(doc, step))}
        >
          {locked ? 'Unlock this step' : 'Lock this step'}
        </button>
      </div>

      <div className="facilitator-group" role="group" aria-label="Timer">
        {!timer ? (
          <>
            <label className="inline-field">
              <input
                type="number"
                min={1}
                max={180}
                value={minutes}
                aria-label="Timer minutes"
                onChange={(e) => setMinutes(e.target.value)}
              />
              <span aria-hidden="true">min</span>
            </label>
            <button
              type="button"
              className="button small"
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
              <button
                type="button"
                className="button small"
                onClick={() => pauseTimer(doc, hubNow())}
              >
                Pause
              </button>
            ) : (
              <button
                type="button"
                className="button small"
                onClick={() => resumeTimer(doc, hubNow())}
              >
                Resume
              </button>
            )}
            <button
              type="button"
              className="button small"
              onClick={() => addTimerMinute(doc, hubNow())}
            >
              +1 min
            </button>
            <button type="button" className="button quiet small" onClick={() => resetTimer(doc)}>
              Reset
            </button>
          </>
        )}
      </div>

      <div className="facilitator-group" role="group" aria-label="Dot vote">
        {!voting ? (
          <>
            <label className="inline-field">
              <span aria-hidden="true">Vote on</span>
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
              <input
                type="number"
                min={1}
                max={20}
                value={dots}
                aria-label="Dots each"
                onChange={(e) => setDots(e.target.value)}
              />
              <span aria-hidden="true">dots</span>
            </label>
            <button
              type="button"
              className="button small"
              onClick={() => openVote(doc, target, Math.min(20, Math.max(1, Number(dots) || 3)))}
            >
              Start vote
            </button>
          </>
        ) : !voting.revealed ? (
          <button type="button" className="button primary small" onClick={() => revealVote(doc)}>
            Reveal votes
          </button>
        ) : (
          <button type="button" className="button quiet small" onClick={() => clearVote(doc)}>
            Clear vote
          </button>
        )}
      </div>
    </section>
  );
}
