import * as Y from 'yjs';
import { collection, onePagerText } from '../schema';
import { newId } from '../ids';
import type { OnePagerField } from '../types';
import { editSharedText, getRecord, local, newRecord, orderAt, setFields, text } from './transact';

/**
 * Edits one range of a one-pager text: the character-level operation that lets several
 * people type into the same field and merge.
 */
export function editOnePagerText(
  doc: Y.Doc,
  field: OnePagerField,
  index: number,
  deleteCount: number,
  insert: string,
): void {
  // The shared text is created (if new) in its own, untracked transaction: undoing the
  // first edit of a field must remove that edit, not the field with colleagues' text in it.
  editSharedText(doc, onePagerText(doc, field), index, deleteCount, insert);
}

/** Replaces a one-pager text with `value`, as the smallest edit (common prefix and suffix kept). */
export function setOnePagerText(doc: Y.Doc, field: OnePagerField, value: string): void {
  const current = onePagerText(doc, field).toString();
  if (current === value) return;
  let start = 0;
  while (start < current.length && start < value.length && current[start] === value[start]) start++;
  let end = 0;
  while (
    end < current.length - start &&
    end < value.length - start &&
    current[current.length - 1 - end] === value[value.length - 1 - end]
  ) {
    end++;
  }
  editOnePagerText(
    doc,
    field,
    start,
    current.length - start - end,
    value.slice(start, value.length - end),
  );
}

// ---------------------------------------------------------------- focus areas

export interface FocusAreaInput {
  title?: string;
  description?: string;
}

export function createFocusArea(doc: Y.Doc, input: FocusAreaInput = {}, index?: number): string {
  const id = newId();
  local(doc, () => {
    const order = orderAt(doc, 'focusAreas', () => true, index);
    collection(doc, 'focusAreas').set(
      id,
      newRecord({
        id,
        order,
        title: text(input.title) ?? '',
        description: text(input.description) ?? '',
      }),
    );
  });
  return id;
}

export function updateFocusArea(doc: Y.Doc, id: string, patch: FocusAreaInput): boolean {
  const map = getRecord(doc, 'focusAreas', id);
  if (!map) return false;
  local(doc, () =>
    setFields(map, { title: text(patch.title), description: text(patch.description) }),
  );
  return true;
}

export function moveFocusArea(doc: Y.Doc, id: string, index: number): boolean {
  const map = getRecord(doc, 'focusAreas', id);
  if (!map) return false;
  local(doc, () => setFields(map, { order: orderAt(doc, 'focusAreas', () => true, index, id) }));
  return true;
}

/** Deletes a focus area and every tag of it on projects and objectives. */
export function deleteFocusArea(doc: Y.Doc, id: string): boolean {
  if (!getRecord(doc, 'focusAreas', id)) return false;
  local(doc, () => {
    collection(doc, 'focusAreas').delete(id);
    for (const project of collection(doc, 'projects').values()) {
      if (!(project instanceof Y.Map)) continue;
      const ids: unknown = project.get('focusAreaIds');
      if (Array.isArray(ids) && ids.includes(id)) {
        project.set(
          'focusAreaIds',
          ids.filter((x) => x !== id),
        );
      }
    }
    for (const objective of collection(doc, 'objectives').values()) {
      if (objective instanceof Y.Map && objective.get('focusAreaId') === id)
        objective.delete('focusAreaId');
    }
  });
  return true;
}

// ---------------------------------------------------------------- not-doing list and health metrics

export type ListName = 'notDoing' | 'metrics';

export function addListItem(
  doc: Y.Doc,
  name: ListName,
  value: string,
  options: { index?: number; projectId?: string } = {},
): string {
  const id = newId();
  local(doc, () => {
    const order = orderAt(doc, name, () => true, options.index);
    collection(doc, name).set(
      id,
      newRecord({ id, order, text: text(value) ?? '', projectId: options.projectId }),
    );
  });
  return id;
}

export function updateListItem(doc: Y.Doc, name: ListName, id: string, value: string): boolean {
  const map = getRecord(doc, name, id);
  if (!map) return false;
  local(doc, () => setFields(map, { text: text(value) }));
  return true;
}

export function moveListItem(doc: Y.Doc, name: ListName, id: string, index: number): boolean {
  const map = getRecord(doc, name, id);
  if (!map) return false;
  local(doc, () => setFields(map, { order: orderAt(doc, name, () => true, index, id) }));
  return true;
}

export function deleteListItem(doc: Y.Doc, name: ListName, id: string): boolean {
  if (!getRecord(doc, name, id)) return false;
  local(doc, () => collection(doc, name).delete(id));
  return true;
}

/**
 * Adds a killed project to the not-doing list, once: returns the id of the line (the
 * existing one if the project is already there), or null if the project does not exist.
 */
export function addKilledProjectToNotDoing(doc: Y.Doc, projectId: string): string | null {
  const project = getRecord(doc, 'projects', projectId);
  if (!project) return null;
  for (const [id, item] of collection(doc, 'notDoing').entries()) {
    if (item instanceof Y.Map && item.get('projectId') === projectId) return id;
  }
  const title: unknown = project.get('title');
  return addListItem(doc, 'notDoing', typeof title === 'string' ? title : '', { projectId });
}
