import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Finding } from '../../../shared/coach';

/**
 * The coach's current findings, grouped by target id, for the slots beside each objective
 * and key result. A slot selects its own list; a list keeps its identity while its findings
 * stay the same, so new findings on one key result re-render that slot only — never the
 * editors around the slots, and never the other slots.
 */
interface CoachFindingsState {
  readonly byTarget: Readonly<Record<string, readonly Finding[]>>;
}

export type CoachFindingsStore = StoreApi<CoachFindingsState>;

export function createCoachFindingsStore(): CoachFindingsStore {
  return createStore<CoachFindingsState>()(() => ({ byTarget: {} }));
}

const sameFinding = (a: Finding, b: Finding) =>
  a.rule === b.rule &&
  a.severity === b.severity &&
  a.message === b.message &&
  a.hint === b.hint &&
  a.target.type === b.target.type &&
  a.target.id === b.target.id;

/** Publishes a new set of findings, keeping every unchanged per-target list as it was. */
export function publishFindings(store: CoachFindingsStore, findings: readonly Finding[]): void {
  const prev = store.getState().byTarget;
  const grouped: Record<string, Finding[]> = {};
  for (const f of findings) (grouped[f.target.id] ??= []).push(f);
  const next: Record<string, readonly Finding[]> = {};
  let same = Object.keys(prev).length === Object.keys(grouped).length;
  for (const [id, list] of Object.entries(grouped)) {
    const old = prev[id];
    const keep =
      old !== undefined &&
      old.length === list.length &&
      old.every((f, i) => {
        const g = list[i];
        return g !== undefined && sameFinding(f, g);
      });
    next[id] = keep ? old : list;
    if (next[id] !== old) same = false;
  }
  if (!same) store.setState({ byTarget: next });
}
