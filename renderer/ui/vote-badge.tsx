import { useT } from './i18n';
import './vote-badge.css';

/**
 * The dots an item got in the revealed vote, on the item itself (a board card, an
 * objective): it stays there until the facilitator clears the vote. Nothing while there
 * are no results (`count` null).
 */
export function VoteBadge({ count }: { count: number | null }) {
  const t = useT();
  if (count === null) return null;
  return (
    <span className={`vote-badge${count === 0 ? ' vote-badge-zero' : ''}`}>
      <span aria-hidden="true">● </span>
      {t('widgets.dots', { count })}
      <span className="vote-badge-hint">{t('widgets.inTheVote')}</span>
    </span>
  );
}
