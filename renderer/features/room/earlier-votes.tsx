import type { Step, VoteTarget } from '../../../shared/protocol/room';
import { useVoteHistory } from './room-hooks';
import { voteSubject } from './vote-items';
import { ResultBars } from './voting-panel';

const WHEN = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

/** Which vote rounds a step shows: the board's on projects, OKR drafting's on objectives. */
const TARGET_OF: Partial<Record<Step, VoteTarget>> = { alignment: 'projects', okrs: 'objectives' };

/**
 * "Earlier votes": the rounds the room map keeps (the last ten), on the step whose items
 * they were about, each with its question, when it was put away and its results as they
 * were (titles then, so a renamed or deleted card still reads).
 */
export function EarlierVotes({ step }: { step: Step }) {
  const target = TARGET_OF[step];
  const rounds = useVoteHistory().filter((r) => r.target === target);
  if (!target || rounds.length === 0) return null;
  return (
    <details className="earlier-votes">
      <summary>Earlier votes ({rounds.length})</summary>
      <ol className="earlier-votes-list">
        {rounds.map((round) => {
          const title = round.question || voteSubject(round.target);
          return (
            <li key={round.id} className="earlier-vote">
              <h3 className="earlier-vote-title">{title}</h3>
              <p className="earlier-vote-meta">
                {WHEN.format(new Date(round.at))} ·{' '}
                {round.ballots === 1 ? '1 person voted' : `${round.ballots} people voted`}
              </p>
              <ResultBars
                rows={round.rows.map((r) => ({ ...r, title: r.title || 'A removed item' }))}
                label={`Results: ${title}`}
              />
            </li>
          );
        })}
      </ol>
    </details>
  );
}
