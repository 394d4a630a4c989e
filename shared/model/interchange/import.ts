import { dismissalKey } from '../dismissals-read';
import * as Y from 'yjs';
import { SYSTEM_ORIGIN } from '../origin';
import {
  collection,
  metaMap,
  onePagerText,
  SCHEMA_VERSION,
  type RecordCollection,
  type RecordMap,
} from '../schema';
import { newId } from '../ids';
import { keyBetween } from '../order';
import { isEmptyWorkshop } from '../read';
import { ONE_PAGER_FIELDS } from '../types';
import type { WorkshopJson } from './json-types';

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
 * transaction with the system origin: an import is not an undoable edit. Ids are kept
 * from the file; order keys follow array order. Projects and key results get one
 * ascending sequence of keys across columns and objectives, so the global order of the
 * snapshot is the file's order and each column or objective keeps its own order.
 * Check-ins have no order of their own: they show by date.
 * @throws ImportIntoNonEmptyDocError if the doc is not empty.
 * @public
 */
export function importWorkshopJson(doc: Y.Doc, data: WorkshopJson): void {
  if (!isEmptyWorkshop(doc)) throw new ImportIntoNonEmptyDocError();
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set('id', data.id);
    meta.set('title', data.title);
    meta.set('cycle', data.cycle);
    if (data.cycleStart) meta.set('cycleStart', data.cycleStart);
    if (data.cycleEnd) meta.set('cycleEnd', data.cycleEnd);
    if (data.checkInWeekday !== undefined) meta.set('checkInWeekday', data.checkInWeekday);
    if (data.agreed) meta.set('agreed', true);
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('updatedAt', Date.now());

    for (const field of ONE_PAGER_FIELDS) {
      const text = onePagerText(doc, field);
      if (data.onePager[field]) text.insert(0, data.onePager[field]);
    }

    const orders = sequence();
    const put = (name: RecordCollection, id: string, fields: Record<string, unknown>) => {
      collection(doc, name).set(id, record({ id, order: orders(name), ...fields }));
    };
    for (const fa of data.onePager.focusAreas) {
      put('focusAreas', fa.id, { title: fa.title, description: fa.description });
    }
    for (const name of ['notDoing', 'metrics'] as const) {
      for (const text of data.onePager[name]) put(name, newId(), { text });
    }
    for (const p of data.projects) {
      put('projects', p.id, {
        title: p.title,
        description: p.description,
        team: p.team,
        column: p.column,
        focusAreaIds: p.focusAreaIds,
        rationale: p.rationale,
      });
    }
    for (const o of data.objectives) {
      put('objectives', o.id, {
        title: o.title,
        description: o.description,
        team: o.team,
        parentId: o.parentId,
        focusAreaId: o.focusAreaId,
        kind: o.kind ?? 'aspirational',
      });
      for (const kr of o.keyResults) {
        put('keyResults', kr.id, {
          objectiveId: o.id,
          title: kr.title,
          metric: kr.metric,
          unit: kr.unit,
          baseline: kr.baseline,
          target: kr.target,
          current: kr.current,
          direction: kr.direction ?? 'increase',
          confidence: kr.confidence,
          team: kr.team,
          initiatives: kr.initiatives,
        });
      }
    }
    for (const d of data.dismissedFindings ?? []) {
      const key = dismissalKey(d.rule, d.targetId);
      collection(doc, 'dismissals').set(
        key,
        record({ id: key, rule: d.rule, targetId: d.targetId }),
      );
    }
    for (const c of data.checkIns) {
      collection(doc, 'checkIns').set(
        c.id,
        record({
          id: c.id,
          keyResultId: c.keyResultId,
          date: c.date,
          value: c.value,
          confidence: c.confidence,
          note: c.note,
        }),
      );
    }
  }, SYSTEM_ORIGIN);
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

/** A record as the mutations write it: absent, null and empty optional values are left out. */
function record(fields: Record<string, unknown>): RecordMap {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === null || value === '') continue;
    map.set(key, Array.isArray(value) ? [...(value as unknown[])] : value);
  }
  return map;
}
