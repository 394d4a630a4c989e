import { useShallow } from 'zustand/react/shallow';
import type { VotingState } from '../../../shared/protocol/room';
import { recordTitle } from '../../state/record-title';
import { useWorkshop } from '../../state/workshop-context';
import { useT } from '../../ui/i18n';

const MAX_ROWS = 8;

/** How many have voted, while a vote runs: the count only (ballots stay at the hub). */
export function PresentVoteCount({ voting }: { voting: VotingState }) {
  const t = useT();
  const what = voting.target === 'projects' ? 'projects' : 'objectives';
  return (
    <div className="present-vote-count" role="status" aria-label={t('present.dotVote')}>
      <span className="present-vote-number">{voting.ballots}</span>
      <span className="present-vote-text">
        {voting.question && <span className="present-vote-question">{voting.question}</span>}
        {t(`present.votedOn.${what}`, { count: voting.ballots })}
        {voting.open ? '' : t('present.votingClosed')}
      </span>
    </div>
  );
}

/** Revealed results, large: the items with the most dots, each with a bar and its count. */
export function PresentVoteResults({ voting }: { voting: VotingState }) {
  const t = useT();
  const removed = t('present.removedItem');
  const rows = useWorkshop(
    useShallow((s) =>
      Object.entries(voting.results)
        .filter(([, n]) => n > 0)
        .map(([id, n]) => ({
          n,
          title: recordTitle(s, { type: voting.target, id }) ?? removed,
        }))
        .sort((a, b) => b.n - a.n || a.title.localeCompare(b.title))
        .slice(0, MAX_ROWS)
        .map((row) => `${row.n}\u0000${row.title}`),
    ),
  ).map((row) => {
    const [n = '0', title = ''] = row.split('\u0000');
    return { n: Number(n), title };
  });
  const most = Math.max(1, ...rows.map((r) => r.n));
  return (
    <section className="present-vote-results" aria-labelledby="present-vote-heading">
      <h2 id="present-vote-heading">{t('present.results')}</h2>
      {voting.question && <p className="present-vote-question">{voting.question}</p>}
      {rows.length === 0 ? (
        <p>{t('present.noDots')}</p>
      ) : (
        <ol className="present-results-list" aria-label={t('present.results')}>
          {rows.map((row, i) => (
            <li key={i} className="present-result">
              <span className="present-result-title">{row.title}</span>
              <span className="present-result-bar" aria-hidden="true">
                <span style={{ width: `${(row.n / most) * 100}%` }} />
              </span>
              <span className="present-result-count">{t('present.dots', { count: row.n })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
