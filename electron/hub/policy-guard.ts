import type { IncomingMessage } from 'node:http';
import type { beforeHandleMessagePayload, Connection, Extension } from '@hocuspocus/server';
import { isReadOnly } from '../../shared/protocol/policy';
import { HUB_CLOSE } from '../../shared/protocol/room';
import type { Admission } from './admission';
import type { AuthContext } from './auth';
import type { GrowthGuard } from './growth';
import { GuardRefusal, parseMessage } from './guard';
import { newStructCount } from './update-census';
import { checkUpdate } from './update-guard';
import { ITEM_COST } from './update-limits';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The policy, enforced: every message of every connection is decoded (guard.ts) and every
 * document update checked against the policy table and the field limits (update-guard.ts),
 * then against the workshop's size cap and the sender's growth budget (growth.ts), before
 * Hocuspocus handles it. A refused message closes its connection (through admission) and
 * is never applied; the document and every other connection carry on.
 */
export function policyGuard(options: {
  /** The hub's one room; a server of many workshops leaves it out (each message's document). */
  room?: string;
  admission: Admission;
  /** The size cap and growth budget; none: unbounded (as before issue 15). */
  growth?: GrowthGuard;
  /** Hold peers' text to the UI's limits (default true). */
  checkFields?: boolean;
  /** Whose budget an update counts against (behind a proxy: the forwarded address). */
  addressOf?: (request: IncomingMessage) => string;
}): Extension {
  const { room, admission, growth, checkFields, addressOf } = options;
  const tails = new WeakMap<Connection, Promise<void>>();

  /** Checks one message; a refused one closes its socket and never settles (never applied). */
  const check = (payload: beforeHandleMessagePayload): Promise<void> => {
    const { connection } = payload;
    const role = (payload.context as Partial<AuthContext>).role;
    try {
      if (admission.isRefused(connection.webSocket))
        throw new GuardRefusal(HUB_CLOSE.forbidden, 'connection already refused');
      if (!role) throw new GuardRefusal(HUB_CLOSE.forbidden, 'not authenticated');
      const message = parseMessage(payload.update, room ?? payload.documentName, role);
      if (message.update) {
        const address =
          addressOf?.(connection.request) ?? connection.request.socket.remoteAddress ?? 'unknown';
        // What it certainly costs, counted without decoding it: an update that cannot fit
        // is refused before it makes thousands of objects (update-census.ts).
        if (growth && !isReadOnly(role))
          growth.precheck(
            address,
            ITEM_COST * newStructCount(payload.document, message.update),
            payload.document,
          );
        const cost = checkUpdate(payload.document, message.update, role, { checkFields });
        growth?.admit(address, cost, payload.document);
      }
      return Promise.resolve();
    } catch (error) {
      const refusal =
        error instanceof GuardRefusal
          ? error
          : new GuardRefusal(HUB_CLOSE.malformed, (error as Error).message);
      admission.refuse(connection, refusal.code, refusal.reason, refusal.detail);
      // Never settles: Hocuspocus neither applies this message nor logs a stack trace for
      // it; the socket is closing and its close handler cleans the connection up.
      return new Promise<never>(() => {});
    }
  };

  return {
    extensionName: 'offsite-policy-guard',
    beforeHandleMessage(payload: beforeHandleMessagePayload): Promise<void> {
      // ws can emit several messages of one socket in one tick, and Hocuspocus applies each
      // only after its hook resolves: checking message i+1 before message i is applied would
      // miss the items i brings. So each message is checked after the previous one of its
      // connection has been applied (its hook resolved, then one turn of the event loop).
      const start = tails.get(payload.connection) ?? Promise.resolve();
      const result = start.then(() => check(payload));
      const applied = result.then(nextTurn);
      tails.set(payload.connection, applied);
      // Checked and applied: a catch-up frees the lane for the next one (inflow.ts).
      const bytes = payload.update.length;
      void applied.then(() => admission.handled(payload.connection.request, bytes));
      return result;
    },
  };
}
