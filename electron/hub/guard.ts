import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { mayDo } from '../../shared/protocol/policy';
import { AWARENESS_LIMITS, HUB_CLOSE, ROLES, type Role } from '../../shared/protocol/room';

/**
 * Every message a connection sends passes here before Hocuspocus handles it. A message
 * that does not decode, or that a role may not send, is refused with a reason: the caller
 * closes only that connection and the document never sees the message. Document updates
 * go on to the policy table (update-guard.ts).
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
        if (!mayDo(role, 'broadcast'))
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
