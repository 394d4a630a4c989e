import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  collection,
  metaMap,
  migrate,
  NewerSchemaError,
  readWorkshop,
  SCHEMA_VERSION,
  schemaVersionOf,
} from '../../shared/model';

/** A doc in the layout of the first prototype (schema 0). */
function prototypeDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    metaMap(doc).set('id', 'legacy');
    metaMap(doc).set('title', 'Prototype workshop');
    const onePager = doc.getMap('onePager');
    const notDoing = new Y.Array<string>();
    notDoing.push(['No enterprise deals', 'No hardware']);
    onePager.set('notDoing', notDoing);
    const metrics = new Y.Array<string>();
    metrics.push(['NRR']);
    onePager.set('metrics', metrics);
    for (const [id, status] of [
      ['p1', 'new'],
      ['p2', 'keep'],
      ['p3', 'kill'],
    ] as const) {
      const p = new Y.Map<unknown>();
      p.set('title', id);
      p.set('order', `a${id.slice(1)}`);
      p.set('status', status);
      collection(doc, 'projects').set(id, p);
    }
  });
  return doc;
}

describe('schema migrations', () => {
  it('migrates a schema-0 doc to the current version, lists and columns intact', () => {
    const doc = prototypeDoc();
    expect(schemaVersionOf(doc)).toBe(0);
    expect(migrate(doc)).toEqual([0]);
    expect(schemaVersionOf(doc)).toBe(SCHEMA_VERSION);
    const w = readWorkshop(doc);
    expect(w.onePager.notDoing.map((i) => i.text)).toEqual(['No enterprise deals', 'No hardware']);
    expect(w.onePager.metrics.map((i) => i.text)).toEqual(['NRR']);
    expect(w.projects.map((p) => [p.id, p.column])).toEqual([
      ['p1', 'inbox'],
      ['p2', 'keep'],
      ['p3', 'kill'],
    ]);
    expect(doc.getMap('onePager').get('notDoing')).toBeUndefined();
  });

  it('is idempotent and a no-op on a current doc', () => {
    const doc = prototypeDoc();
    migrate(doc);
    const once = readWorkshop(doc);
    expect(migrate(doc)).toEqual([]);
    expect(readWorkshop(doc)).toEqual(once);
  });

  it('two peers migrating the same old doc concurrently converge', () => {
    const a = prototypeDoc();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    migrate(a);
    migrate(b);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readWorkshop(a)).toEqual(readWorkshop(b));
    expect(readWorkshop(a).projects).toHaveLength(3);
  });

  it('refuses a doc from a newer version and leaves it untouched', () => {
    const doc = new Y.Doc();
    metaMap(doc).set('schemaVersion', SCHEMA_VERSION + 1);
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => migrate(doc)).toThrow(NewerSchemaError);
    expect(() => migrate(doc)).toThrow(/newer version of Offsite/);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
