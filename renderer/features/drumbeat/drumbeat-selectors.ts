import { useShallow } from 'zustand/react/shallow';
import type { CheckIn, KeyResult } from '../../../shared/model';
import { checkInsOfState } from '../../state/team-key-results';
import { resolvedObjectives, keyResultIdsOf } from '../../state/selectors';
import { useWorkshop } from '../../state/workshop-context';
import { teamOf } from './teams';

// Shared with the projector's weekly meeting (renderer/features/present).
export { useCheckInsOf, useTeamKeyResults } from '../../state/team-key-results';

/** The key results of one objective, in order (same re-render rule as useCheckInsOf). */
export function useKeyResultsOf(objectiveId: string): readonly KeyResult[] {
  return useWorkshop(
    useShallow((s) =>
      keyResultIdsOf(s, objectiveId)
        .map((id) => s.keyResults[id])
        .filter((kr): kr is KeyResult => kr !== undefined),
    ),
  );
}

/** Every check-in of the key results of one objective (for its mean progress). */
export function useCheckInsOfObjective(objectiveId: string): readonly CheckIn[] {
  return useWorkshop(
    useShallow((s) => keyResultIdsOf(s, objectiveId).flatMap((id) => checkInsOfState(s, id))),
  );
}

/** The ids of the key results shown on the Drumbeat: those of existing objectives, in order. */
export function useDrumbeatKeyResultIds(): readonly string[] {
  return useWorkshop(
    useShallow((s) => s.objectiveIds.flatMap((objectiveId) => keyResultIdsOf(s, objectiveId))),
  );
}

/** The teams that own key results, sorted, for the team filter. */
export function useTeams(): readonly string[] {
  return useWorkshop(
    useShallow((s) => {
      const objectives = resolvedObjectives(s);
      const teams = new Set<string>();
      for (const objectiveId of s.objectiveIds) {
        for (const id of keyResultIdsOf(s, objectiveId)) {
          const kr = s.keyResults[id];
          if (kr) teams.add(teamOf(kr, objectives[objectiveId]));
        }
      }
      return [...teams].sort((a, b) => a.localeCompare(b));
    }),
  );
}

/** Check-ins dated on or before today: a check-in dated later has not happened yet. */
export function pastCheckIns(checkIns: readonly CheckIn[], today: string): readonly CheckIn[] {
  return checkIns.every((c) => c.date <= today)
    ? checkIns
    : checkIns.filter((c) => c.date <= today);
}
