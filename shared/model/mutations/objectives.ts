import * as Y from 'yjs';
import { collection } from '../schema';
import { newId } from '../ids';
import { LIMITS, OBJECTIVE_KINDS, type ObjectiveKind } from '../types';
import { getRecord, local, newRecord, orderAt, setFields, text } from './transact';
import { deleteKeyResultsOf } from './key-results';

export interface ObjectiveInput {
  title?: string;
  description?: string;
  /** null = company level. */
  team?: string | null;
  parentId?: string | null;
  focusAreaId?: string | null;
  kind?: ObjectiveKind;
}

function fields(input: ObjectiveInput) {
  return {
    title: text(input.title),
    description: text(input.description, LIMITS.longText),
    team: input.team === null ? null : input.team?.trim() === '' ? null : text(input.team),
    parentId: input.parentId,
    focusAreaId: input.focusAreaId,
    kind: input.kind && OBJECTIVE_KINDS.includes(input.kind) ? input.kind : undefined,
  };
}

export function createObjective(doc: Y.Doc, input: ObjectiveInput = {}, index?: number): string {
  const id = newId();
  local(doc, () => {
    const order = orderAt(doc, 'objectives', () => true, index);
    const map = newRecord({ id, order, title: '', kind: 'aspirational' });
    collection(doc, 'objectives').set(id, map);
    setFields(map, fields(input));
  });
  return id;
}

export function updateObjective(doc: Y.Doc, id: string, patch: ObjectiveInput): boolean {
  const map = getRecord(doc, 'objectives', id);
  if (!map) return false;
  if (patch.parentId === id) return false;
  local(doc, () => setFields(map, fields(patch)));
  return true;
}

export function moveObjective(doc: Y.Doc, id: string, index: number): boolean {
  const map = getRecord(doc, 'objectives', id);
  if (!map) return false;
  local(doc, () => setFields(map, { order: orderAt(doc, 'objectives', () => true, index, id) }));
  return true;
}

/**
 * Deletes an objective with its key results, their check-ins and grades, and its
 * retrospective; its child objectives become unaligned rather than disappearing.
 */
export function deleteObjective(doc: Y.Doc, id: string): boolean {
  if (!getRecord(doc, 'objectives', id)) return false;
  local(doc, () => {
    collection(doc, 'objectives').delete(id);
    deleteKeyResultsOf(doc, id);
    const retros = collection(doc, 'retrospectives');
    if (retros.has(id)) retros.delete(id);
    for (const child of collection(doc, 'objectives').values()) {
      if (child instanceof Y.Map && child.get('parentId') === id) child.delete('parentId');
    }
  });
  return true;
}
