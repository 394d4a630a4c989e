import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Finding } from '../../../shared/coach';
import type { Workshop } from '../../../shared/model';

/**
 * Objectives added on this page that the person has not left yet. An objective starts with
 * no key results, which the coach calls an error; shouting "Error" at a line nobody has
 * typed into yet is noise, so the coach keeps its errors on such an objective until focus
 * leaves it. The CLI (`offsite coach`) reads a file, not a person typing: there the rule
 * stays an error at once.
 */
interface FreshObjectivesState {
  readonly ids: ReadonlySet<string>;
}

export type FreshObjectivesStore = StoreApi<FreshObjectivesState>;

export function createFreshObjectivesStore(): FreshObjectivesStore {
  return createStore<FreshObjectivesState>()(() => ({ ids: new Set<string>() }));
}

/** An objective was just added here: hold its errors until it is left. */
export function markFresh(store: FreshObjectivesStore, id: string): void {
  store.setState((s) => ({ ids: new Set(s.ids).add(id) }));
}

/** Focus left the objective: its errors show from now on. */
export function markLeft(store: FreshObjectivesStore, id: string): void {
  if (!store.getState().ids.has(id)) return;
  store.setState((s) => {
    const ids = new Set(s.ids);
    ids.delete(id);
    return { ids };
  });
}

/**
 * The findings without the errors that would come too early: on an objective still fresh
 * (see above), and on a blank one — no title, no description, no key result — which may be
 * someone else's that they are about to type into. Warnings and notes are kept: they are
 * the coaching people want while they type.
 */
export function withoutEarlyErrors(
  findings: readonly Finding[],
  workshop: Workshop,
  fresh: ReadonlySet<string>,
): readonly Finding[] {
  const waiting = new Set(fresh);
  for (const o of workshop.objectives) {
    if (o.title.trim() || o.description.trim()) continue;
    if (!workshop.keyResults.some((kr) => kr.objectiveId === o.id)) waiting.add(o.id);
  }
  if (waiting.size === 0) return findings;
  const early = (f: Finding) =>
    f.severity === 'error' && f.target.type === 'objective' && waiting.has(f.target.id);
  return findings.some(early) ? findings.filter((f) => !early(f)) : findings;
}
