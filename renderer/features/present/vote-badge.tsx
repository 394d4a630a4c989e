import type { VoteTarget } from '../../../shared/protocol/room';
import { useRoomSelect } from '../../sync/room-hooks';
import { useT } from '../../ui/i18n';

/** The dots an item got, on the item, once the vote is revealed. */
export function VoteBadge({ target, id }: { target: VoteTarget; id: string }) {
  const t = useT();
  const dots = useRoomSelect((s) =>
    s.voting?.revealed && s.voting.target === target ? (s.voting.results[id] ?? 0) : null,
  );
  if (dots === null) return null;
  return (
    <span className={`present-dots${dots === 0 ? ' present-dots-none' : ''}`}>
      {t('present.dots', { count: dots })}
    </span>
  );
}
