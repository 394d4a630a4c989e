import * as Y from 'yjs';
import { dismissalKey } from '../dismissals-read';
import { SYSTEM_ORIGIN } from '../origin';
import {
  collection,
  cycleRetroMap,
  metaMap,
  onePagerText,
  sharedTextIn,
  SCHEMA_VERSION,
  type RecordCollection,
  type RecordMap,
} from '../schema';
import { newId } from '../ids';
import { IDENTITY_KEY, newIdentity } from '../identity';
import { keyBetween } from '../order';
import { isEmptyWorkshop } from '../read';
import { recordFromJson } from '../records/spec';
import {
  checkInSpec,
  dismissalSpec,
  focusAreaSpec,
  gradeSpec,
  healthRatingKey,
  healthRatingSpec,
  keyResultSpec,
  metaSpec,
  objectiveSpec,
  ONE_PAGER_FIELDS,
  projectSpec,
  RETRO_FIELDS,
  weeklyItemSpec,
} from '../records';
import type { RetrospectiveJson, WorkshopJson } from './json-types';

/** Thrown when importing into a doc that already holds a workshop: an import never merges. */
export class ImportIntoNonEmptyDocError extends Error {
  constructor() {
    super(
      'Cannot import a workshop into a document that already has content; import into a new, empty workshop.',
    );
    this.name = 'ImportIntoNonEmptyDocError';
  }
}

/**
 * Fills an empty doc from validated interchange JSON (see validateWorkshopJson), in one
 * transaction with the system origin: an import is not an undoable edit. Each record's
 * fields are stored by its spec (records/). Ids are kept from the file, the workshop's id
 * too; the doc gets a new identity (identity.ts). Order keys follow array order. Projects
 * and key results get one ascending sequence of keys across columns and objectives, so the
 * global order of the snapshot is the file's order and each column or objective keeps its
 * own order. Check-ins have no order of their own: they show by date.
 * @throws ImportIntoNonEmptyDocError if the doc is not empty.
 * @public
 */
export function importWorkshopJson(doc: Y.Doc, data: WorkshopJson): void {
  if (!isEmptyWorkshop(doc)) throw new ImportIntoNonEmptyDocError();
  doc.transact(() => {
    const meta = metaMap(doc);
    for (const [key, value] of Object.entries(recordFromJson(metaSpec, data))) meta.set(key, value);
    meta.set('schemaVersion', SCHEMA_VERSION);
    // JSON has no Yjs history: what is built from it is a new history of the workshop, which
    // no stored copy of an earlier one may merge into (identity.ts).
    meta.set(IDENTITY_KEY, newIdentity());
    meta.set('updatedAt', Date.now());

    for (const field of ONE_PAGER_FIELDS) {
      const text = onePagerText(doc, field);
      if (data.onePager[field]) text.insert(0, data.onePager[field]);
    }

    const orders = sequence();
    const put = (name: RecordCollection, id: string, fields: Record<string, unknown>) => {
      collection(doc, name).set(id, record({ ...fields, id, order: orders(name) }));
    };
    for (const fa of data.onePager.focusAreas) {
      put('focusAreas', fa.id, recordFromJson(focusAreaSpec, fa));
    }
    // A health rating names its metric by text: the first metric with that text.
    const metricIds = new Map<string, string>();
    for (const name of ['notDoing', 'metrics'] as const) {
      for (const text of data.onePager[name]) {
        const id = newId();
        put(name, id, { text });
        if (name === 'metrics' && !metricIds.has(text)) metricIds.set(text, id);
      }
    }
    for (const p of data.projects) put('projects', p.id, recordFromJson(projectSpec, p));
    for (const o of data.objectives) {
      put('objectives', o.id, recordFromJson(objectiveSpec, o));
      for (const kr of o.keyResults) {
        put('keyResults', kr.id, { ...recordFromJson(keyResultSpec, kr), objectiveId: o.id });
        if (kr.grade) {
          const fields = { keyResultId: kr.id, ...recordFromJson(gradeSpec, kr.grade) };
          collection(doc, 'grades').set(kr.id, record(fields));
        }
      }
      if (o.retrospective) {
        const retro = record({ objectiveId: o.id });
        collection(doc, 'retrospectives').set(o.id, retro);
        fillRetro(retro, o.retrospective);
      }
    }
    if (data.retrospective) fillRetro(cycleRetroMap(doc), data.retrospective);
    for (const d of data.dismissedFindings ?? []) {
      const key = dismissalKey(d.rule, d.targetId);
      collection(doc, 'dismissals').set(
        key,
        record({ id: key, ...recordFromJson(dismissalSpec, d) }),
      );
    }
    for (const c of data.checkIns) {
      collection(doc, 'checkIns').set(c.id, record(recordFromJson(checkInSpec, c)));
    }
    for (const item of data.weeklyItems ?? []) {
      put('weeklyItems', item.id, recordFromJson(weeklyItemSpec, item));
    }
    for (const r of data.healthRatings ?? []) {
      const metricId = metricIds.get(r.metric);
      if (metricId === undefined) continue;
      const key = healthRatingKey(r.team, r.week, metricId);
      const fields = { ...recordFromJson(healthRatingSpec, r), metricId };
      collection(doc, 'healthRatings').set(key, record(fields));
    }
  }, SYSTEM_ORIGIN);
}

/** Each answered question of a retrospective as a shared text of `map` (typed into together later). */
function fillRetro(map: Y.Map<unknown>, retro: RetrospectiveJson): void {
  for (const field of RETRO_FIELDS) {
    const text = retro[field];
    if (text) sharedTextIn(map, field).insert(0, text);
  }
}

/** Ascending fractional keys, one sequence per collection. */
function sequence(): (name: RecordCollection) => string {
  const last = new Map<RecordCollection, string>();
  return (name) => {
    const key = keyBetween(last.get(name) ?? null, null);
    last.set(name, key);
    return key;
  };
}

/** A record as the mutations write it (recordFromJson already left empty values out). */
function record(fields: Record<string, unknown>): RecordMap {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}
