import { useEffect, useMemo, useState } from 'react';
import { mayWrite } from '../../../shared/protocol/policy';
import type { VotingState } from '../../../shared/protocol/room';
import type { RoomConnection } from '../../sync/room-connection';
import { loadBallot, saveBallot } from './ballot';
import { voterId } from './identity';
import { usePeople } from './presence';
import { shownName } from '../../sync/identity';
import { useRoomStatus } from './room-hooks';
import { useVoteItems, voteSubject, type VoteItem } from './vote-items';

function Ballot({ voting, connection }: { voting: VotingState; connection: RoomConnection }) {
  const items = useVoteItems(voting);
  const [mine, setMine] = useState<string[]>(() => loadBallot(voting.id));
  const ack = useRoomStatus((s) => (s.lastVoteAck?.votingId === voting.id ? s.lastVoteAck : null));
  useEffect(() => setMine(loadBallot(voting.id)), [voting.id]);

  const place = (next: string[]) => {
    setMine(next);
    saveBallot(voting.id, next);
    // The name goes to the hub, which publishes who voted (never what) for the facilitator.
    const name = shownName(connection) || 'Someone';
    connection.sendVote({ votingId: voting.id, voter: voterId(), name, items: next });
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
              role="img"
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

const dotsText = (n: number) => `${n} ${n === 1 ? 'dot' : 'dots'}`;

/**
 * Results as bars with counts, every item on the ballot included (a zero is an answer
 * too), most dots first. The bars are decoration: each row reads "title, N dots".
 */
export function ResultBars({
  rows,
  label,
  scrolls = false,
}: {
  rows: readonly { id: string; title: string; dots: number }[];
  label: string;
  /** The list scrolls within the panel (a long ballot): it takes the focus to scroll by key. */
  scrolls?: boolean;
}) {
  const most = Math.max(1, ...rows.map((r) => r.dots));
  return (
    <ol className="vote-results" aria-label={label} tabIndex={scrolls ? 0 : undefined}>
      {rows.map((row) => (
        <li key={row.id} className="vote-result">
          <span className="vote-item-title">{row.title}</span>
          <span className="vote-bar" aria-hidden="true">
            <span className="vote-bar-fill" style={{ width: `${(row.dots / most) * 100}%` }} />
          </span>
          <span className="vote-count">{dotsText(row.dots)}</span>
        </li>
      ))}
    </ol>
  );
}

/** The rows of a revealed vote: every item on the ballot, and any other that got dots. */
function resultRows(voting: VotingState, items: readonly VoteItem[]) {
  const titles = new Map(items.map((i) => [i.id, i.title]));
  const ids = new Set([...items.map((i) => i.id), ...Object.keys(voting.results)]);
  return [...ids]
    .map((id) => ({ id, title: titles.get(id) ?? 'A removed item', dots: voting.results[id] ?? 0 }))
    .sort((a, b) => b.dots - a.dots || a.title.localeCompare(b.title));
}

function Results({ voting }: { voting: VotingState }) {
  const items = useVoteItems(voting);
  const rows = resultRows(voting, items);
  const none = rows.every((r) => r.dots === 0);
  return (
    <>
      {none && <p>No dots were placed.</p>}
      <ResultBars rows={rows} label="Vote results" scrolls />
      <p className="vote-note">
        The results stay on the {voting.target === 'projects' ? 'cards' : 'objectives'} until the
        facilitator clears the vote.
      </p>
    </>
  );
}

/**
 * Who has voted and who has not, for whoever runs the vote: names from the hub (never what
 * anyone chose) against the people present (presence). Names are what people typed, so two
 * people with one name count as one here; the count above is the hub's.
 */
function Turnout({ voting, connection }: { voting: VotingState; connection: RoomConnection }) {
  const people = usePeople(connection);
  const voted = new Set(voting.voters);
  const waiting = people
    .filter((p) => p.role !== 'viewer' && !voted.has(p.name))
    .map((p) => p.name);
  return (
    <div className="vote-turnout">
      <p>
        <strong>Voted:</strong> {voting.voters.length > 0 ? voting.voters.join(', ') : 'nobody yet'}
      </p>
      <p>
        <strong>Not voted yet:</strong> {waiting.length > 0 ? waiting.join(', ') : 'nobody'}
      </p>
    </div>
  );
}

/**
 * The dot vote as everyone sees it: the question, dots to place while open, results once
 * revealed; whoever runs the vote also sees who has voted (never for what).
 */
export function VotingPanel({
  voting,
  connection,
  canVote,
}: {
  voting: VotingState;
  connection: RoomConnection | null;
  canVote: boolean;
}) {
  const role = useRoomStatus((s) => s.role);
  const runsVote = connection !== null && role !== null && mayWrite(role, { kind: 'room' }, []);
  const subject = `${voteSubject(voting.target)} · ${dotsText(voting.dots)} each`;
  return (
    <section className="vote-panel" aria-label="Dot vote">
      <h2 className="vote-title">{voting.question || subject}</h2>
      {voting.question && <p className="vote-subject">{subject}</p>}
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
          {runsVote && <Turnout voting={voting} connection={connection} />}
          {voting.open && canVote && connection && (
            <Ballot voting={voting} connection={connection} />
          )}
        </>
      )}
    </section>
  );
}
