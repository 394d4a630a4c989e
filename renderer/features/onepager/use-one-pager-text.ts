import { useCallback, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { onePagerMap, type OnePagerField } from '../../../shared/model';

/**
 * The Y.Text of a one-pager field, or null while none exists (it is made by the first edit,
 * not by viewing: merely opening the page never writes to the doc). Follows the key, so if
 * the text is replaced (two peers created it at once and Yjs kept the other one; an undo of
 * a migration) the textarea rebinds to the one that counts.
 */
export function useOnePagerText(doc: Y.Doc, field: OnePagerField): Y.Text | null {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const map = onePagerMap(doc);
      const observer = (event: Y.YMapEvent<unknown>) => {
        if (event.keysChanged.has(field)) onChange();
      };
      map.observe(observer);
      return () => map.unobserve(observer);
    },
    [doc, field],
  );
  const read = useCallback(() => {
    const value: unknown = onePagerMap(doc).get(field);
    return value instanceof Y.Text ? value : null;
  }, [doc, field]);
  return useSyncExternalStore(subscribe, read);
}
