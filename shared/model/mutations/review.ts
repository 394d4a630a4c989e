import type * as Y from 'yjs';
import { SYSTEM_ORIGIN } from '../origin';
import { collection, cycleRetroMap, sharedTextIn } from '../schema';
import { LIMITS, type RetroField } from '../types';
import { editSharedText, getRecord, local, newRecord, setFields, text } from './transact';

/*
 * The end-of-cycle review: a grade per key result, a retrospective per objective and one
 * for the cycle. Grades are stored under their key result's id and retrospectives under
 * their objective's, so two people grading or writing at once land in one record.
 */

export interface GradeInput {
  /** 0.0–1.0; clamped. */
  score?: number;
  reason?: string;
}

/**
 * Grades a key result (or changes its grade): one local transaction. Returns false, writing
 * nothing, when the key result is gone or a new grade has no usable score.
 * @public
 */
export function setGrade(doc: Y.Doc, keyResultId: string, input: GradeInput): boolean {
  if (!getRecord(doc, 'keyResults', keyResultId)) return false;
  const score =
    typeof input.score === 'number' && Number.isFinite(input.score)
      ? Math.min(1, Math.max(0, input.score))
      : undefined;
  const existing = getRecord(doc, 'grades', keyResultId);
  if (!existing && score === undefined) return false;
  local(doc, () => {
    const map = existing ?? newRecord({ keyResultId });
    if (!existing) collection(doc, 'grades').set(keyResultId, map);
    setFields(map, { score, reason: text(input.reason, LIMITS.longText) });
  });
  return true;
}

/** Removes a key result's grade: it shows the suggested one again. @public */
export function clearGrade(doc: Y.Doc, keyResultId: string): boolean {
  if (!collection(doc, 'grades').has(keyResultId)) return false;
  local(doc, () => collection(doc, 'grades').delete(keyResultId));
  return true;
}

/**
 * The map holding a retrospective's texts: the cycle's (`objectiveId` null) or an
 * objective's record, created on first use in a system transaction (never an undo step),
 * or null when the objective is gone.
 */
function retroMap(doc: Y.Doc, objectiveId: string | null): Y.Map<unknown> | null {
  if (objectiveId === null) return cycleRetroMap(doc);
  if (!getRecord(doc, 'objectives', objectiveId)) return null;
  const existing = getRecord(doc, 'retrospectives', objectiveId);
  if (existing) return existing;
  const map = newRecord({ objectiveId });
  doc.transact(() => collection(doc, 'retrospectives').set(objectiveId, map), SYSTEM_ORIGIN);
  return map;
}

/**
 * The shared text of one question of a retrospective (the cycle's when `objectiveId` is
 * null), created on first use; null when the objective is gone.
 * @public
 */
export function retroText(
  doc: Y.Doc,
  objectiveId: string | null,
  field: RetroField,
): Y.Text | null {
  const map = retroMap(doc, objectiveId);
  return map ? sharedTextIn(map, field) : null;
}

/**
 * Edits one range of a retrospective's text: the character-level operation that lets
 * several people type into the same answer and merge. False when the objective is gone.
 * @public
 */
export function editRetroText(
  doc: Y.Doc,
  objectiveId: string | null,
  field: RetroField,
  index: number,
  deleteCount: number,
  insert: string,
): boolean {
  // Created (if new) in its own, untracked transaction, as the one-pager's texts are.
  const t = retroText(doc, objectiveId, field);
  if (!t) return false;
  editSharedText(doc, t, index, deleteCount, insert);
  return true;
}
