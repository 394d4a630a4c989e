import * as Y from 'yjs';

/**
 * A Yjs update, decoded once and read against the hub's document without applying it:
 * which structs are new, where each would land (the type it goes into and the key in it),
 * the path of keys from a top-level type down to that place, and what its deletions hit.
 * The policy (touched.ts) and the limits (update-limits.ts) both read the update through
 * this, so it is decoded once per message.
 *
 * New structs name their parent type directly (a top-level name or the id of the item
 * holding the type), or implicitly through their left/right neighbour — which may itself
 * be in the update — so placing walks those links through the update and the hub's store.
 * Walks are loops, not recursion: an honest catch-up of a long offline session chains
 * thousands of neighbours. Cost: proportional to the update's size, not the document's.
 */

export type AnyStruct = Y.Item | Y.GC | Y.Skip;

/** The type a struct lands in. */
export type Parent =
  | { readonly kind: 'root'; readonly name: string }
  /** A type the hub holds. */
  | { readonly kind: 'held'; readonly type: Y.AbstractType<unknown> }
  /** A type this update creates (the item holding it). */
  | { readonly kind: 'new'; readonly item: Y.Item };

/** Where a struct lands: in `parent`, under `key` (a map key; null for a sequence). */
export interface Placement {
  readonly parent: Parent;
  readonly key: string | null;
}

/**
 * A placement; 'gone' for a struct that lands in deleted, collected content (Yjs drops it:
 * no effect); null for one that depends on items neither the hub nor the update holds (Yjs
 * would park it and integrate it later, into a place that cannot be checked now).
 */
export type Place = Placement | 'gone' | null;

/** Keys from a top-level type down: `['projects', 'p-1', 'title']`; null for a sequence position. */
export type PlacePath = readonly (string | null)[];

/** What a deleted range hits: a struct the hub holds, one of the update, or nothing known. */
export type DeletionTarget = { readonly held: AnyStruct } | { readonly incoming: AnyStruct } | null;

/** Longest chain of neighbours followed before giving up (null). */
const MAX_CHAIN = 1_000_000;
/** Deepest nesting of types followed (a workshop nests four); deeper cannot be placed. */
const MAX_NESTING = 64;

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

const isId = (value: unknown): value is Y.ID =>
  typeof value === 'object' && value !== null && 'client' in value && 'clock' in value;

export class UpdateScan {
  readonly structs: readonly AnyStruct[];
  readonly ds: ReturnType<typeof Y.decodeUpdate>['ds'];
  private readonly store: Map<number, AnyStruct[]>;
  private readonly rootNames = new Map<unknown, string>();
  private readonly incoming = new Map<number, AnyStruct[]>();
  private readonly places = new Map<AnyStruct, Place>();
  private readonly paths = new Map<unknown, PlacePath | null>();

  /** Throws if the update does not decode. */
  constructor(
    readonly doc: Y.Doc,
    readonly update: Uint8Array,
  ) {
    const { structs, ds } = Y.decodeUpdate(update);
    this.structs = structs;
    this.ds = ds;
    this.store = doc.store.clients as Map<number, AnyStruct[]>;
    for (const [name, type] of doc.share) this.rootNames.set(type, name);
    for (const s of structs) {
      const list = this.incoming.get(s.id.client);
      if (list) list.push(s);
      else this.incoming.set(s.id.client, [s]);
    }
    for (const list of this.incoming.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  }

  /** False for a struct the hub already holds in full (a resync sends it again). */
  isNew(s: AnyStruct): boolean {
    return Y.getState(this.doc.store, s.id.client) < s.id.clock + s.length;
  }

  /** How many of the struct's clocks this update's own delete set deletes. */
  deletedByUpdate(s: AnyStruct): number {
    const ranges = this.ds.clients.get(s.id.client);
    if (!ranges) return 0;
    const from = s.id.clock;
    const to = from + s.length;
    // Ranges are sorted by clock and do not overlap (Yjs writes them so): find the first
    // that ends after `from`, then add up the overlaps.
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid]!.clock + ranges[mid]!.len <= from) lo = mid + 1;
      else hi = mid;
    }
    let n = 0;
    for (let i = lo; i < ranges.length && ranges[i]!.clock < to; i++) {
      const { clock, len } = ranges[i]!;
      n += Math.max(0, Math.min(to, clock + len) - Math.max(from, clock));
    }
    return Math.min(n, s.length);
  }

  /** Where a struct the hub holds sits. */
  placeOfHeld(s: AnyStruct): Place {
    if (!(s instanceof Y.Item)) return 'gone';
    const parent = s.parent as Y.AbstractType<unknown> | null;
    if (!parent) return 'gone';
    if (parent._item) return { parent: { kind: 'held', type: parent }, key: s.parentSub };
    const name = this.rootNames.get(parent);
    return name === undefined ? null : { parent: { kind: 'root', name }, key: s.parentSub };
  }

  /** Where a struct of the update would land. */
  placeOf(s: AnyStruct): Place {
    // Items that only name a neighbour land beside it, in its type and under its key: the
    // whole chain gets the place found at its end.
    const chain: AnyStruct[] = [];
    let current: AnyStruct = s;
    let place: Place | undefined;
    while (place === undefined) {
      const known = this.places.get(current);
      if (known !== undefined) place = known;
      else if (!(current instanceof Y.Item)) place = 'gone';
      else if (chain.length >= MAX_CHAIN) place = null;
      else {
        chain.push(current);
        const parent = current.parent as unknown;
        if (typeof parent === 'string')
          place = { parent: { kind: 'root', name: parent }, key: current.parentSub };
        else if (isId(parent)) {
          const type = this.typeAt(parent);
          place =
            typeof type === 'object' && type ? { parent: type, key: current.parentSub } : type;
        } else {
          const neighbour = current.origin ?? current.rightOrigin;
          const found = neighbour ? this.find(neighbour) : null;
          if (!found) place = null;
          else if ('held' in found) place = this.placeOfHeld(found.held);
          else current = found.incoming;
        }
      }
    }
    for (const c of chain) this.places.set(c, place);
    return place;
  }

  /** The path of keys from a top-level type to a place, or null if it cannot be told. */
  pathOf(place: Placement): PlacePath | null {
    const parentPath = this.parentPath(place.parent);
    return parentPath && [...parentPath, place.key];
  }

  /** The top-level type and key a place is under (what the policy table decides on). */
  topOf(place: Placement): { root: string; key: string | null } | null {
    const path = this.pathOf(place);
    return path && { root: path[0]!, key: path[1] ?? null };
  }

  /**
   * Calls `visit` for every struct (or unknown range) the update's delete set hits, with
   * how many of its clocks the range covers.
   */
  visitDeletions(visit: (target: DeletionTarget, covered: number) => void): void {
    for (const [client, ranges] of this.ds.clients) {
      const known = this.store.get(client) ?? [];
      const list = this.incoming.get(client) ?? [];
      for (const { clock, len } of ranges) {
        let c = clock;
        const end = clock + len;
        while (c < end) {
          const held = findStruct(known, c);
          const incoming = held ? undefined : findStruct(list, c);
          const s = held ?? incoming;
          if (!s) {
            visit(null, end - c);
            break;
          }
          const next = Math.min(end, s.id.clock + s.length);
          visit(held ? { held } : { incoming: s }, next - c);
          c = next;
        }
      }
    }
  }

  private find(id: Y.ID): { held: AnyStruct } | { incoming: AnyStruct } | null {
    const known = this.store.get(id.client);
    const held = known ? findStruct(known, id.clock) : undefined;
    if (held) return { held };
    const list = this.incoming.get(id.client);
    const incoming = list ? findStruct(list, id.clock) : undefined;
    return incoming ? { incoming } : null;
  }

  /** The type held by the item `id` names as a parent. */
  private typeAt(id: Y.ID): Parent | 'gone' | null {
    const found = this.find(id);
    if (!found) return null;
    const s = 'held' in found ? found.held : found.incoming;
    if (!(s instanceof Y.Item)) return 'gone';
    if (!(s.content instanceof Y.ContentType)) return null;
    return 'held' in found
      ? { kind: 'held', type: s.content.type as Y.AbstractType<unknown> }
      : { kind: 'new', item: s };
  }

  /** Keys from the top-level type down to `parent` itself. */
  private parentPath(parent: Parent): PlacePath | null {
    // Walk up to a known path (or the top), then write down the paths on the way back.
    const pending: { id: unknown; key: string | null }[] = [];
    let current: Parent = parent;
    let base: PlacePath | null | undefined;
    while (base === undefined) {
      const id =
        current.kind === 'held' ? current.type : current.kind === 'new' ? current.item : null;
      if (current.kind === 'root') base = [current.name];
      else if (this.paths.has(id)) base = this.paths.get(id)!;
      else if (pending.length >= MAX_NESTING) base = null;
      else {
        const place =
          current.kind === 'held'
            ? current.type._item
              ? this.placeOfHeld(current.type._item)
              : null
            : this.placeOf(current.item);
        if (!place || place === 'gone') base = null;
        else {
          pending.push({ id, key: place.key });
          current = place.parent;
        }
      }
    }
    let path = base;
    for (let i = pending.length - 1; i >= 0; i--) {
      path = path && [...path, pending[i]!.key];
      this.paths.set(pending[i]!.id, path);
    }
    return path;
  }
}
