import * as Y from 'yjs';
import { LOCAL_ORIGIN } from './origin';
import { collection, cycleRetroMap, metaMap, onePagerMap, RECORD_COLLECTIONS } from './schema';

/**
 * One undo manager per workshop. It tracks only LOCAL_ORIGIN, so a user undoes their own
 * edits and never a colleague's (Yjs tracks origin `null` only unless told otherwise).
 * Edits within `captureTimeout` ms merge into one step, as typing a word should.
 */
export function createUndoManager(doc: Y.Doc, captureTimeout = 500): Y.UndoManager {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs' own scope type
  const scope: Y.AbstractType<any>[] = [
    metaMap(doc),
    onePagerMap(doc),
    cycleRetroMap(doc),
    ...RECORD_COLLECTIONS.map((name) => collection(doc, name)),
  ];
  return new Y.UndoManager(scope, {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout,
  });
}
