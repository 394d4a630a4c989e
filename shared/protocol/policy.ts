/**
 * Who may do what in a room: the one table. The hub enforces it on every message
 * (electron/hub/update-guard.ts, room-control.ts); the UI may read it to hide what a role
 * cannot do. Pure data and two lookups, so both sides agree by construction.
 * @public
 */
import { ROOM_MAP, STEP_OWNS, STEPS, type Role, type Step } from './room';

/**
 * Keys of `meta` that are the workshop's identity and format. Only the hub writes them (on
 * creation, import and migration): a peer changing `schemaVersion` would make the file
 * unopenable, one deleting `id` would cut every link and stored copy off the room, one
 * changing `identity` (shared/model/identity.ts) would let a copy of another workshop merge
 * in, or keep every honest device's copy apart (issue 15). `previousCycle` links a workshop
 * into its chain of cycles and holds the summary of how the previous cycle ended: written
 * once when the cycle starts, never by a peer in a room. A new identity or format key
 * belongs here.
 */
export const SYSTEM_META_KEYS: readonly string[] = [
  'id',
  'schemaVersion',
  'identity',
  'previousCycle',
];

/** The `meta` key saying the room agreed the OKR set: the facilitator's call alone. */
export const AGREEMENT_META_KEY = 'agreed';

/**
 * Every `meta` key of the agreement: the flag, and who changed it last and when (shown in
 * the agreement bar). All the facilitator's, so nobody else can fake who agreed.
 */
export const AGREEMENT_META_KEYS: readonly string[] = [AGREEMENT_META_KEY, 'agreedBy', 'agreedAt'];

/**
 * The workshop's settings: `meta` keys that change how the app speaks to everyone (the
 * room's language, issue 13). The facilitator's, like the room state: a participant
 * switching the whole room (and the PDF) into another language would be a prank.
 */
export const SETTINGS_META_KEYS: readonly string[] = ['language'];

/**
 * Where a write lands:
 * - `step`: a part a step owns (STEP_OWNS), read-only for participants while it is locked;
 * - `room`: the facilitation state (the `room` map: locks, follow, timer, votes);
 * - `agreement`: `meta.agreed`;
 * - `settings`: the workshop's settings (SETTINGS_META_KEYS);
 * - `system`: identity and format keys (SYSTEM_META_KEYS);
 * - `shared`: what no step owns, such as `meta.updatedAt` that every edit stamps;
 * - `unplaced`: the hub cannot tell yet (the write depends on items it does not hold).
 */
export type DocPart =
  | { readonly kind: 'step'; readonly step: Step }
  | { readonly kind: 'room' | 'agreement' | 'settings' | 'system' | 'shared' | 'unplaced' };
export type PartKind = DocPart['kind'];

/** `always`, `never`, or only while the step owning the part is not locked. */
export type Access = 'always' | 'unless-locked' | 'never';

/**
 * Writes: role × part. The facilitator may place a write the hub cannot resolve yet (a
 * reconnect racing its own catch-up); a participant's is refused, as it could land in a
 * locked step once its dependencies arrive. Viewers write nothing: their connection is
 * read-only.
 */
export const WRITE_ACCESS: Readonly<Record<Role, Readonly<Record<PartKind, Access>>>> = {
  facilitator: {
    step: 'always',
    room: 'always',
    agreement: 'always',
    settings: 'always',
    system: 'never',
    shared: 'always',
    unplaced: 'always',
  },
  participant: {
    step: 'unless-locked',
    room: 'never',
    agreement: 'never',
    settings: 'never',
    system: 'never',
    shared: 'always',
    unplaced: 'never',
  },
  viewer: {
    step: 'never',
    room: 'never',
    agreement: 'never',
    settings: 'never',
    system: 'never',
    shared: 'never',
    unplaced: 'never',
  },
};

/**
 * What is not a document write: the hello every client sends on connecting (answered with
 * its role and the hub's clock), a dot vote, learning the participants' join link (to show
 * a late arrival its QR code), learning every link (the viewer's too), rotating them,
 * removing a participant from the room, a stateless broadcast to every connection, and
 * reading the workshop's history (every earlier state, deleted content included:
 * shared/protocol/history.ts). The facilitator's own link is in no welcome: whoever runs
 * the room has it already.
 */
export type RoomAction =
  | 'hello'
  | 'vote'
  | 'see-join-link'
  | 'see-links'
  | 'rotate-links'
  | 'remove-participant'
  | 'broadcast'
  | 'history';

export const ACTION_ACCESS: Readonly<Record<Role, Readonly<Record<RoomAction, boolean>>>> = {
  facilitator: {
    hello: true,
    vote: true,
    'see-join-link': true,
    'see-links': true,
    'rotate-links': true,
    'remove-participant': true,
    broadcast: true,
    history: true,
  },
  participant: {
    hello: true,
    vote: true,
    'see-join-link': true,
    'see-links': false,
    'rotate-links': false,
    'remove-participant': false,
    broadcast: false,
    history: false,
  },
  viewer: {
    hello: true,
    vote: false,
    'see-join-link': false,
    'see-links': false,
    'rotate-links': false,
    'remove-participant': false,
    broadcast: false,
    history: false,
  },
};

/** The part of the doc an entry of a top-level type is (`key` is null for a root array or text). */
export function partOf(root: string, key: string | null): DocPart {
  if (root === ROOM_MAP) return { kind: 'room' };
  if (root === 'meta') {
    // Maps keep every entry under a key: a keyless write into `meta` is no honest edit.
    if (key === null || SYSTEM_META_KEYS.includes(key)) return { kind: 'system' };
    if (AGREEMENT_META_KEYS.includes(key)) return { kind: 'agreement' };
    if (SETTINGS_META_KEYS.includes(key)) return { kind: 'settings' };
    const step = STEPS.find((s) => STEP_OWNS[s].metaKeys.includes(key));
    return step ? { kind: 'step', step } : { kind: 'shared' };
  }
  const step = STEPS.find((s) => STEP_OWNS[s].roots.includes(root));
  return step ? { kind: 'step', step } : { kind: 'shared' };
}

/** May `role` write to `part` while `locked` steps are locked? */
export function mayWrite(role: Role, part: DocPart, locked: readonly Step[]): boolean {
  const access = WRITE_ACCESS[role][part.kind];
  if (access !== 'unless-locked') return access === 'always';
  return part.kind !== 'step' || !locked.includes(part.step);
}

/** May `role` send this room action? */
export function mayDo(role: Role, action: RoomAction): boolean {
  return ACTION_ACCESS[role][action];
}

/** A role that may write no part at all: its connection is read-only. */
export function isReadOnly(role: Role): boolean {
  return Object.values(WRITE_ACCESS[role]).every((access) => access === 'never');
}
