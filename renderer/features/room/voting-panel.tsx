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
import { hubReason } from './hub-reason';
import { useT } from '../../ui/i18n';
import { voterNames } from '../../ui/people-names';
import type { TFunction } from 'i18next';

function Ballot({ voting, connection }: { voting: VotingState; connection: RoomConnection }) {
  const t = useT();
  const items = useVoteItems(voting);
  const [mine, setMine] = useState<string[]>(() => loadBallot(voting.id));
  const ack = useRoomStatus((s) => (s.lastVoteAck?.votingId === voting.id ? s.lastVoteAck : null));
  useEffect(() => setMine(loadBallot(voting.id)), [voting.id]);

  const place = (next: string[]) => {
    setMine(next);
    saveBallot(voting.id, next);
    // The name goes to the hub, which publishes who voted (never what) for the facilitator;
    // none when this person gave none: each screen then says "Someone" in its language.
    const name = shownName(connection);
    connection.sendVote({
      votingId: voting.id,
      voter: voterId(),
      ...(name && { name }),
      items: next,
    });
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
        {left > 0 ? t('roomVotes.left', { left, dots: voting.dots }) : t('roomVotes.allPlaced')}{' '}
        {t('roomVotes.secret')}
        {ack && !ack.accepted && (
          <span role="alert">
            {' '}
            {t('roomVotes.notCounted', { reason: hubReason(t, ack.reason) })}
          </span>
        )}
      </p>
      <ul className="vote-items" aria-label={t('roomVotes.items')}>
        {items.map((item) => (
          <li key={item.id} className="vote-item">
            <span className="vote-item-title">{item.title}</span>
            <span
              className="vote-dots"
              role="img"
              aria-label={t('roomVotes.yourDots', {
                title: item.title,
                count: counts[item.id] ?? 0,
              })}
            >
              {'●'.repeat(counts[item.id] ?? 0)}
            </span>
            <button
              type="button"
              className="button small"
              disabled={left <= 0}
              aria-label={t('roomVotes.addDotTo', { title: item.title })}
              onClick={() => place([...mine, item.id])}
            >
              {t('roomVotes.addDot')}
            </button>
            <button
              type="button"
              className="button quiet small"
              disabled={!counts[item.id]}
              aria-label={t('roomVotes.removeDotFrom', { title: item.title })}
              onClick={() => {
                const at = mine.lastIndexOf(item.id);
                place(mine.filter((_, i) => i !== at));
              }}
            >
              {t('roomVotes.removeDot')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

const dotsText = (t: TFunction, count: number) => t('roomVotes.dots', { count });

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
  const t = useT();
  const most = Math.max(1, ...rows.map((r) => r.dots));
  return (
    <ol className="vote-results" aria-label={label} tabIndex={scrolls ? 0 : undefined}>
      {rows.map((row) => (
        <li key={row.id} className="vote-result">
          <span className="vote-item-title">{row.title}</span>
          <span className="vote-bar" aria-hidden="true">
            <span className="vote-bar-fill" style={{ width: `${(row.dots / most) * 100}%` }} />
          </span>
          <span className="vote-count">{dotsText(t, row.dots)}</span>
        </li>
      ))}
    </ol>
  );
}

/** The rows of a revealed vote: every item on the ballot, and any other that got dots. */
function resultRows(voting: VotingState, items: readonly VoteItem[], removed: string) {
  const titles = new Map(items.map((i) => [i.id, i.title]));
  const ids = new Set([...items.map((i) => i.id), ...Object.keys(voting.results)]);
  return [...ids]
    .map((id) => ({ id, title: titles.get(id) ?? removed, dots: voting.results[id] ?? 0 }))
    .sort((a, b) => b.dots - a.dots || a.title.localeCompare(b.title));
}

function Results({ voting }: { voting: VotingState }) {
  const t = useT();
  const items = useVoteItems(voting);
  const rows = resultRows(voting, items, t('roomVotes.removedItem'));
  const none = rows.every((r) => r.dots === 0);
  return (
    <>
      {none && <p>{t('roomVotes.noDots')}</p>}
      <ResultBars rows={rows} label={t('roomVotes.results')} scrolls />
      <p className="vote-note">
        {voting.target === 'projects' ? t('roomVotes.stayCards') : t('roomVotes.stayObjectives')}
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
  const t = useT();
  const people = usePeople(connection);
  const voters = voterNames(t, voting.voters);
  const voted = new Set(voting.voters);
  // A ballot without a name ('') stands for whoever gave none: they are not waiting.
  const waiting = people
    .filter((p) => p.role !== 'viewer' && !voted.has(p.named ? p.name : ''))
    .map((p) => p.name);
  return (
    <div className="vote-turnout">
      <p>
        <strong>{t('roomVotes.voted')}</strong>{' '}
        {voters.length > 0 ? voters.join(', ') : t('roomVotes.nobodyYet')}
      </p>
      <p>
        <strong>{t('roomVotes.notVoted')}</strong>{' '}
        {waiting.length > 0 ? waiting.join(', ') : t('roomVotes.nobody')}
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
  const t = useT();
  const role = useRoomStatus((s) => s.role);
  const runsVote = connection !== null && role !== null && mayWrite(role, { kind: 'room' }, []);
  const subject = t('roomVotes.each', {
    subject: voteSubject(t, voting.target),
    dots: dotsText(t, voting.dots),
  });
  return (
    <section className="vote-panel" aria-label={t('room.dotVote')}>
      <h2 className="vote-title">{voting.question || subject}</h2>
      {voting.question && <p className="vote-subject">{subject}</p>}
      {voting.revealed ? (
        <Results voting={voting} />
      ) : (
        <>
          <p className="vote-ballots">
            {t('room.voted', { count: voting.ballots })}
            {voting.open ? '' : t('roomVotes.closed')}
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
