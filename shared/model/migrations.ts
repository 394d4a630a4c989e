import * as Y from 'yjs';
import { SYSTEM_ORIGIN } from './origin';
import { collection, metaMap, RECORD_COLLECTIONS, SCHEMA_VERSION } from './schema';
import { COLLECTION_SPECS } from './records/collections';
import { newId } from './ids';
import { keyBetween } from './order';

/**
 * Explicit, tested migrations of the doc layout. Each step takes the doc from version n to
 * n + 1 and is idempotent, because two peers may migrate the same old doc concurrently.
 *
 * Version 0 is the layout of the first prototype: no `schemaVersion`, the not-doing list
 * and the health metrics as `Y.Array<string>` under the one-pager map, and projects'
 * column stored as `status` ('new' | 'keep' | 'kill').
 *
 * A step that reshapes the doc lives in `steps` below; a step that rewrites each record of
 * one kind lives with that record's spec (records/*.ts `migrations`, e.g. the project's
 * `status` → `column`). A new optional field needs neither: absent, it reads as its default.
 */

export class NewerSchemaError extends Error {
  constructor(readonly found: number) {
    super(
      `This workshop was made by a newer version of Offsite (schema ${found}; this version reads up to ${SCHEMA_VERSION}). Update Offsite to open it.`,
    );
    this.name = 'NewerSchemaError';
  }
}

type Step = (doc: Y.Doc) => void;

const steps: Record<number, Step> = {
  0: (doc) => {
    const onePager = doc.getMap('onePager');
    for (const name of ['notDoing', 'metrics'] as const) {
      const legacy: unknown = onePager.get(name);
      if (!(legacy instanceof Y.Array)) continue;
      const target = collection(doc, name);
      let order: string | null = null;
      for (const item of legacy.toArray()) {
        if (typeof item !== 'string') continue;
        order = keyBetween(order, null);
        const id = newId();
        const map = new Y.Map<unknown>();
        map.set('id', id);
        map.set('order', order);
        map.set('text', item);
        target.set(id, map);
      }
      onePager.delete(name);
    }
  },
};

/**
 * The steps of every record spec (records/*.ts `migrations`) for version `from`, applied to
 * each stored record of the collections that spec describes.
 */
function migrateRecords(doc: Y.Doc, from: number): void {
  for (const name of RECORD_COLLECTIONS) {
    const step = COLLECTION_SPECS[name].migrations?.[from];
    if (!step) continue;
    for (const record of collection(doc, name).values()) {
      if (record instanceof Y.Map) step(record as Y.Map<unknown>);
    }
  }
}

/** The doc's schema version (0 when absent, as in the first prototype). */
export function schemaVersionOf(doc: Y.Doc): number {
  const v: unknown = metaMap(doc).get('schemaVersion');
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/**
 * Brings the doc to SCHEMA_VERSION. Throws NewerSchemaError for a doc from a newer app,
 * which must then be left untouched (never saved over). Returns the steps applied.
 */
export function migrate(doc: Y.Doc): number[] {
  const from = schemaVersionOf(doc);
  if (from > SCHEMA_VERSION) throw new NewerSchemaError(from);
  const applied: number[] = [];
  if (from === SCHEMA_VERSION) return applied;
  doc.transact(() => {
    for (let v = from; v < SCHEMA_VERSION; v++) {
      const step = steps[v];
      if (!step) throw new Error(`No migration from schema ${v}`);
      step(doc);
      migrateRecords(doc, v);
      applied.push(v);
    }
    metaMap(doc).set('schemaVersion', SCHEMA_VERSION);
  }, SYSTEM_ORIGIN);
  return applied;
}
