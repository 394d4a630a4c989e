import { useMemo, useRef } from 'react';
import { COLUMNS, type Column, type FocusArea, type Project } from '../../../shared/model';
import { useWorkshop } from '../../state/workshop-context';
import { keepIfSame, type BoardItems } from './board-items';

/** `all`, `none` (cards with no focus area), or a focus area id. */
export type FocusFilter = 'all' | 'none' | `fa:${string}`;

export function focusFilterOf(focusAreaId: string): FocusFilter {
  return `fa:${focusAreaId}`;
}

function matches(
  project: Project | undefined,
  filter: FocusFilter,
  focusAreas: Readonly<Record<string, FocusArea>>,
): boolean {
  if (!project) return false;
  const live = project.focusAreaIds.filter((id) => id in focusAreas);
  return filter === 'none' ? live.length === 0 : live.includes(filter.slice(3));
}

/**
 * The card ids each column shows under a focus-area filter. Without a filter these are the
 * store's own lists (stable until a list changes). With one, each filtered list keeps its
 * identity while its content is the same, so editing a card's title does not re-render the
 * columns.
 */
export function useShownItems(filter: FocusFilter): BoardItems {
  const byColumn = useWorkshop((s) => s.projectIdsByColumn);
  const projects = useWorkshop((s) => (filter === 'all' ? null : s.projects));
  const focusAreas = useWorkshop((s) => (filter === 'all' ? null : s.focusAreas));
  const last = useRef<BoardItems | null>(null);
  return useMemo(() => {
    if (!projects || !focusAreas) return byColumn;
    const previous = last.current;
    const next = {} as Record<Column, readonly string[]>;
    for (const column of COLUMNS) {
      next[column] = keepIfSame(
        previous?.[column],
        byColumn[column].filter((id) => matches(projects[id], filter, focusAreas)),
      );
    }
    const same = previous !== null && COLUMNS.every((c) => next[c] === previous[c]);
    const result = same ? previous : next;
    last.current = result;
    return result;
  }, [byColumn, projects, focusAreas, filter]);
}
