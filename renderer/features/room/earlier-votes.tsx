import type { Step, VoteTarget } from '../../../shared/protocol/room';
import { useVoteHistory } from './room-hooks';
import { voteSubject } from './vote-items';
import { ResultBars } from './voting-panel';
import { useLanguage, useT } from '../../ui/i18n';

const WHEN: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
};

/** Which vote rounds a step shows: the board's on projects, OKR drafting's on objectives. */
const TARGET_OF: Partial<Record<Step, VoteTarget>> = { alignment: 'projects', okrs: 'objectives' };

/**
 * "Earlier votes": the rounds the room map keeps (the last ten), on the step whose items
 * they were about, each with its question, when it was put away and its results as they
 * were (titles then, so a renamed or deleted card still reads).
 */
export function EarlierVotes({ step }: { step: Step }) {
  const t = useT();
  const language = useLanguage();
  const target = TARGET_OF[step];
  const rounds = useVoteHistory().filter((r) => r.target === target);
  if (!target || rounds.length === 0) return null;
  const when = new Intl.DateTimeFormat(language, WHEN);
  return (
    <details className="earlier-votes">
      <summary>{t('roomVotes.earlier', { count: rounds.length })}</summary>
      <ol className="earlier-votes-list">
        {rounds.map((round) => {
          const title = round.question || voteSubject(t, round.target);
          return (
            <li key={round.id} className="earlier-vote">
              <h3 className="earlier-vote-title">{title}</h3>
              <p className="earlier-vote-meta">
                {when.format(new Date(round.at))} ·{' '}
                {t('roomVotes.peopleVoted', { count: round.ballots })}
              </p>
              <ResultBars
                rows={round.rows.map((r) => ({
                  ...r,
                  title: r.title || t('roomVotes.removedItem'),
                }))}
                label={t('roomVotes.resultsOf', { title })}
              />
            </li>
          );
        })}
      </ol>
    </details>
  );
}
