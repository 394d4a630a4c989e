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
  grades: 'grades',
  retrospectives: 'retrospectives',
  weeklyItems: 'weeklyItems',
  healthRatings: 'healthRatings',
  cycleRetro: 'cycleRetro',
} as const;

export type RecordCollection =
  | 'focusAreas'
  | 'notDoing'
  | 'metrics'
  | 'projects'
  | 'objectives'
  | 'keyResults'
  | 'checkIns'
  | 'dismissals'
  | 'grades'
  | 'retrospectives'
  | 'weeklyItems'
  | 'healthRatings';

export const RECORD_COLLECTIONS: readonly RecordCollection[] = [
  'focusAreas',
  'notDoing',
  'metrics',
  'projects',
  'objectives',
  'keyResults',
  'checkIns',
  'dismissals',
  'grades',
  'retrospectives',
  'weeklyItems',
  'healthRatings',
];

/** A record as stored: a Y.Map of plain values (strings, numbers, booleans, string arrays). */
export type RecordMap = Y.Map<unknown>;

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.meta);
}

export function onePagerMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.onePager);
}

/** The cycle's own retrospective: four Y.Texts, like the one-pager's (records/retrospective.ts). */
export function cycleRetroMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.cycleRetro);
}

export function collection(doc: Y.Doc, name: RecordCollection): Y.Map<RecordMap> {
  return doc.getMap<RecordMap>(ROOT[name]);
}

/**
 * The shared text of a one-pager field, created on first use. Every peer creates it under
 * the same key; if two create it concurrently Yjs keeps one, deterministically.
 */
export function onePagerText(doc: Y.Doc, field: OnePagerField): Y.Text {
  return sharedTextIn(onePagerMap(doc), field);
}

/**
 * A shared text under `key` of `map`, created on first use in its own system transaction
 * (creation is never an undo step: undoing someone's first keystroke must not remove the
 * field with colleagues' text in it). A plain string found there becomes its content.
 */
export function sharedTextIn(map: Y.Map<unknown>, key: string): Y.Text {
  const existing = map.get(key);
  if (existing instanceof Y.Text) return existing;
  const text = new Y.Text();
  const fill = typeof existing === 'string' ? existing : '';
  const doc = map.doc;
  const create = () => {
    map.set(key, text);
    if (fill) text.insert(0, fill);
  };
  if (doc) doc.transact(create, SYSTEM_ORIGIN);
  else create();
  return text;
}

/** The record's Y.Map, or undefined if absent or not a map (a hostile peer may write anything). */
export function recordMap(doc: Y.Doc, name: RecordCollection, id: string): RecordMap | undefined {
  const value: unknown = collection(doc, name).get(id);
  return value instanceof Y.Map ? (value as RecordMap) : undefined;
}
