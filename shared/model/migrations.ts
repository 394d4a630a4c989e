import * as Y from 'yjs';
import { SYSTEM_ORIGIN } from './origin';
import { collection, metaMap, SCHEMA_VERSION } from './schema';
import { newId } from './ids';
import { keyBetween } from './order';

/**
 * Explicit, tested migrations of the doc layout. Each step takes the doc from version n to
 * n + 1 and is idempotent, because two peers may migrate the same old doc concurrently.
 *
 * Version 0 is the layout of the first prototype: no `schemaVersion`, the not-doing list
 * and the health metrics as `Y.Array<string>` under the one-pager map, and projects'
 * column stored as `status` ('new' | 'keep' | 'kill').
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
    for (const project of collection(doc, 'projects').values()) {
      if (!(project instanceof Y.Map)) continue;
      const status: unknown = project.get('status');
      if (status === undefined) continue;
      if (!project.has('column')) project.set('column', status === 'new' ? 'inbox' : status);
      project.delete('status');
    }
  },
};

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
      applied.push(v);
    }
    metaMap(doc).set('schemaVersion', SCHEMA_VERSION);
  }, SYSTEM_ORIGIN);
  return applied;
}
