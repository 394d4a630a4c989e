import {
  resolveObjectiveRefs,
  type Dismissal,
  type KeyResult,
  type Objective,
  type Project,
} from '../../shared/model';
import type { WorkshopState } from './workshop-state';

/**
 * Cross-record references, resolved at read time rather than in the store: the store keeps
 * each record as written (so one edit re-reads one record), and these selectors drop ids
 * that point nowhere and break parent cycles. Results are memoised on the identity of the
 * inputs, so they are stable across renders and safe to return from a zustand selector.
 */

const projectFocusCache = new WeakMap<
  Project,
  { focusAreas: WorkshopState['focusAreas']; ids: readonly string[] }
>();

/** A project's focus-area tags that still exist. */
export function projectFocusAreaIds(state: WorkshopState, projectId: string): readonly string[] {
  const project = state.projects[projectId];
  if (!project) return EMPTY;
  const cached = projectFocusCache.get(project);
  if (cached && cached.focusAreas === state.focusAreas) return cached.ids;
  const live = project.focusAreaIds.filter((id) => id in state.focusAreas);
  const ids = live.length === project.focusAreaIds.length ? project.focusAreaIds : live;
  projectFocusCache.set(project, { focusAreas: state.focusAreas, ids });
  return ids;
}

let objectivesCache: {
  objectives: WorkshopState['objectives'];
  focusAreas: WorkshopState['focusAreas'];
  resolved: Readonly<Record<string, Objective>>;
} | null = null;

/**
 * Objectives with dangling parents and focus areas cleared and parent cycles broken (the
 * rule of shared/model's `resolveObjectiveRefs`); unchanged objectives keep their identity.
 */
export function resolvedObjectives(state: WorkshopState): Readonly<Record<string, Objective>> {
  const c = objectivesCache;
  if (c && c.objectives === state.objectives && c.focusAreas === state.focusAreas)
    return c.resolved;
  const fixed = resolveObjectiveRefs(
    Object.values(state.objectives),
    new Set(Object.keys(state.focusAreas)),
  );
  const resolved: Record<string, Objective> = {};
  for (const o of fixed) {
    const stored = state.objectives[o.id];
    resolved[o.id] =
      stored && stored.parentId === o.parentId && stored.focusAreaId === o.focusAreaId ? stored : o;
  }
  objectivesCache = { objectives: state.objectives, focusAreas: state.focusAreas, resolved };
  return resolved;
}

export function selectObjective(state: WorkshopState, id: string): Objective | undefined {
  return resolvedObjectives(state)[id];
}

const initiativeCache = new WeakMap<
  KeyResult,
  { projects: WorkshopState['projects']; ids: readonly string[] }
>();

/** A key result's initiatives that are still projects. */
export function keyResultInitiatives(state: WorkshopState, keyResultId: string): readonly string[] {
  const kr = state.keyResults[keyResultId];
  if (!kr) return EMPTY;
  const cached = initiativeCache.get(kr);
  if (cached && cached.projects === state.projects) return cached.ids;
  const live = kr.initiatives.filter((id) => id in state.projects);
  const ids = live.length === kr.initiatives.length ? kr.initiatives : live;
  initiativeCache.set(kr, { projects: state.projects, ids });
  return ids;
}

/** Key result ids of an objective, in order ([] when none). Key results of a missing objective are never listed. */
export function keyResultIdsOf(state: WorkshopState, objectiveId: string): readonly string[] {
  return state.keyResultIdsByObjective[objectiveId] ?? EMPTY;
}

const EMPTY: readonly string[] = Object.freeze([]);

let dismissalsCache: {
  dismissals: WorkshopState['dismissals'];
  list: readonly Dismissal[];
} | null = null;

/**
 * The dismissed coach findings as a list (for `withoutDismissed` / `useDebouncedCoach`),
 * stable until a dismissal is added or removed.
 */
export function dismissalList(state: WorkshopState): readonly Dismissal[] {
  const c = dismissalsCache;
  if (c && c.dismissals === state.dismissals) return c.list;
  const list = Object.values(state.dismissals);
  dismissalsCache = { dismissals: state.dismissals, list };
  return list;
}
