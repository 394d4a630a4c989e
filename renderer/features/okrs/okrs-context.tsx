import { createContext, useContext } from 'react';
import type { Finding } from '../../../shared/coach';
import type { CoachFindingsStore } from './coach-findings-store';
import type { FreshObjectivesStore } from './fresh-objectives';

/**
 * What the OKR page shares with its editors. The value is created once per page and never
 * changes, so reading it re-renders nothing; what changes lives in stores the leaves select.
 */
export interface OkrsPageContext {
  readonly coach: CoachFindingsStore;
  /** Objectives added here and not left yet: the coach holds their errors (fresh-objectives.ts). */
  readonly fresh: FreshObjectivesStore;
  /** "We mean it": hides a finding on one item for the whole room (one undo step). */
  readonly dismiss: (finding: Finding) => void;
  /** Writes a finding's rewrite as an editable draft (one undo step) and focuses it. */
  readonly applySuggestion: (finding: Finding) => void;
  /** Opens the "Unlock to edit" confirmation (someone tried to edit the agreed set). */
  readonly requestUnlock: () => void;
  /**
   * Says something in the page's live region, optionally with an Undo button (labelled
   * `undoLabel`, "Undo delete" by default).
   */
  readonly announce: (message: string, offerUndo?: boolean, undoLabel?: string) => void;
}

const Context = createContext<OkrsPageContext | null>(null);

export const OkrsContextProvider = Context.Provider;

export function useOkrsPage(): OkrsPageContext {
  const value = useContext(Context);
  if (!value) throw new Error('useOkrsPage() is used outside the OKR drafting page.');
  return value;
}
