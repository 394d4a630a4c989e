import {
  resolveKeyResultRefs,
  resolveObjectiveRefs,
  resolveProjectRefs,
  type Dismissal,
  type KeyResult,
  type Objective,
  type Project,
} from '../../shared/model';
import { memoByKey, sameList } from './memo';
import type { WorkshopState } from './workshop-state';

/**
 * Cross-record references, resolved at read time rather than in the store: the store keeps
 * each record as written (so one edit re-reads one record), and these selectors resolve
 * references with shared/model's rules (`resolve*Refs`, the ones `readWorkshop` uses), so a
 * dangling id or a parent cycle is treated the same way in the app, the CLI and the
 * exports. Results are memoised on the identity of their inputs: stable across renders and
 * safe to return from a zustand selector.
 */

const EMPTY: readonly string[] = Object.freeze([]);

const idSet = memoByKey((ids: readonly string[]) => new Set(ids));

/**
 * The ids of the existing focus areas. Keyed on the id list, which keeps its identity while
 * a focus area is only renamed: typing a focus area's title resolves nothing again.
 */
export function focusAreaIdSet(state: WorkshopState): ReadonlySet<string> {
  return idSet(state.focusAreaIds);
}

export function objectiveIdSet(state: WorkshopState): ReadonlySet<string> {
  return idSet(state.objectiveIds);
}

const projectIds = memoByKey(
  (byColumn: WorkshopState['projectIdsByColumn']) => new Set(Object.values(byColumn).flat()),
);

/** The ids of the existing projects; stable while projects are only edited in place. */
export function projectIdSet(state: WorkshopState): ReadonlySet<string> {
  return projectIds(state.projectIdsByColumn);
}

/**
 * One project with its references resolved, cached per project object. Same project, so only
 * the resolved list can differ: an equal result keeps the old copy.
 */
export const projectWithRefs = memoByKey(
  (project: Project, focusAreaIds: ReadonlySet<string>) =>
    resolveProjectRefs(project, focusAreaIds),
  (a, b) => sameList(a.focusAreaIds, b.focusAreaIds),
);

/** A project with its focus-area tags that still exist (the stored object when none is gone). */
function selectProject(state: WorkshopState, id: string): Project | undefined {
  const project = state.projects[id];
  return project && projectWithRefs(project, focusAreaIdSet(state));
}

/** A project's focus-area tags that still exist. */
export function projectFocusAreaIds(state: WorkshopState, projectId: string): readonly string[] {
  return selectProject(state, projectId)?.focusAreaIds ?? EMPTY;
}

const resolveObjectives = memoByKey(
  (objectives: WorkshopState['objectives'], focusAreaIds: ReadonlySet<string>) => {
    const fixed = resolveObjectiveRefs(Object.values(objectives), focusAreaIds);
    const resolved: Record<string, Objective> = {};
    for (const o of fixed) {
      const stored = objectives[o.id];
      resolved[o.id] =
        stored && stored.parentId === o.parentId && stored.focusAreaId === o.focusAreaId
          ? stored
          : o;
    }
    return resolved as Readonly<Record<string, Objective>>;
  },
);

/**
 * Objectives with dangling parents and focus areas cleared and parent cycles broken;
 * unchanged objectives keep their identity.
 */
export function resolvedObjectives(state: WorkshopState): Readonly<Record<string, Objective>> {
  return resolveObjectives(state.objectives, focusAreaIdSet(state));
}

export function selectObjective(state: WorkshopState, id: string): Objective | undefined {
  return resolvedObjectives(state)[id];
}

/** One key result with its references resolved (null: its objective is gone), cached per key result. */
export const keyResultWithRefs = memoByKey(
  (kr: KeyResult, objectiveIds: ReadonlySet<string>, projectIds: ReadonlySet<string>) =>
    resolveKeyResultRefs([kr], objectiveIds, projectIds)[0] ?? null,
  (a, b) => a === b || (a !== null && b !== null && sameList(a.initiatives, b.initiatives)),
);

/**
 * A key result with its initiatives that are still projects; null when its objective is
 * gone (such a key result is never shown, as `readWorkshop` skips it).
 */
function selectKeyResult(state: WorkshopState, id: string): KeyResult | null {
  const kr = state.keyResults[id];
  return kr ? keyResultWithRefs(kr, objectiveIdSet(state), projectIdSet(state)) : null;
}

/** A key result's initiatives that are still projects. */
export function keyResultInitiatives(state: WorkshopState, keyResultId: string): readonly string[] {
  return selectKeyResult(state, keyResultId)?.initiatives ?? EMPTY;
}

/** Key result ids of an objective, in order ([] when none). Key results of a missing objective are never listed. */
export function keyResultIdsOf(state: WorkshopState, objectiveId: string): readonly string[] {
  return state.keyResultIdsByObjective[objectiveId] ?? EMPTY;
}

const dismissals = memoByKey((records: WorkshopState['dismissals']): readonly Dismissal[] => {
  // Deduplicated and sorted as shared/model's readDismissals does: a peer may have stored
  // the same finding under two keys.
  const byKey = new Map<string, Dismissal>();
  for (const d of Object.values(records)) byKey.set(`${d.rule}\u0000${d.targetId}`, d);
  return [...byKey.values()].sort((a, b) =>
    a.rule !== b.rule ? (a.rule < b.rule ? -1 : 1) : a.targetId < b.targetId ? -1 : 1,
  );
}, sameList);

/** The dismissed coach findings, sorted by rule then target, stable until one is added or removed. */
export function dismissalList(state: WorkshopState): readonly Dismissal[] {
  return dismissals(state.dismissals);
}
