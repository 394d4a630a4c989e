import { useCallback, useState } from 'react';
import { CHECKLIST_IDS, type ChecklistId } from '../../../shared/guide';

/**
 * The checklist items the facilitator ticks by hand (the PDF sent, the not-doing list
 * shared), per workshop, in this device's local storage: they happen outside the app, and
 * they are the facilitator's notes, so they stay out of the shared workshop.
 */
const key = (workshopId: string) => `offsite.guide.ticks.${workshopId}`;

function read(workshopId: string): ReadonlySet<ChecklistId> {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(key(workshopId)) ?? '[]');
    return new Set(
      Array.isArray(raw) ? CHECKLIST_IDS.filter((id) => raw.includes(id)) : ([] as ChecklistId[]),
    );
  } catch {
    return new Set();
  }
}

export function useChecklistTicks(
  workshopId: string,
): [ReadonlySet<ChecklistId>, (id: ChecklistId, on: boolean) => void] {
  const [ticks, setTicks] = useState(() => read(workshopId));
  const tick = useCallback(
    (id: ChecklistId, on: boolean) => {
      setTicks((old) => {
        const next = new Set(old);
        if (on) next.add(id);
        else next.delete(id);
        try {
          localStorage.setItem(key(workshopId), JSON.stringify([...next]));
        } catch {
          // Storage full or blocked: the tick holds for this session.
        }
        return next;
      });
    },
    [workshopId],
  );
  return [ticks, tick];
}
