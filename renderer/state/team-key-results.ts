import { useShallow } from 'zustand/react/shallow';
import { teamOf } from '../../shared/drumbeat/team';
import type { CheckIn, KeyResult } from '../../shared/model';
import { keyResultIdsOf, resolvedObjectives } from './selectors';
import { useWorkshop } from './workshop-context';
import type { WorkshopState } from './workshop-state';

/**
 * A team's key results and their check-ins, as the weekly meeting reads them: in the
 * Drumbeat view and on the projector alike.
 */

const NO_CHECK_INS: readonly CheckIn[] = Object.freeze([]);

/** The check-ins of one key result in a store snapshot, oldest first. */
export function checkInsOfState(s: WorkshopState, keyResultId: string): readonly CheckIn[] {
  const ids = s.checkInIdsByKeyResult[keyResultId];
  if (!ids) return NO_CHECK_INS;
  const out: CheckIn[] = [];
  for (const id of ids) {
    const c = s.checkIns[id];
    if (c) out.push(c);
  }
  return out;
}

/**
 * The check-ins of one key result, oldest first. The list is rebuilt per store update but
 * compared element by element (useShallow), so a row re-renders only when one of ITS
 * check-ins changed.
 */
export function useCheckInsOf(keyResultId: string): readonly CheckIn[] {
  return useWorkshop(useShallow((s) => checkInsOfState(s, keyResultId)));
}

/** The key results a team owns (shared/drumbeat/team.ts), in Drumbeat order. */
export function useTeamKeyResults(team: string): readonly KeyResult[] {
  return useWorkshop(
    useShallow((s) => {
      const objectives = resolvedObjectives(s);
      return s.objectiveIds.flatMap((objectiveId) =>
        keyResultIdsOf(s, objectiveId)
          .map((id) => s.keyResults[id])
          .filter(
            (kr): kr is KeyResult =>
              kr !== undefined && teamOf(kr, objectives[objectiveId]) === team,
          ),
      );
    }),
  );
}
