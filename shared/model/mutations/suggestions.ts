import type * as Y from 'yjs';
import type { Direction } from '../types';
import { createKeyResult, linkInitiative, updateKeyResult } from './key-results';
import { updateObjective } from './objectives';
import { createProject } from './projects';
import { getRecord, local } from './transact';

/** The key-result fields a coach suggestion (or the target parser) writes. */
export interface KeyResultRewrite {
  readonly title: string;
  readonly metric?: string;
  readonly unit?: string;
  readonly baseline?: number | null;
  readonly target?: number | null;
  readonly direction?: Direction;
}

/** The parts of an objective suggestion: a new title, a key result to add, an initiative. */
export interface ObjectiveRewrite {
  readonly objectiveTitle?: string;
  readonly keyResult?: KeyResultRewrite;
  readonly initiative?: string;
}

/** The work the rewrite moves out of the wording, as a kept project linked to the key result. */
function keepAsInitiative(doc: Y.Doc, keyResultId: string, objectiveId: string, title: string) {
  const focusAreaId: unknown = getRecord(doc, 'objectives', objectiveId)?.get('focusAreaId');
  const projectId = createProject(
    doc,
    {
      title,
      // Tagged with the objective's focus area, so the kept project is not flagged as
      // serving no focus area the moment it appears on the board.
      focusAreaIds: typeof focusAreaId === 'string' ? [focusAreaId] : [],
    },
    { column: 'keep' },
  );
  linkInitiative(doc, keyResultId, projectId);
}

/**
 * Applies a coach suggestion to a key result as ONE local transaction (one undo step): the
 * new wording and the fields it names, and, when the suggestion keeps the original work as
 * an initiative, a kept project linked to the key result. Fields the rewrite leaves out are
 * untouched; `null` clears a number (the draft's "__").
 * @returns false if the key result is gone.
 */
export function applyKeyResultSuggestion(
  doc: Y.Doc,
  keyResultId: string,
  rewrite: KeyResultRewrite,
  initiative?: string,
): boolean {
  const map = getRecord(doc, 'keyResults', keyResultId);
  if (!map) return false;
  const objectiveId: unknown = map.get('objectiveId');
  local(doc, () => {
    updateKeyResult(doc, keyResultId, rewrite);
    if (initiative && typeof objectiveId === 'string')
      keepAsInitiative(doc, keyResultId, objectiveId, initiative);
  });
  return true;
}

/**
 * Applies a coach suggestion to an objective as ONE local transaction: its new title, the
 * key result the suggestion adds (at the top of the objective's list, where the room is
 * looking), and the original work as a kept project linked to that key result.
 * @returns the new key result's id, `''` when none was added, or null if the objective is gone.
 */
export function applyObjectiveSuggestion(
  doc: Y.Doc,
  objectiveId: string,
  rewrite: ObjectiveRewrite,
): string | null {
  if (!getRecord(doc, 'objectives', objectiveId)) return null;
  return local(doc, () => {
    if (rewrite.objectiveTitle !== undefined)
      updateObjective(doc, objectiveId, { title: rewrite.objectiveTitle });
    if (!rewrite.keyResult) return '';
    const keyResultId = createKeyResult(doc, objectiveId, rewrite.keyResult, 0) ?? '';
    if (keyResultId && rewrite.initiative)
      keepAsInitiative(doc, keyResultId, objectiveId, rewrite.initiative);
    return keyResultId;
  });
}
