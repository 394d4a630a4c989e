import type { RecordRef } from '../../shared/protocol/room';
import type { WorkshopState } from './workshop-state';

/** How the one-pager's parts are named where a RecordRef points at one of them. */
const ONE_PAGER_PARTS: Readonly<Record<string, string>> = {
  purpose: 'Purpose',
  vision: 'Vision',
  customers: 'Customers',
  notDoing: 'Not doing',
  metrics: 'Health metrics',
};

/**
 * The title a person reads for a record the room points at (the spotlight, the
 * facilitator's focus, what someone edits), or undefined when it is not in the workshop
 * (deleted meanwhile, or a peer's bad id).
 */
export function recordTitle(state: WorkshopState, ref: RecordRef): string | undefined {
  const title = (text: string | undefined, fallback: string) =>
    text === undefined ? undefined : text.trim() || fallback;
  switch (ref.type) {
    case 'projects':
      return title(state.projects[ref.id]?.title, 'Untitled project');
    case 'objectives':
      return title(state.objectives[ref.id]?.title, 'Untitled objective');
    case 'keyResults':
      return title(state.keyResults[ref.id]?.title, 'Untitled key result');
    case 'focusAreas':
      return title(state.focusAreas[ref.id]?.title, 'Untitled focus area');
    case 'onePager':
      return ONE_PAGER_PARTS[ref.id];
  }
}
