import type { beforeHandleMessagePayload, Connection, Extension } from '@hocuspocus/server';
import { HUB_CLOSE } from '../../shared/protocol/room';
import type { Admission } from './admission';
import type { AuthContext } from './auth';
import { GuardRefusal, parseMessage } from './guard';
import { checkUpdate } from './update-guard';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The policy, enforced: every message of every connection is decoded (guard.ts) and every
 * document update checked against the policy table (update-guard.ts) before Hocuspocus
 * handles it. A refused message closes its connection (through admission) and is never
 * applied; the document and every other connection carry on.
 */
export function policyGuard(options: {
  /** The hub's one room; a server of many workshops leaves it out (each message's document). */
  room?: string;
  admission: Admission;
}): Extension {
  const { room, admission } = options;
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
      if (message.update) checkUpdate(payload.document, message.update, role);
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
      tails.set(payload.connection, result.then(nextTurn));
      return result;
    },
  };
}
