import * as Y from 'yjs';
import type { OnePagerField } from './types';
import { SYSTEM_ORIGIN } from './origin';

/**
 * The layout of a workshop's Y.Doc. Records live in top-level `Y.Map`s keyed by id, each
 * record itself a `Y.Map` so that two people editing different fields of one card both win.
 * Order is a fractional index string per record: a concurrent move of the same card is a
 * last-writer-wins on its `column`/`order` fields, so it can never duplicate (yjs#673).
 */
export const SCHEMA_VERSION = 1;

export const ROOT = {
  meta: 'meta',
  onePager: 'onePager',
  focusAreas: 'focusAreas',
  notDoing: 'notDoing',
  metrics: 'metrics',
  projects: 'projects',
  objectives: 'objectives',
  keyResults: 'keyResults',
  checkIns: 'checkIns',
  dismissals: 'dismissals',
} as const;

export type RecordCollection =
  | 'focusAreas'
  | 'notDoing'
  | 'metrics'
  | 'projects'
  | 'objectives'
  | 'keyResults'
  | 'checkIns'
  | 'dismissals';

export const RECORD_COLLECTIONS: readonly RecordCollection[] = [
  'focusAreas',
  'notDoing',
  'metrics',
  'projects',
  'objectives',
  'keyResults',
  'checkIns',
  'dismissals',
];

/** A record as stored: a Y.Map of plain values (strings, numbers, booleans, string arrays). */
export type RecordMap = Y.Map<unknown>;

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.meta);
}

export function onePagerMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.onePager);
}

export function collection(doc: Y.Doc, name: RecordCollection): Y.Map<RecordMap> {
  return doc.getMap<RecordMap>(ROOT[name]);
}

/**
 * The shared text of a one-pager field, created on first use. Every peer creates it under
 * the same key; if two create it concurrently Yjs keeps one, deterministically.
 */
export function onePagerText(doc: Y.Doc, field: OnePagerField): Y.Text {
  const map = onePagerMap(doc);
  const existing = map.get(field);
  if (existing instanceof Y.Text) return existing;
  const text = new Y.Text();
  const fill = typeof existing === 'string' ? existing : '';
  if (doc === map.doc) {
    // Creation is system work, never an undo step. Inside an ongoing transaction this joins
    // it (and its origin); callers that edit should create the text first.
    doc.transact(() => {
      map.set(field, text);
      if (fill) text.insert(0, fill);
    }, SYSTEM_ORIGIN);
  }
  return text;
}

/** The record's Y.Map, or undefined if absent or not a map (a hostile peer may write anything). */
export function recordMap(doc: Y.Doc, name: RecordCollection, id: string): RecordMap | undefined {
  const value: unknown = collection(doc, name).get(id);
  return value instanceof Y.Map ? (value as RecordMap) : undefined;
}
