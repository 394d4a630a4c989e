import type { Objective } from '../../../shared/model';
import { resolvedObjectives } from '../../state/selectors';
import type { WorkshopState } from '../../state/workshop-state';

/**
 * Lists the OKR page derives from the store, memoised on the identity of their inputs so a
 * zustand selector may return them (a fresh array on every call would re-render forever).
 * They change on every keystroke in a title, so only small leaf components (a select's
 * options, the tree) subscribe to them — never the objective or key-result editors.
 */

interface ObjectiveChoice {
  readonly id: string;
  readonly title: string;
  readonly team: string | null;
  readonly parentId: string | null;
}

let choicesCache: {
  objectives: Readonly<Record<string, Objective>>;
  ids: readonly string[];
  list: readonly ObjectiveChoice[];
} | null = null;

/** Every objective in display order with its resolved parent (dangling ids and cycles cleared). */
export function objectiveChoices(state: WorkshopState): readonly ObjectiveChoice[] {
  const objectives = resolvedObjectives(state);
  const c = choicesCache;
  if (c && c.objectives === objectives && c.ids === state.objectiveIds) return c.list;
  const list: ObjectiveChoice[] = [];
  for (const id of state.objectiveIds) {
    const o = objectives[id];
    if (o) list.push({ id, title: o.title, team: o.team, parentId: o.parentId });
  }
  choicesCache = { objectives, ids: state.objectiveIds, list };
  return list;
}

/** The objective itself and everything aligned under it: none of them may become its parent. */
export function selfAndDescendants(choices: readonly ObjectiveChoice[], id: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const c of choices) {
    if (c.parentId !== null) {
      const list = children.get(c.parentId);
      if (list) list.push(c.id);
      else children.set(c.parentId, [c.id]);
    }
  }
  const out = new Set<string>([id]);
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    for (const child of children.get(next) ?? []) {
      if (!out.has(child)) {
        out.add(child);
        stack.push(child);
      }
    }
  }
  return out;
}

interface FocusAreaChoice {
  readonly id: string;
  readonly title: string;
}

let focusCache: {
  focusAreas: WorkshopState['focusAreas'];
  ids: readonly string[];
  list: readonly FocusAreaChoice[];
} | null = null;

/** The one-pager's focus areas, in order. */
export function focusAreaChoices(state: WorkshopState): readonly FocusAreaChoice[] {
  const c = focusCache;
  if (c && c.focusAreas === state.focusAreas && c.ids === state.focusAreaIds) return c.list;
  const list: FocusAreaChoice[] = [];
  for (const id of state.focusAreaIds) {
    const f = state.focusAreas[id];
    if (f) list.push({ id, title: f.title });
  }
  focusCache = { focusAreas: state.focusAreas, ids: state.focusAreaIds, list };
  return list;
}

let teamsCache: {
  objectives: WorkshopState['objectives'];
  projects: WorkshopState['projects'];
  list: readonly string[];
} | null = null;

/** Team names already used by objectives or projects, for the Team field's suggestions. */
export function teamSuggestions(state: WorkshopState): readonly string[] {
  const c = teamsCache;
  if (c && c.objectives === state.objectives && c.projects === state.projects) return c.list;
  const names = new Map<string, string>();
  const add = (team: string | null) => {
    const name = team?.trim();
    if (name && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  };
  for (const o of Object.values(state.objectives)) add(o.team);
  for (const p of Object.values(state.projects)) add(p.team);
  const list = [...names.values()].sort((a, b) => a.localeCompare(b));
  const same = c !== null && c.list.length === list.length && c.list.every((x, i) => x === list[i]);
  const result = same ? c.list : list;
  teamsCache = { objectives: state.objectives, projects: state.projects, list: result };
  return result;
}

interface KeptProjectChoice {
  readonly id: string;
  readonly title: string;
}

let keptCache: {
  projects: WorkshopState['projects'];
  ids: readonly string[];
  list: readonly KeptProjectChoice[];
} | null = null;

/** Projects in Keep, in board order: the only ones that can become initiatives. */
export function keptProjectChoices(state: WorkshopState): readonly KeptProjectChoice[] {
  const ids = state.projectIdsByColumn.keep;
  const c = keptCache;
  if (c && c.projects === state.projects && c.ids === ids) return c.list;
  const list: KeptProjectChoice[] = [];
  for (const id of ids) {
    const p = state.projects[id];
    if (p) list.push({ id, title: p.title });
  }
  keptCache = { projects: state.projects, ids, list };
  return list;
}
