import { useState } from 'react';
import { clearVote, openVote, revealVote } from '../../../shared/model';
import type { Step, VoteTarget } from '../../../shared/protocol/room';
import { useOpenWorkshop } from '../../state/workshop-context';
import { useRoomState } from './room-hooks';
import { ballotIds } from './vote-items';
import { useT } from '../../ui/i18n';

/**
 * The facilitator's dot-vote controls: the question, what the vote is on and the dots each
 * to start one; then reveal; then clear (the round is kept under "Earlier votes"). They
 * write the `room` map, which the hub takes from the facilitator alone.
 */
export function VoteSetup({ step }: { step: Step }) {
  const { doc, binding } = useOpenWorkshop();
  const voting = useRoomState().voting;
  const [question, setQuestion] = useState('');
  const [target, setTarget] = useState<VoteTarget>(step === 'okrs' ? 'objectives' : 'projects');
  const [dots, setDots] = useState('3');

  const t = useT();
  const start = () => {
    const items = ballotIds(binding.store.getState(), target);
    openVote(doc, target, Math.min(20, Math.max(1, Number(dots) || 3)), { question, items });
    setQuestion('');
  };

  return (
    <div className="facilitator-group" role="group" aria-label={t('room.dotVote')}>
      {!voting ? (
        <>
          <label className="inline-field vote-question-field">
            <input
              type="text"
              value={question}
              maxLength={200}
              placeholder={t('room.question')}
              aria-label={t('room.question')}
              onChange={(e) => setQuestion(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') start();
              }}
            />
          </label>
          <label className="inline-field">
            <select
              value={target}
              aria-label={t('room.voteOn')}
              onChange={(e) => setTarget(e.target.value as VoteTarget)}
            >
              <option value="projects">{t('room.projects')}</option>
              <option value="objectives">{t('room.objectives')}</option>
            </select>
          </label>
          <label className="inline-field">
            <input
              type="number"
              min={1}
              max={20}
              value={dots}
              aria-label={t('room.dotsEach')}
              onChange={(e) => setDots(e.target.value)}
            />
            <span aria-hidden="true">{t('room.dots')}</span>
          </label>
          <button type="button" className="button small" onClick={start}>
            {t('room.startVote')}
          </button>
        </>
      ) : !voting.revealed ? (
        <button type="button" className="button primary small" onClick={() => revealVote(doc)}>
          {t('room.revealVotes')}
        </button>
      ) : (
        <button type="button" className="button quiet small" onClick={() => clearVote(doc)}>
          {t('room.clearVote')}
        </button>
      )}
    </div>
  );
}
