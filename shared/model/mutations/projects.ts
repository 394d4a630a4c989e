import * as Y from 'yjs';
import { collection } from '../schema';
import { newId } from '../ids';
import { COLUMNS, LIMITS, type Column } from '../types';
import { getRecord, local, newRecord, orderAt, setFields, text } from './transact';

export interface ProjectInput {
  title?: string;
  description?: string;
  team?: string;
  rationale?: string;
  focusAreaIds?: readonly string[];
}

const inColumn = (column: Column) => (map: Y.Map<unknown>) =>
  (map.get('column') ?? 'inbox') === column;

function checkColumn(column: Column): Column {
  return COLUMNS.includes(column) ? column : 'inbox';
}

export function createProject(
  doc: Y.Doc,
  input: ProjectInput,
  where: { column?: Column; index?: number } = {},
): string {
  return createProjects(doc, [input], where)[0]!;
}

/** Adds several projects at once, one undo step (a pasted list of lines). */
export function createProjects(
  doc: Y.Doc,
  inputs: readonly ProjectInput[],
  where: { column?: Column; index?: number } = {},
): string[] {
  const column = checkColumn(where.column ?? 'inbox');
  const ids: string[] = [];
  local(doc, () => {
    let index = where.index;
    for (const input of inputs) {
      const id = newId();
      const order = orderAt(doc, 'projects', inColumn(column), index);
      collection(doc, 'projects').set(
        id,
        newRecord({
          id,
          order,
          column,
          title: text(input.title) ?? '',
          description: text(input.description, LIMITS.longText),
          team: text(input.team),
          rationale: text(input.rationale, LIMITS.longText),
          focusAreaIds: input.focusAreaIds ?? [],
        }),
      );
      ids.push(id);
      if (index !== undefined) index++;
    }
  });
  return ids;
}

/** Splits pasted text into project titles: one per non-empty line, bullets stripped. */
export function parseProjectLines(pasted: string): string[] {
  return pasted
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•·]|\d+[.)])\s+/, '').trim())
    .filter((line) => line.length > 0)
    .slice(0, LIMITS.listLength);
}

export function updateProject(doc: Y.Doc, id: string, patch: ProjectInput): boolean {
  const map = getRecord(doc, 'projects', id);
  if (!map) return false;
  local(doc, () =>
    setFields(map, {
      title: text(patch.title),
      description: text(patch.description, LIMITS.longText),
      team: text(patch.team),
      rationale: text(patch.rationale, LIMITS.longText),
      focusAreaIds: patch.focusAreaIds,
    }),
  );
  return true;
}

/**
 * Moves a card to `index` within `column` (index among the column's other cards). A move
 * writes only this card's `column` and `order`: concurrent moves of one card resolve to one
 * place, and moves of different cards never interfere.
 */
export function moveProject(doc: Y.Doc, id: string, column: Column, index: number): boolean {
  const map = getRecord(doc, 'projects', id);
  if (!map) return false;
  const target = checkColumn(column);
  local(doc, () =>
    setFields(map, {
      column: target,
      order: orderAt(doc, 'projects', inColumn(target), index, id),
    }),
  );
  return true;
}

export function toggleProjectFocusArea(doc: Y.Doc, id: string, focusAreaId: string): boolean {
  const map = getRecord(doc, 'projects', id);
  if (!map) return false;
  const current: unknown = map.get('focusAreaIds');
  const ids = Array.isArray(current)
    ? current.filter((x): x is string => typeof x === 'string')
    : [];
  const next = ids.includes(focusAreaId)
    ? ids.filter((x) => x !== focusAreaId)
    : [...ids, focusAreaId];
  local(doc, () => setFields(map, { focusAreaIds: next }));
  return true;
}

/** Deletes a project and unlinks it from every key result that named it as an initiative. */
export function deleteProject(doc: Y.Doc, id: string): boolean {
  if (!getRecord(doc, 'projects', id)) return false;
  local(doc, () => {
    collection(doc, 'projects').delete(id);
    for (const kr of collection(doc, 'keyResults').values()) {
      if (!(kr instanceof Y.Map)) continue;
      const ids: unknown = kr.get('initiatives');
      if (Array.isArray(ids) && ids.includes(id))
        kr.set(
          'initiatives',
          ids.filter((x) => x !== id),
        );
    }
  });
  return true;
}
