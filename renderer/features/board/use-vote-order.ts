import { useMemo } from 'react';
import { COLUMNS, type Column } from '../../../shared/model';
import { useRoomSelector } from '../../state/room-state';
import type { BoardItems } from './board-items';

/** The results of the revealed vote on projects, or null while there are none. */
export function useProjectResults(): Readonly<Record<string, number>> | null {
  return useRoomSelector((s) => {
    const voting = s.voting;
    if (!voting?.revealed || voting.target !== 'projects') return null;
    return Object.keys(voting.results).length > 0 ? voting.results : null;
  });
}

/**
 * Each column's cards, most dots first (ties keep the board's order), while `on` and the
 * vote's results are shown; the board's own order otherwise. Only the view is sorted: the
 * document's order stays as the room left it.
 */
export function useVoteOrder(items: BoardItems, on: boolean): BoardItems {
  const results = useProjectResults();
  return useMemo(() => {
    if (!on || !results) return items;
    const sorted = {} as Record<Column, readonly string[]>;
    for (const column of COLUMNS) {
      sorted[column] = items[column]
        .map((id, index) => ({ id, index, dots: results[id] ?? 0 }))
        .sort((a, b) => b.dots - a.dots || a.index - b.index)
        .map((entry) => entry.id);
    }
    return sorted;
  }, [items, on, results]);
}
