import * as Y from 'yjs';
import { AGREEMENT_META_KEY, SYSTEM_META_KEYS } from '../protocol/policy';
import { STEP_OWNS, STEPS, type Step } from '../protocol/room';
import { local } from './mutations/transact';
import {
  collection,
  metaMap,
  onePagerMap,
  onePagerText,
  RECORD_COLLECTIONS,
  type RecordCollection,
} from './schema';
import { ONE_PAGER_FIELDS, type OnePagerField } from './types';

/**
 * Bringing back what a workshop held at an earlier point of its history, as a forward edit:
 * one new local transaction on the current doc (undoable by the restorer, sent to every
 * peer as a normal edit that merges), never by replacing the doc. Each function compares
 * the current doc with `past` (a doc in the earlier state, from the history) and writes
 * only what differs: a record deleted since is created again under its id with its old
 * fields, a record created since is deleted, a changed field is set back, a text is edited
 * back with the smallest change. What the restore does not cover is left alone, so
 * colleagues' concurrent edits to other records survive it.
 * @public
 */

/** Keys of `meta` a restore never writes: identity and format (the hub's), the agreement, the edit stamp. */
const META_KEPT = new Set([...SYSTEM_META_KEYS, AGREEMENT_META_KEY, 'updatedAt']);

type Value = unknown;

function same(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a instanceof Y.Text && b instanceof Y.Text) return a.toString() === b.toString();
  return false;
}

/** A value of a past record, ready to store in the current doc; undefined if it cannot be copied. */
function copy(value: Value): Value {
  if (value instanceof Y.Text) return new Y.Text(value.toString());
  if (value instanceof Y.AbstractType) return undefined;
  if (value instanceof Uint8Array) return value.slice();
  return Array.isArray(value) ? [...(value as unknown[])] : value;
}

/** Makes the entries of `target` those of `source` (a plain-valued map: a record or meta). */
function syncEntries(
  target: Y.Map<unknown>,
  source: Y.Map<unknown> | undefined,
  skip: ReadonlySet<string> = new Set(),
): void {
  for (const key of [...target.keys()]) {
    if (!skip.has(key) && !source?.has(key)) target.delete(key);
  }
  for (const [key, value] of source?.entries() ?? []) {
    if (skip.has(key) || same(target.get(key), value)) continue;
    const copied = copy(value);
    if (copied !== undefined) target.set(key, copied);
  }
}

/** Makes record `id` of collection `name` what it was in `past` (absent then: deleted now). */
function syncRecord(doc: Y.Doc, past: Y.Doc, name: RecordCollection, id: string): void {
  const then: unknown = collection(past, name).get(id);
  const records = collection(doc, name);
  const now: unknown = records.get(id);
  if (!(then instanceof Y.Map)) {
    if (records.has(id)) records.delete(id);
    return;
  }
  if (now instanceof Y.Map) {
    syncEntries(now as Y.Map<unknown>, then as Y.Map<unknown>);
    return;
  }
  const record = new Y.Map<unknown>();
  records.set(id, record);
  syncEntries(record, then as Y.Map<unknown>);
}

/** Ids of `name` in either doc that `pick` (given the record's map) selects. */
function idsIn(
  docs: readonly Y.Doc[],
  name: RecordCollection,
  pick?: (record: Y.Map<unknown>) => boolean,
): string[] {
  const ids = new Set<string>();
  for (const d of docs) {
    for (const [id, value] of collection(d, name).entries()) {
      // Without `pick`, every entry: one that is no record (a peer's garbage) goes too.
      if (value instanceof Y.Map ? (pick?.(value as Y.Map<unknown>) ?? true) : !pick) ids.add(id);
    }
  }
  return [...ids];
}

/** Edits the current text of a one-pager field back to `value`, keeping the common ends. */
function syncText(doc: Y.Doc, field: OnePagerField, value: string): void {
  const text = onePagerText(doc, field);
  const current = text.toString();
  if (current === value) return;
  let start = 0;
  while (start < current.length && start < value.length && current[start] === value[start]) start++;
  let end = 0;
  while (
    end < current.length - start &&
    end < value.length - start &&
    current[current.length - 1 - end] === value[value.length - 1 - end]
  )
    end++;
  if (current.length - start - end > 0) text.delete(start, current.length - start - end);
  if (value.length - start - end > 0) text.insert(start, value.slice(start, value.length - end));
}

function pastText(past: Y.Doc, field: OnePagerField): string {
  const value: unknown = onePagerMap(past).get(field);
  return value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : '';
}

function syncMetaKeys(doc: Y.Doc, past: Y.Doc, keys: readonly string[] | 'all'): void {
  const then = metaMap(past);
  const now = metaMap(doc);
  if (keys === 'all') {
    syncEntries(now, then, META_KEPT);
    return;
  }
  for (const key of keys) {
    if (META_KEPT.has(key)) continue;
    if (!then.has(key)) {
      if (now.has(key)) now.delete(key);
    } else if (!same(now.get(key), then.get(key))) {
      const copied = copy(then.get(key));
      if (copied !== undefined) now.set(key, copied);
    }
  }
}

function syncCollection(doc: Y.Doc, past: Y.Doc, name: RecordCollection): void {
  for (const id of idsIn([doc, past], name)) syncRecord(doc, past, name, id);
}

function syncStep(doc: Y.Doc, past: Y.Doc, step: Step): void {
  const owns = STEP_OWNS[step];
  for (const root of owns.roots) {
    if (root === 'onePager') {
      for (const field of ONE_PAGER_FIELDS) syncText(doc, field, pastText(past, field));
    } else if ((RECORD_COLLECTIONS as readonly string[]).includes(root)) {
      syncCollection(doc, past, root as RecordCollection);
    }
  }
  syncMetaKeys(doc, past, owns.metaKeys);
}

// ---------------------------------------------------------------- what a facilitator restores

/**
 * One record as it was: a card (`projects`), a focus area, a line of the not-doing list
 * or the health metrics, a check-in. Gone then: it is deleted now.
 */
export function restoreRecord(doc: Y.Doc, past: Y.Doc, name: RecordCollection, id: string): void {
  local(doc, () => syncRecord(doc, past, name, id));
}

/**
 * An objective with its key results as they were: key results it had then come back,
 * ones added since are removed (with their check-ins, as deleting a key result does), and
 * the check-ins its key results had then come back if they were deleted since.
 */
export function restoreObjective(doc: Y.Doc, past: Y.Doc, id: string): void {
  const ofObjective = (kr: Y.Map<unknown>) => kr.get('objectiveId') === id;
  local(doc, () => {
    syncRecord(doc, past, 'objectives', id);
    const krIds = idsIn([doc, past], 'keyResults', ofObjective);
    for (const krId of krIds) syncRecord(doc, past, 'keyResults', krId);
    const kept = new Set(krIds.filter((krId) => collection(doc, 'keyResults').has(krId)));
    const checkIns = collection(doc, 'checkIns');
    for (const [checkInId, value] of [...checkIns.entries()]) {
      const krId = value instanceof Y.Map ? value.get('keyResultId') : undefined;
      if (typeof krId === 'string' && krIds.includes(krId) && !kept.has(krId))
        checkIns.delete(checkInId);
    }
    for (const [checkInId, value] of collection(past, 'checkIns').entries()) {
      const krId = value instanceof Y.Map ? value.get('keyResultId') : undefined;
      if (typeof krId === 'string' && kept.has(krId) && !checkIns.has(checkInId))
        syncRecord(doc, past, 'checkIns', checkInId);
    }
  });
}

/** One text of the one-pager as it was. */
export function restoreOnePagerText(doc: Y.Doc, past: Y.Doc, field: OnePagerField): void {
  local(doc, () => syncText(doc, field, pastText(past, field)));
}

/** Every part one step owns (STEP_OWNS in shared/protocol/room.ts) as it was. */
export function restoreStep(doc: Y.Doc, past: Y.Doc, step: Step): void {
  local(doc, () => syncStep(doc, past, step));
}

/**
 * The whole workshop as it was: every step, and the workshop's details (cycle dates, the
 * check-in day). Never the room state (locks, timer, votes), the agreement, or the
 * workshop's identity.
 */
export function restoreWorkshop(doc: Y.Doc, past: Y.Doc): void {
  local(doc, () => {
    for (const step of STEPS) syncStep(doc, past, step);
    syncMetaKeys(doc, past, 'all');
  });
}
