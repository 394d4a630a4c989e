import * as Y from 'yjs';

/**
 * Which parts of a workshop doc an incoming Yjs update would change, found without applying
 * it: decode the update and resolve every new struct and every deletion to the top-level
 * type it lives under (and, for a top-level map, the key). New structs name their parent
 * directly, or through the item holding their parent type, or implicitly through their
 * left/right origin — so resolving walks those links through the update itself and the
 * hub's document store. Cost: proportional to the update's size, not the document's.
 */
export interface TouchedPart {
  readonly root: string;
  /** The key in the root map of the top-level entry touched; null for a root array/text. */
  readonly key: string | null;
}

export interface Touched {
  readonly parts: readonly TouchedPart[];
  /**
   * Some struct or deletion depends on items neither the hub nor the update holds. Yjs
   * would park it and integrate it once they arrive — into a place we cannot check now — so
   * a guard must treat this as touching anything.
   */
  readonly unresolved: boolean;
}

type AnyStruct = Y.Item | Y.GC | Y.Skip;
/** A resolution: where it lands, 'gone' (under deleted, collected content: no effect), or null. */
type Resolution = TouchedPart | 'gone' | null;

const MAX_DEPTH = 100_000;

/** Binary search for the struct holding `clock` in a client's sorted struct list. */
function findStruct(structs: readonly AnyStruct[], clock: number): AnyStruct | undefined {
  let lo = 0;
  let hi = structs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = structs[mid]!;
    if (clock < s.id.clock) hi = mid - 1;
    else if (clock >= s.id.clock + s.length) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Reads parts of an update against `doc`. Throws if the update does not decode. */
export function touchedBy(doc: Y.Doc, update: Uint8Array): Touched {
  const { structs, ds } = Y.decodeUpdate(update);
  const store = doc.store.clients as Map<number, AnyStruct[]>;
  const rootNames = new Map<unknown, string>();
  for (const [name, type] of doc.share) rootNames.set(type, name);

  const incoming = new Map<number, AnyStruct[]>();
  for (const s of structs) {
    const list = incoming.get(s.id.client);
    if (list) list.push(s);
    else incoming.set(s.id.client, [s]);
  }
  for (const list of incoming.values()) list.sort((a, b) => a.id.clock - b.id.clock);

  const memo = new Map<AnyStruct, Resolution>();
  let depth = 0;

  const fromStore = (item: AnyStruct): Resolution => {
    if (!(item instanceof Y.Item)) return 'gone';
    let it: Y.Item = item;
    for (let i = 0; i < MAX_DEPTH; i++) {
      const parent = it.parent as Y.AbstractType<unknown> | null;
      if (!parent) return 'gone';
      const holder = parent._item;
      if (!holder) {
        const root = rootNames.get(parent);
        return root === undefined ? null : { root, key: it.parentSub };
      }
      it = holder;
    }
    return null;
  };

  const resolveId = (id: Y.ID): Resolution => {
    const known = store.get(id.client);
    const inStore = known ? findStruct(known, id.clock) : undefined;
    if (inStore) return fromStore(inStore);
    const list = incoming.get(id.client);
    const inUpdate = list ? findStruct(list, id.clock) : undefined;
    return inUpdate ? fromUpdate(inUpdate) : null;
  };

  const fromUpdate = (s: AnyStruct): Resolution => {
    if (!(s instanceof Y.Item)) return 'gone';
    const cached = memo.get(s);
    if (cached !== undefined) return cached;
    if (++depth > MAX_DEPTH) return null;
    let result: Resolution;
    const parent = s.parent as unknown;
    if (typeof parent === 'string') result = { root: parent, key: s.parentSub };
    else if (parent && typeof parent === 'object' && 'client' in parent)
      result = resolveId(parent as Y.ID);
    else if (s.origin) result = resolveId(s.origin);
    else if (s.rightOrigin) result = resolveId(s.rightOrigin);
    else result = null;
    depth--;
    memo.set(s, result);
    return result;
  };

  const parts: TouchedPart[] = [];
  const seen = new Set<string>();
  let unresolved = false;
  const add = (r: Resolution) => {
    if (r === 'gone') return;
    if (r === null) {
      unresolved = true;
      return;
    }
    const k = `${r.root}\u0000${r.key ?? ''}`;
    if (!seen.has(k)) {
      seen.add(k);
      parts.push(r);
    }
  };

  for (const s of structs) {
    if (!(s instanceof Y.Item)) continue;
    // Structs the hub already holds change nothing (a resync resends them).
    if (Y.getState(doc.store, s.id.client) >= s.id.clock + s.length) continue;
    add(fromUpdate(s));
  }

  for (const [client, ranges] of ds.clients) {
    const known = store.get(client) ?? [];
    const list = incoming.get(client) ?? [];
    for (const { clock, len } of ranges) {
      let c = clock;
      const end = clock + len;
      while (c < end) {
        const inStore = findStruct(known, c);
        if (inStore) {
          if (!(inStore instanceof Y.Item && inStore.deleted)) add(fromStore(inStore));
          c = inStore.id.clock + inStore.length;
          continue;
        }
        const inUpdate = findStruct(list, c);
        if (inUpdate) {
          add(fromUpdate(inUpdate));
          c = inUpdate.id.clock + inUpdate.length;
          continue;
        }
        unresolved = true;
        break;
      }
    }
  }
  return { parts, unresolved };
}
