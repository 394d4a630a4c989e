import { useCallback, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { collection, cycleRetroMap, type RetroField } from '../../../shared/model';

/** The map holding a retrospective's texts: the cycle's, or an objective's collection. */
const containerOf = (doc: Y.Doc, objectiveId: string | null): Y.Map<unknown> =>
  objectiveId === null ? cycleRetroMap(doc) : (collection(doc, 'retrospectives') as Y.Map<unknown>);

/**
 * The Y.Text of one question of a retrospective (the cycle's when `objectiveId` is null),
 * or null while none exists: the first edit makes it, merely looking never writes. Follows
 * the doc, so a text created by a colleague (or replaced by a concurrent creation that
 * Yjs resolved the other way) is picked up; the same text keeps the same identity, so a
 * keystroke elsewhere does not re-render the field.
 */
export function useRetroText(
  doc: Y.Doc,
  objectiveId: string | null,
  field: RetroField,
): Y.Text | null {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const container = containerOf(doc, objectiveId);
      container.observeDeep(onChange);
      return () => container.unobserveDeep(onChange);
    },
    [doc, objectiveId],
  );
  const read = useCallback(() => {
    const container = containerOf(doc, objectiveId);
    const holder: unknown = objectiveId === null ? container : container.get(objectiveId);
    const value: unknown = holder instanceof Y.Map ? holder.get(field) : undefined;
    return value instanceof Y.Text ? value : null;
  }, [doc, objectiveId, field]);
  return useSyncExternalStore(subscribe, read);
}
