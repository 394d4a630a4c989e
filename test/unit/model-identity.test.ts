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
  newId,
  renewWorkshopIdentity,
  uuidV4,
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

describe('ids where crypto.randomUUID is missing (plain http on a LAN address)', () => {
  it('uuidV4 makes a version 4 UUID of random bytes', () => {
    const zeros = uuidV4(new Uint8Array(16));
    expect(zeros).toBe('00000000-0000-4000-8000-000000000000');
    const ones = uuidV4(new Uint8Array(16).fill(255));
    expect(ones).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });

  it('newId falls back to getRandomValues, unique and well-formed', () => {
    const original = globalThis.crypto.randomUUID;
    Object.defineProperty(globalThis.crypto, 'randomUUID', {
      value: undefined,
      configurable: true,
    });
    try {
      const ids = new Set(Array.from({ length: 1000 }, () => newId()));
      expect(ids.size).toBe(1000);
      for (const id of ids)
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', {
        value: original,
        configurable: true,
      });
    }
  });
});
