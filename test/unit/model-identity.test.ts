// A workshop's identity (shared/model/identity.ts): what tells two workshops with the same
// id apart, so a copy of one never merges into a room of the other (issue 15, item 8).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  docToJson,
  importWorkshopJson,
  initWorkshop,
  metaMap,
  renewWorkshopIdentity,
  workshopIdentity,
  type WorkshopJson,
} from '../../shared/model';

const fixture = (): WorkshopJson =>
  JSON.parse(readFileSync('test/fixtures/acme-2027.json', 'utf8')) as WorkshopJson;

/** A copy of `doc` as another device holds it after syncing: the same Yjs history. */
function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

describe('workshop identity', () => {
  it('a new workshop has one; a doc with no workshop has none', () => {
    const doc = new Y.Doc();
    expect(workshopIdentity(doc)).toBeNull();
    initWorkshop(doc);
    expect(workshopIdentity(doc)).toMatch(/^[A-Za-z0-9_-]{4,64}$/);
  });

  it('every copy of one history has the same identity', () => {
    const doc = new Y.Doc();
    importWorkshopJson(doc, fixture());
    expect(workshopIdentity(copyOf(doc))).toBe(workshopIdentity(doc));
  });

  it('a workshop rebuilt from its own JSON export keeps its id and gets a new identity', () => {
    const q1 = new Y.Doc();
    importWorkshopJson(q1, fixture());
    const q2 = new Y.Doc();
    importWorkshopJson(q2, docToJson(q1));
    expect(metaMap(q2).get('id')).toBe(metaMap(q1).get('id'));
    expect(workshopIdentity(q2)).not.toBe(workshopIdentity(q1));
  });

  it('the JSON export never carries the identity', () => {
    const doc = new Y.Doc();
    importWorkshopJson(doc, fixture());
    expect(JSON.stringify(docToJson(doc))).not.toContain(workshopIdentity(doc)!);
  });

  it('a copy made a new workshop gets a new id and a new identity', () => {
    const doc = new Y.Doc();
    importWorkshopJson(doc, fixture());
    const copy = copyOf(doc);
    const id = renewWorkshopIdentity(copy);
    expect(id).not.toBe(metaMap(doc).get('id'));
    expect(metaMap(copy).get('id')).toBe(id);
    expect(workshopIdentity(copy)).not.toBe(workshopIdentity(doc));
  });

  it('workshops made before identities existed are told apart by the history of their id', () => {
    // As the code before issue 15 made them: the same JSON imported twice, no meta.identity.
    const legacy = (data: WorkshopJson) => {
      const doc = new Y.Doc();
      importWorkshopJson(doc, data);
      metaMap(doc).delete('identity');
      return doc;
    };
    const q1 = legacy(fixture());
    const q2 = legacy(docToJson(q1));
    expect(workshopIdentity(q1)).not.toBeNull();
    expect(workshopIdentity(copyOf(q1))).toBe(workshopIdentity(q1));
    expect(workshopIdentity(q2)).not.toBe(workshopIdentity(q1));
  });
});
