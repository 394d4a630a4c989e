import type { Extension, Hocuspocus, onAuthenticatePayload } from '@hocuspocus/server';
import { workshopIdentity } from '../../shared/model';
import { HUB_CLOSE, isRoomId, WORKSHOP_PARAM } from '../../shared/protocol/room';
import {
  authenticate,
  failureOf,
  refuseOtherWorkshop,
  type AuthContext,
  type AuthEvents,
  type RemovedDevices,
} from '../hub/auth';
import type { WorkshopRecord, WorkshopStore } from './store/workshop-store';
import { readWorkshopDoc } from './workshop-doc';

function refusal(reason: string): Error {
  // No `message`: Hocuspocus logs hook errors that have one; admission logs its own line.
  return Object.assign(new Error(), { reason, code: HUB_CLOSE.forbidden });
}

/**
 * The identity of the workshop `name` (shared/model/identity.ts): from its live document on
 * this process, else from its stored state (Hocuspocus loads the document only after
 * authentication). Null if it has no state yet.
 */
async function identityOf(
  name: string,
  options: { readonly store: WorkshopStore; readonly instance: () => Hocuspocus },
): Promise<string | null> {
  const live = (id: string) => options.instance().documents.get(id);
  return readWorkshopDoc(name, options.store, live, workshopIdentity);
}

/**
 * Authentication for a server of many workshops: the document a client asks for must be a
 * workshop in the store, not archived, and the token one of *its* tokens (hub/auth.ts
 * decides the role, as in the laptop room). The tokens are read from the store at every
 * connection, so a workshop created or rotated by another process is known at once.
 *
 * Across workshops (a team aligning to the company's objectives) reading goes through
 * aligned-api.ts, not here: a token of a workshop whose record names P as its parent
 * (`parent`, set by the admin) reads P's objective ids and titles over HTTP, and never
 * opens P's document, so it can neither write to P nor see the rest of it.
 */
export function workshopAuth(options: {
  readonly store: WorkshopStore;
  readonly events: AuthEvents;
  readonly instance: () => Hocuspocus;
  /** Connections one workshop may have on this process. */
  readonly maxConnectionsPerWorkshop: number;
  /** The devices the facilitator removed from a workshop (workshop-rooms.ts). */
  readonly removed: (record: WorkshopRecord) => RemovedDevices;
}): Extension {
  return {
    extensionName: 'offsite-workshop-auth',
    async onAuthenticate(payload: onAuthenticatePayload): Promise<AuthContext> {
      try {
        const name = payload.documentName;
        const record = isRoomId(name) ? await options.store.get(name) : null;
        if (!record || record.archived) throw refusal('permission-denied');
        const open = options.instance().documents.get(name)?.getConnectionsCount() ?? 0;
        if (open >= options.maxConnectionsPerWorkshop) throw refusal('workshop full');
        const context = authenticate(
          payload,
          record.id,
          () => record.tokens,
          options.removed(record),
        );
        // Once the token is known good: the room's identity may mean decoding its state.
        // Only asked of a device that brings a copy (issue 15 item 8, hub/auth.ts).
        const parameters = payload.requestParameters;
        const own = parameters?.has(WORKSHOP_PARAM) ? await identityOf(name, options) : null;
        refuseOtherWorkshop(parameters, () => own);
        options.events.authenticated(payload.request, context.role);
        return context;
      } catch (error) {
        options.events.authFailed(payload.request, failureOf(error));
        throw error;
      }
    },
  };
}
