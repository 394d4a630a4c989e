import * as Y from 'yjs';
import { collection } from '../schema';
import { newId } from '../ids';
import { LIMITS, OBJECTIVE_KINDS, type ObjectiveKind } from '../types';
import { getRecord, local, newRecord, orderAt, setFields, text } from './transact';
import { deleteKeyResultsOf } from './key-results';
import { SYSTEM_ORIGIN } from '../origin';
import type { UpstreamParent } from '../upstream';

export interface ObjectiveInput {
  title?: string;
  description?: string;
  /** null = company level. */
  team?: string | null;
  parentId?: string | null;
  /**
   * A parent in another workshop (replaces `parentId`); null removes it. Setting a local
   * `parentId` removes it too: an objective has one parent.
   */
  upstream?: UpstreamParent | null;
  focusAreaId?: string | null;
  kind?: ObjectiveKind;
}

function upstreamFields(input: ObjectiveInput) {
  const up = input.upstream;
  if (up === undefined && typeof input.parentId !== 'string') return {};
  if (!up || typeof input.parentId === 'string')
    return { upstreamWorkshop: null, upstreamObjective: null, upstreamTitle: null };
  return {
    parentId: null,
    upstreamWorkshop: text(up.workshop, LIMITS.idLength),
    upstreamObjective: text(up.objective, LIMITS.idLength),
    upstreamTitle: text(up.title),
  };
}

function fields(input: ObjectiveInput) {
  return {
    title: text(input.title),
    description: text(input.description, LIMITS.longText),
    team: input.team === null ? null : input.team?.trim() === '' ? null : text(input.team),
    parentId: input.parentId,
    ...upstreamFields(input),
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

/**
 * Copies the current titles of another workshop's objectives (read from the server) onto
 * this workshop's objectives aligned to them. Not the user's edit, so not undoable by them
 * (SYSTEM_ORIGIN); writes only titles that changed, so peers doing the same converge with
 * no churn. Returns how many objectives changed.
 */
export function refreshUpstreamTitles(
  doc: Y.Doc,
  workshop: string,
  titles: ReadonlyMap<string, string>,
): number {
  let changed = 0;
  const objectives = collection(doc, 'objectives');
  doc.transact(() => {
    objectives.forEach((map) => {
      if (!(map instanceof Y.Map) || map.get('upstreamWorkshop') !== workshop) return;
      const id: unknown = map.get('upstreamObjective');
      const title = typeof id === 'string' ? titles.get(id) : undefined;
      if (title === undefined) return;
      const next = text(title) ?? '';
      if (map.get('upstreamTitle') === next) return;
      map.set('upstreamTitle', next);
      changed++;
    });
  }, SYSTEM_ORIGIN);
  return changed;
}
