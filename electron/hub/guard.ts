import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import {
  AWARENESS_LIMITS,
  HUB_CLOSE,
  ROLES,
  lockedCloseReason,
  ROOM_MAP,
  STEP_OWNS,
  STEPS,
  type Role,
  type Step,
} from '../../shared/protocol/room';
import { lockedSteps } from '../../shared/model/room-read';
import { touchedBy, type Touched } from './touched';

/**
 * Every message a connection sends passes here before Hocuspocus handles it. A message
 * that does not decode, or that a role may not send, is refused with a reason: the caller
 * closes only that connection and the document never sees the message.
 *
 * The facilitation guard: a non-facilitator's update that touches the `room` map, or any
 * part of a locked step, or that depends on items the hub does not hold (it could land
 * anywhere later), is refused and the connection closed. Closing rather than silently
 * dropping keeps the client honest about its state: nothing it holds is marked as synced,
 * and the refused edits travel again at its next connection — the document never changes
 * until they are allowed. A refusal for locked steps says which (`locked: alignment`), so
 * the client can tell its user, keep the edits, and retry with a back-off until the
 * facilitator unlocks (renderer/sync/room-connection.ts).
 */

/** Hocuspocus message types (its MessageType enum), read from the wire. */
const MSG = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  syncReply: 4,
  stateless: 5,
  broadcastStateless: 6,
  close: 7,
  syncStatus: 8,
} as const;
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

/**
 * A refused message: `reason` goes to the client as the close reason (short, ≤ 120 bytes),
 * `detail` only to the hub's log.
 */
export class GuardRefusal extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    readonly detail?: string,
  ) {
    super(detail ? `${reason} (${detail})` : reason);
  }
}

function malformed(reason: string): GuardRefusal {
  return new GuardRefusal(HUB_CLOSE.malformed, reason);
}

/** A decoded message: its type and, for document updates, the update bytes. */
export interface ParsedMessage {
  readonly type: number;
  readonly update: Uint8Array | null;
}

/** Decodes a message's envelope; throws GuardRefusal if anything is off. */
export function parseMessage(data: Uint8Array, documentName: string, role: Role): ParsedMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const name = decoding.readVarString(decoder);
    if (name !== documentName)
      throw malformed(`message for unknown document "${name.slice(0, 64)}"`);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MSG.sync:
      case MSG.syncReply: {
        const syncType = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (syncType === SYNC_STEP1) {
          Y.decodeStateVector(payload);
          return { type, update: null };
        }
        if (syncType === SYNC_STEP2 || syncType === SYNC_UPDATE) return { type, update: payload };
        throw malformed(`unknown sync message type ${syncType}`);
      }
      case MSG.awareness:
        checkAwareness(decoding.readVarUint8Array(decoder), role);
        return { type, update: null };
      case MSG.auth:
      case MSG.queryAwareness:
      case MSG.stateless:
      case MSG.close:
      case MSG.syncStatus:
        return { type, update: null };
      case MSG.broadcastStateless:
        if (role !== 'facilitator')
          throw new GuardRefusal(HUB_CLOSE.forbidden, 'only the facilitator may broadcast');
        return { type, update: null };
      default:
        throw malformed(`unknown message type ${type}`);
    }
  } catch (error) {
    if (error instanceof GuardRefusal) throw error;
    throw malformed(`undecodable message: ${(error as Error).message ?? String(error)}`);
  }
}

/** Awareness: at most a few well-formed JSON states, each small, none claiming a higher role. */
function checkAwareness(update: Uint8Array, role: Role): void {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > 8) throw malformed(`awareness update with ${count} states`);
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    if (json.length > AWARENESS_LIMITS.stateBytes) throw malformed('awareness state too large');
    const state: unknown = JSON.parse(json);
    if (state === null) continue;
    if (typeof state !== 'object' || Array.isArray(state))
      throw malformed('awareness state is not an object');
    const claimed = (state as { role?: unknown }).role;
    if (claimed !== undefined && !(ROLES as readonly unknown[]).includes(claimed)) {
      throw malformed('awareness state with an unknown role');
    }
    if (claimed === 'facilitator' && role !== 'facilitator') {
      throw new GuardRefusal(HUB_CLOSE.forbidden, 'awareness claims the facilitator role');
    }
  }
}

/**
 * Why a participant may not make this update now, or null if they may. Touching the room
 * map (or what the hub cannot place) is refused as such; otherwise the reason names every
 * locked step touched, in the `locked: …` form the client reads (lockedCloseReason), and
 * the detail says which parts, for the hub's log.
 */
function forbiddenPart(
  touched: Touched,
  locked: readonly Step[],
): { reason: string; detail?: string } | null {
  if (touched.unresolved) return { reason: 'update depends on items the hub does not hold' };
  const hit = new Set<Step>();
  const parts: string[] = [];
  for (const { root, key } of touched.parts) {
    if (root === ROOM_MAP) return { reason: 'only the facilitator may change the room state' };
    for (const step of locked) {
      const owns = STEP_OWNS[step];
      if (owns.roots.includes(root)) {
        hit.add(step);
        parts.push(root);
      } else if (root === 'meta' && key !== null && owns.metaKeys.includes(key)) {
        hit.add(step);
        parts.push(`meta.${key}`);
      }
    }
  }
  if (hit.size === 0) return null;
  const steps = STEPS.filter((step) => hit.has(step));
  return { reason: lockedCloseReason(steps), detail: `touches ${parts.join(', ')}` };
}

/**
 * Checks a document update from `role` against the current doc. Throws GuardRefusal if the
 * update is garbage or the role may not make it; returns otherwise. Viewers are read-only in
 * Hocuspocus itself (their updates are acknowledged as not applied), so only decoding is
 * checked for them.
 */
export function checkUpdate(doc: Y.Doc, update: Uint8Array, role: Role): void {
  let touched: Touched;
  try {
    touched = touchedBy(doc, update);
  } catch (error) {
    throw malformed(`undecodable update: ${(error as Error).message ?? String(error)}`);
  }
  if (role !== 'participant') return;
  const refusal = forbiddenPart(touched, lockedSteps(doc));
  if (refusal) throw new GuardRefusal(HUB_CLOSE.forbidden, refusal.reason, refusal.detail);
}
