import type { VotingState } from '../../../shared/protocol/room';
import { IconDot } from '../../ui/icons';
import { useT } from '../../ui/i18n';
import type { TFunction } from 'i18next';

/** The dot vote's state in a few words, pinned in the room bar while the vote runs. */
function voteText(t: TFunction, voting: VotingState): string {
  const voted = t('room.voted', { count: voting.ballots });
  if (voting.revealed) return t('room.resultsIn');
  return voting.open ? t('room.voteOpen', { voted }) : t('room.voteClosed', { voted });
}

/**
 * The running vote, pinned where everyone sees it whatever they scroll; its button brings
 * the ballot (or the results) into view.
 */
export function VoteChip({ voting }: { voting: VotingState }) {
  const t = useT();
  return (
    <div className={`room-chip vote-chip${voting.open ? ' vote-chip-open' : ''}`}>
      <IconDot />
      <span className="vote-chip-text" role="status">
        {voteText(t, voting)}
      </span>
      <button
        type="button"
        className="button small"
        onClick={() =>
          document
            .querySelector('.vote-panel')
            ?.scrollIntoView({ behavior: 'smooth', block: 'start' })
        }
      >
        {voting.revealed
          ? t('room.seeResults')
          : voting.open
            ? t('room.goToVote')
            : t('room.seeVote')}
      </button>
    </div>
  );
}
