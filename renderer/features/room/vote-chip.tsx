import type { VotingState } from '../../../shared/protocol/room';
import { IconDot } from '../../ui/icons';
import { plural } from '../../ui/plural';

/** The dot vote's state in a few words, pinned in the room bar while the vote runs. */
function voteText(voting: VotingState): string {
  const voted = `${plural(voting.ballots, 'person has', 'people have')} voted`;
  if (voting.revealed) return 'Vote results are in';
  return voting.open ? `Dot vote open · ${voted}` : `Voting closed · ${voted}`;
}

/**
 * The running vote, pinned where everyone sees it whatever they scroll; its button brings
 * the ballot (or the results) into view.
 */
export function VoteChip({ voting }: { voting: VotingState }) {
  return (
    <div className={`room-chip vote-chip${voting.open ? ' vote-chip-open' : ''}`}>
      <IconDot />
      <span className="vote-chip-text" role="status">
        {voteText(voting)}
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
        {voting.revealed ? 'See results' : voting.open ? 'Go to the vote' : 'See the vote'}
      </button>
    </div>
  );
}
