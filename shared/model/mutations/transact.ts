import * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../origin';
import { collection, metaMap, type RecordCollection, type RecordMap } from '../schema';
import { compareByOrder, keyForIndex, type HasOrder } from '../order';
import { LIMITS } from '../types';

/**
 * Runs `fn` as one local transaction: one undo step, one store update, one network
 * message. Nested calls join the outer transaction.
 */
export function local<T>(doc: Y.Doc, fn: () => T): T {
  let result!: T;
  doc.transact(() => {
    result = fn();
    metaMap(doc).set('updatedAt', Date.now());
  }, LOCAL_ORIGIN);
  return result;
}

export type FieldValue = string | number | boolean | null | readonly string[] | undefined;

/**
 * Writes the fields that change; `undefined` leaves a field alone, `null` removes it.
 * Unchanged values are not rewritten, so a no-op edit makes no update and no undo step.
 */
export function setFields(map: RecordMap, patch: Record<string, FieldValue>): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) {
      if (map.has(key)) map.delete(key);
      continue;
    }
    const current: unknown = map.get(key);
    if (Array.isArray(value)) {
      if (Array.isArray(current) && sameList(current, value)) continue;
      map.set(key, [...value]);
    } else if (current !== value) map.set(key, value);
  }
}

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function newRecord(fields: Record<string, FieldValue>): RecordMap {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    map.set(key, Array.isArray(value) ? [...value] : value);
  }
  return map;
}

/** The (id, order) of the records of `name` that pass `keep`, sorted, `exclude` left out. */
export function siblings(
  doc: Y.Doc,
  name: RecordCollection,
  keep: (map: RecordMap) => boolean = () => true,
  exclude?: string,
): HasOrder[] {
  const out: HasOrder[] = [];
  for (const [id, value] of collection(doc, name).entries()) {
    if (id === exclude || !(value instanceof Y.Map)) continue;
    const map = value as RecordMap;
    if (!keep(map)) continue;
    const order: unknown = map.get('order');
    out.push({ id, order: typeof order === 'string' ? order : '\uffff' });
  }
  return out.sort(compareByOrder);
}

/** The order key for position `index` (default: the end) among the matching siblings. */
export function orderAt(
  doc: Y.Doc,
  name: RecordCollection,
  keep: (map: RecordMap) => boolean,
  index: number | undefined,
  exclude?: string,
): string {
  const list = siblings(doc, name, keep, exclude);
  return keyForIndex(list, index ?? list.length);
}

export function getRecord(doc: Y.Doc, name: RecordCollection, id: string): RecordMap | undefined {
  const value: unknown = collection(doc, name).get(id);
  return value instanceof Y.Map ? (value as RecordMap) : undefined;
}

/** Clamps text typed by the user to the limits every reader applies anyway. */
export function text(
  value: string | undefined,
  max: number = LIMITS.shortText,
): string | undefined {
  if (value === undefined) return undefined;
  return value.length > max ? value.slice(0, max) : value;
}

export function finite(value: number | null | undefined): number | null | undefined {
  if (value === undefined || value === null) return value;
  return Number.isFinite(value) ? value : null;
}

/**
 * Replaces `deleteCount` characters at `index` of a shared text with `insert`, clamped to
 * the text and to LIMITS.longText, as one local transaction: the character-level edit that
 * lets several people type into one field and merge.
 */
export function editSharedText(
  doc: Y.Doc,
  t: Y.Text,
  index: number,
  deleteCount: number,
  insert: string,
): void {
  local(doc, () => {
    const at = Math.max(0, Math.min(index, t.length));
    const del = Math.max(0, Math.min(deleteCount, t.length - at));
    const room = Math.max(0, LIMITS.longText - (t.length - del));
    if (del > 0) t.delete(at, del);
    if (insert) t.insert(at, insert.slice(0, room));
  });
}
