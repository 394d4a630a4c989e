import * as Y from 'yjs';
import { collection } from '../schema';
import { newId } from '../ids';
import { DIRECTIONS, type Direction } from '../types';
import { finite, getRecord, local, newRecord, orderAt, setFields, text } from './transact';

export interface KeyResultInput {
  title?: string;
  metric?: string;
  unit?: string;
  baseline?: number | null;
  target?: number | null;
  current?: number | null;
  direction?: Direction;
  confidence?: number | null;
  team?: string;
  initiatives?: readonly string[];
}

function fields(input: KeyResultInput) {
  const confidence = finite(input.confidence);
  return {
    title: text(input.title),
    metric: text(input.metric),
    unit: text(input.unit),
    baseline: finite(input.baseline),
    target: finite(input.target),
    current: finite(input.current),
    direction:
      input.direction && DIRECTIONS.includes(input.direction) ? input.direction : undefined,
    confidence: typeof confidence === 'number' ? Math.min(10, Math.max(0, confidence)) : confidence,
    team: text(input.team),
    initiatives: input.initiatives,
  };
}

const under = (objectiveId: string) => (map: Y.Map<unknown>) =>
  map.get('objectiveId') === objectiveId;

/** Adds a key result under an objective; returns its id, or null if the objective is gone. */
export function createKeyResult(
  doc: Y.Doc,
  objectiveId: string,
  input: KeyResultInput = {},
  index?: number,
): string | null {
  if (!getRecord(doc, 'objectives', objectiveId)) return null;
  const id = newId();
  local(doc, () => {
    const order = orderAt(doc, 'keyResults', under(objectiveId), index);
    const map = newRecord({ id, order, objectiveId, title: '', direction: 'increase' });
    collection(doc, 'keyResults').set(id, map);
    setFields(map, fields(input));
  });
  return id;
}

export function updateKeyResult(doc: Y.Doc, id: string, patch: KeyResultInput): boolean {
  const map = getRecord(doc, 'keyResults', id);
  if (!map) return false;
  local(doc, () => setFields(map, fields(patch)));
  return true;
}

/** Moves a key result to `index` under `objectiveId` (its own or another objective). */
export function moveKeyResult(doc: Y.Doc, id: string, objectiveId: string, index: number): boolean {
  const map = getRecord(doc, 'keyResults', id);
  if (!map || !getRecord(doc, 'objectives', objectiveId)) return false;
  local(doc, () =>
    setFields(map, {
      objectiveId,
      order: orderAt(doc, 'keyResults', under(objectiveId), index, id),
    }),
  );
  return true;
}

/** Links a kept project as an initiative of a key result (idempotent). */
export function linkInitiative(doc: Y.Doc, keyResultId: string, projectId: string): boolean {
  const map = getRecord(doc, 'keyResults', keyResultId);
  if (!map || !getRecord(doc, 'projects', projectId)) return false;
  const ids = currentInitiatives(map);
  if (!ids.includes(projectId))
    local(doc, () => setFields(map, { initiatives: [...ids, projectId] }));
  return true;
}

export function unlinkInitiative(doc: Y.Doc, keyResultId: string, projectId: string): boolean {
  const map = getRecord(doc, 'keyResults', keyResultId);
  if (!map) return false;
  const ids = currentInitiatives(map);
  if (ids.includes(projectId))
    local(doc, () => setFields(map, { initiatives: ids.filter((x) => x !== projectId) }));
  return true;
}

function currentInitiatives(map: Y.Map<unknown>): string[] {
  const value: unknown = map.get('initiatives');
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

export function deleteKeyResult(doc: Y.Doc, id: string): boolean {
  if (!getRecord(doc, 'keyResults', id)) return false;
  local(doc, () => {
    collection(doc, 'keyResults').delete(id);
    deleteCheckInsOf(doc, id);
  });
  return true;
}

/** Inside a transaction: removes every key result of an objective, with their check-ins. */
export function deleteKeyResultsOf(doc: Y.Doc, objectiveId: string): void {
  const krs = collection(doc, 'keyResults');
  for (const [id, kr] of [...krs.entries()]) {
    if (kr instanceof Y.Map && kr.get('objectiveId') === objectiveId) {
      krs.delete(id);
      deleteCheckInsOf(doc, id);
    }
  }
}

/** A key result's check-ins and its grade (stored under its id). */
function deleteCheckInsOf(doc: Y.Doc, keyResultId: string): void {
  const checkIns = collection(doc, 'checkIns');
  for (const [id, c] of [...checkIns.entries()]) {
    if (c instanceof Y.Map && c.get('keyResultId') === keyResultId) checkIns.delete(id);
  }
  const grades = collection(doc, 'grades');
  if (grades.has(keyResultId)) grades.delete(keyResultId);
}
