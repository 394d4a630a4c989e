import * as Y from 'yjs';
import {
  ONE_PAGER_FIELDS,
  RECORD_COLLECTIONS,
  ROOT,
  type Deletions,
  type OnePagerField,
  type RecordCollection,
} from '../../shared/model';

/**
 * What an incoming update would delete, found before it is applied (like touched.ts): the
 * records it removes from their collections, and the one-pager texts it mostly empties. The
 * hub keeps a history point right before an update deleting several, so the state it
 * destroys can be brought back.
 */

/** A one-pager text counts as deleted when it loses at least this many characters… */
const TEXT_MIN_CHARS = 20;
/** …and at least this share of its text. */
const TEXT_MIN_SHARE = 0.5;

type AnyStruct = Y.Item | Y.GC | Y.Skip;

const isCollection = (name: string): name is RecordCollection =>
  (RECORD_COLLECTIONS as readonly string[]).includes(name);
const isField = (key: string | null): key is OnePagerField =>
  (ONE_PAGER_FIELDS as readonly (string | null)[]).includes(key);

/** The structs of `client` the hub holds that lie in [clock, clock + len). */
function* storedIn(doc: Y.Doc, client: number, clock: number, len: number): Generator<AnyStruct> {
  const structs = doc.store.clients.get(client) as AnyStruct[] | undefined;
  if (!structs?.length || clock >= Y.getState(doc.store, client)) return;
  let i = Y.findIndexSS(structs as Y.Item[], Math.max(clock, structs[0]!.id.clock));
  for (; i < structs.length; i++) {
    const s = structs[i]!;
    if (s.id.clock >= clock + len) return;
    yield s;
  }
}

/** The name of a top-level type of `doc`, or null. */
function rootNameOf(doc: Y.Doc, type: unknown): string | null {
  for (const [name, shared] of doc.share) if (shared === type) return name;
  return null;
}

/** Reads what `update` deletes from `doc`; throws only if the update does not decode. */
export function deletionsBy(doc: Y.Doc, update: Uint8Array): Deletions {
  const { structs, ds } = Y.decodeUpdate(update);
  if (ds.clients.size === 0) return { records: {}, texts: [] };
  // A key the update also writes is replaced, not deleted (a record set anew under its id).
  // Its parent and key are in the update, or (set over an existing entry) implied by its
  // left origin: the entry it replaces.
  const rewritten = new Set<string>();
  for (const s of structs) {
    if (!(s instanceof Y.Item)) continue;
    if (typeof s.parent === 'string' && s.parentSub !== null)
      rewritten.add(`${s.parent}\u0000${s.parentSub}`);
    else if (s.origin) {
      const [left] = storedIn(doc, s.origin.client, s.origin.clock, 1);
      const parent = left instanceof Y.Item ? (left.parent as Y.AbstractType<unknown>) : null;
      const root = parent && parent._item === null ? rootNameOf(doc, parent) : null;
      if (root !== null && left instanceof Y.Item && left.parentSub !== null)
        rewritten.add(`${root}\u0000${left.parentSub}`);
    }
  }
  const onePager = doc.share.get(ROOT.onePager);
  const records = new Map<RecordCollection, Set<string>>();
  const lost = new Map<OnePagerField, number>();
  for (const [client, ranges] of ds.clients) {
    for (const { clock, len } of ranges) {
      for (const s of storedIn(doc, client, clock, len)) {
        if (!(s instanceof Y.Item) || s.deleted) continue;
        const parent = s.parent as Y.AbstractType<unknown> | null;
        if (!parent) continue;
        if (parent._item === null) {
          // An entry of a top-level map: a record, or a one-pager text as a whole.
          const root = rootNameOf(doc, parent);
          const key = s.parentSub;
          if (root === null || key === null || rewritten.has(`${root}\u0000${key}`)) continue;
          if (isCollection(root) && s.content instanceof Y.ContentType) {
            const ids = records.get(root) ?? new Set<string>();
            ids.add(key);
            records.set(root, ids);
          } else if (parent === onePager && isField(key) && s.content instanceof Y.ContentType) {
            const text = s.content.type as Y.Text;
            lost.set(key, (lost.get(key) ?? 0) + text.length);
          }
        } else if (parent._item.parent === onePager && isField(parent._item.parentSub)) {
          const field = parent._item.parentSub;
          // Only the characters in the range: a struct may reach beyond it.
          const from = Math.max(clock, s.id.clock);
          const to = Math.min(clock + len, s.id.clock + s.length);
          if (s.countable && to > from) lost.set(field, (lost.get(field) ?? 0) + to - from);
        }
      }
    }
  }
  const texts = ONE_PAGER_FIELDS.filter((field) => {
    const chars = lost.get(field) ?? 0;
    // Through `_map`: the hub's top-level types may be plain AbstractTypes (never getMap-ed).
    const item = onePager?._map.get(field);
    const value: unknown = item && !item.deleted ? item.content.getContent().at(-1) : undefined;
    const length = value instanceof Y.AbstractType ? value._length : 0;
    return chars >= TEXT_MIN_CHARS && chars >= length * TEXT_MIN_SHARE;
  });
  const counts: Partial<Record<RecordCollection, number>> = {};
  for (const [name, ids] of records) counts[name] = ids.size;
  return { records: counts, texts };
}
