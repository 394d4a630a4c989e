import { useShallow } from 'zustand/react/shallow';
import type { CheckIn, KeyResult } from '../../../shared/model';
import { resolvedObjectives, keyResultIdsOf } from '../../state/selectors';
import { useWorkshop } from '../../state/workshop-context';
import type { WorkshopState } from '../../state/workshop-state';
import { teamOf } from './teams';

const NO_CHECK_INS: readonly CheckIn[] = Object.freeze([]);

function checkInsOfState(s: WorkshopState, keyResultId: string): readonly CheckIn[] {
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

/** The key results a team owns (teams.ts), in Drumbeat order. */
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
