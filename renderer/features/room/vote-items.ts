import { useShallow } from 'zustand/react/shallow';
import type { VoteTarget, VotingState } from '../../../shared/protocol/room';
import { useWorkshop } from '../../state/workshop-context';
import type { WorkshopState } from '../../state/workshop-state';
import { useT } from '../../ui/i18n';
import type { TFunction } from 'i18next';

export interface VoteItem {
  readonly id: string;
  readonly title: string;
}

/** "Dot vote on projects". */
export function voteSubject(t: TFunction, target: VoteTarget): string {
  return target === 'projects'
    ? t('roomVotes.subject.projects')
    : t('roomVotes.subject.objectives');
}

/** What a new vote on `target` is on: the projects still in play (Keep, Inbox), or the objectives. */
export function ballotIds(state: WorkshopState, target: VoteTarget): string[] {
  return target === 'projects'
    ? [...state.projectIdsByColumn.keep, ...state.projectIdsByColumn.inbox]
    : [...state.objectiveIds];
}

/**
 * The items of a vote, in board/list order, with their titles: those on its ballot that
 * still exist (or, for a vote opened without a list, those a new vote would be on).
 */
export function useVoteItems(voting: Pick<VotingState, 'target' | 'items'>): VoteItem[] {
  const { target, items } = voting;
  const untitled = useT()('roomVotes.untitled');
  return useWorkshop(
    useShallow((s) => {
      const record = (id: string) => (target === 'projects' ? s.projects[id] : s.objectives[id]);
      const ids = items ? items.filter((id) => record(id)) : ballotIds(s, target);
      return ids.map((id) => `${id}\u0000${record(id)?.title.trim() || untitled}`);
    }),
  ).map((entry) => {
    const [id = '', title = ''] = entry.split('\u0000');
    return { id, title };
  });
}
