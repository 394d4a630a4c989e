import type * as Y from 'yjs';
import { newId } from './ids';
import { SYSTEM_ORIGIN } from './origin';
import { metaMap, ROOT } from './schema';

/**
 * The `meta` key of the workshop's identity: a random value written once, when a Yjs history
 * of the workshop begins (a new workshop, an import of interchange JSON, a copy, a next
 * cycle), and never by a peer (a system key: shared/protocol/policy.ts).
 *
 * `meta.id` names the workshop for rooms and links and survives an export and import of
 * the same workshop; the identity names the *history*. Two docs with the same id and
 * different identities must never merge: Yjs resolves records both created on their own
 * by client id, not by time, so a stale copy would bring back what the other deleted and
 * could undo its latest edits (issue 15, item 8). Interchange JSON carries no history, so a
 * doc built from JSON always begins a new one, and the JSON never carries the identity.
 */
export const IDENTITY_KEY = 'identity';

/** What an identity looks like on the wire (the sync URL parameter, the hub's check). */
export const IDENTITY_PATTERN = /^[A-Za-z0-9_-]{4,64}$/;

/** A new identity (a random UUID). */
export function newIdentity(): string {
  return newId();
}

/**
 * The identity of the workshop in `doc`, or null for a doc with no workshop yet (a device
 * about to join a room for the first time). A workshop made before identities existed has
 * no `meta.identity`: its identity is then the Yjs id (client, clock) of the item that holds
 * `meta.id` — the same in every copy of one history, different for a workshop rebuilt from
 * JSON — so old copies are told apart too, with nothing written into them.
 */
export function workshopIdentity(doc: Y.Doc): string | null {
  // No `meta` at all: nothing to name. Checked first so that asking never adds the type to
  // an empty doc (a device refused before any sync keeps a doc with nothing in it).
  if (!doc.share.has(ROOT.meta)) return null;
  const meta = metaMap(doc);
  const stored: unknown = meta.get(IDENTITY_KEY);
  if (typeof stored === 'string' && IDENTITY_PATTERN.test(stored)) return stored;
  if (typeof meta.get('id') !== 'string') return null;
  // `_map` is in yjs's public typings: the item behind each key.
  const item = meta._map.get('id');
  return item ? `y${item.id.client}-${item.id.clock}` : null;
}

/**
 * Makes the workshop in `doc` a new one: a new id (given, or random) and a new identity, in
 * one system transaction (not undoable). For copies and next cycles made from a workshop's
 * Yjs state, which keep its history but must never merge back into it.
 */
export function renewWorkshopIdentity(doc: Y.Doc, id: string = newId()): string {
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set('id', id);
    meta.set(IDENTITY_KEY, newIdentity());
  }, SYSTEM_ORIGIN);
  return id;
}
