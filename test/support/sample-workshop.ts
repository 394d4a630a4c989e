import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import {
  collection,
  importWorkshopJson,
  LOCAL_ORIGIN,
  metaMap,
  ONE_PAGER_FIELDS,
  onePagerText,
  parseWorkshopJson,
  readWorkshop,
  RECORD_COLLECTIONS,
  type Workshop,
} from '../../shared/model';

/** The text of the Acme sample workshop (test/fixtures/acme-2027.json). */
export function sampleJson(): string {
  const here = fileURLToPath(new URL('../fixtures/acme-2027.json', import.meta.url));
  // Bundled into out/bench, this module is no longer beside the fixtures: benchmarks run
  // from the checkout's root.
  const path = existsSync(here) ? here : resolve('test/fixtures/acme-2027.json');
  return readFileSync(path, 'utf8');
}

/** The Acme sample imported into `doc` (a new doc by default). */
export function sampleDoc(doc: Y.Doc = new Y.Doc()): Y.Doc {
  const parsed = parseWorkshopJson(sampleJson());
  if (!parsed.ok) throw new Error(`sample does not parse: ${JSON.stringify(parsed.problems)}`);
  importWorkshopJson(doc, parsed.data);
  return doc;
}

/**
 * What one participant can do in one transaction with every step unlocked (issue 15, item
 * 6): delete every record of every collection, empty the one-pager and the title.
 */
export function wipe(doc: Y.Doc, origin: unknown = LOCAL_ORIGIN): void {
  doc.transact(() => {
    for (const name of RECORD_COLLECTIONS) {
      const records = collection(doc, name);
      for (const id of [...records.keys()]) records.delete(id);
    }
    for (const field of ONE_PAGER_FIELDS) {
      const text = onePagerText(doc, field);
      text.delete(0, text.length);
    }
    metaMap(doc).set('title', '');
  }, origin);
}

/** The workshop as the UI reads it, without the edit stamp every edit changes. */
export function content(
  doc: Y.Doc,
): Omit<Workshop, 'meta'> & { meta: Omit<Workshop['meta'], 'updatedAt'> } {
  const { meta, ...rest } = readWorkshop(doc);
  const { updatedAt: _updatedAt, ...kept } = meta;
  return { ...rest, meta: kept };
}
