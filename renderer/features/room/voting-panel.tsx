import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { VotingState } from '../../../shared/protocol/room';
import type { RoomConnection } from '../../sync/room-connection';
import { useWorkshop } from '../../state/workshop-context';
import { loadBallot, saveBallot } from './ballot';
import { voterId } from './identity';
import { useRoomStatus } from './room-hooks';

/** The items a vote is on, in board/list order, with their titles. */
function useVoteItems(target: VotingState['target']): { id: string; title: string }[] {
  return useWorkshop(
    useShallow((s) => {
      const ids =
        target === 'projects'
          ? [...s.projectIdsByColumn.keep, ...s.projectIdsByColumn.inbox]
          : s.objectiveIds;
      return ids.map((id) => {
        const title = target === 'projects' ? s.projects[id]?.title : s.objectives[id]?.title;
        return `${id}\u0000${title?.trim() || 'Untitled'}`;
      });
    }),
  ).map((entry) => {
    const [id = '', title = ''] = entry.split('\u0000');
    return { id, title };
  });
}

function Ballot({ voting, connection }: { voting: VotingState; connection: RoomConnection }) {
  const items = useVoteItems(voting.target);
  const [mine, setMine] = useState<string[]>(() => loadBallot(voting.id));
  const ack = useRoomStatus((s) => (s.lastVoteAck?.votingId === voting.id ? s.lastVoteAck : null));
  useEffect(() => setMine(loadBallot(voting.id)), [voting.id]);

  const place = (next: string[]) => {
    setMine(next);
    saveBallot(voting.id, next);
    connection.sendVote({ votingId: voting.id, voter: voterId(), items: next });
  };
  const left = voting.dots - mine.length;
  const counts = useMemo(() => {
    const c: Record<string, number> = {};
    for (const id of mine) c[id] = (c[id] ?? 0) + 1;
    return c;
  }, [mine]);

  return (
    <>
      <p className="vote-lead">
        {left > 0 ? `You have ${left} of ${voting.dots} dots left.` : 'All your dots are placed.'}{' '}
        Nobody sees the votes until the facilitator reveals them.
        {ack && !ack.accepted && (
          <span role="alert"> Your ballot was not counted: {ack.reason}.</span>
        )}
      </p>
      <ul className="vote-items" aria-label="Items to vote on">
        {items.map((item) => (
          <li key={item.id} className="vote-item">
            <span className="vote-item-title">{item.title}</span>
            <span
              className="vote-dots"
              aria-label={`Your dots on ${item.title}: ${counts[item.id] ?? 0}`}
            >
              {'●'.repeat(counts[item.id] ?? 0)}
            </span>
            <button
              type="button"
              className="button small"
              disabled={left <= 0}
              aria-label={`Add a dot to ${item.title}`}
              onClick={() => place([...mine, item.id])}
            >
              + dot
            </button>
            <button
              type="button"
              className="button quiet small"
              disabled={!counts[item.id]}
              aria-label={`Remove a dot from ${item.title}`}
              onClick={() => {
                const at = mine.lastIndexOf(item.id);
                place(mine.filter((_, i) => i !== at));
              }}
            >
              − dot
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function Results({ voting }: { voting: VotingState }) {
  const items = useVoteItems(voting.target);
  const titles = new Map(items.map((i) => [i.id, i.title]));
  const rows = Object.entries(voting.results)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (titles.get(a[0]) ?? '').localeCompare(titles.get(b[0]) ?? ''));
  if (rows.length === 0) return <p>No dots were placed.</p>;
  return (
    <ol className="vote-results" aria-label="Vote results">
      {rows.map(([id, n]) => (
        <li key={id}>
          <span className="vote-item-title">{titles.get(id) ?? 'A removed item'}</span>
          <span className="vote-count">
            {n} {n === 1 ? 'dot' : 'dots'}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** The dot vote as everyone sees it: place dots while open, results once revealed. */
export function VotingPanel({
  voting,
  connection,
  canVote,
}: {
  voting: VotingState;
  connection: RoomConnection | null;
  canVote: boolean;
}) {
  const what = voting.target === 'projects' ? 'projects' : 'objectives';
  return (
    <section className="vote-panel" aria-label="Dot vote">
      <h2 className="vote-title">
        Dot vote on {what} · {voting.dots} {voting.dots === 1 ? 'dot' : 'dots'} each
      </h2>
      {voting.revealed ? (
        <Results voting={voting} />
      ) : (
        <>
          <p className="vote-ballots">
            {voting.ballots} {voting.ballots === 1 ? 'person has' : 'people have'} voted
            {voting.open
              ? ''
              : ' · voting is closed; results come when the facilitator reveals them'}
          </p>
          {voting.open && canVote && connection && (
            <Ballot voting={voting} connection={connection} />
          )}
        </>
      )}
    </section>
  );
}
