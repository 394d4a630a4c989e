import type { Extension, Hocuspocus, onAuthenticatePayload } from '@hocuspocus/server';
import { HUB_CLOSE, isRoomId, REMOVED_REASON } from '../../shared/protocol/room';
import { authenticate, type AuthContext, type AuthEvents, type RemovedDevices } from '../hub/auth';
import type { WorkshopStore } from './store/workshop-store';

function refusal(reason: string): Error {
  // No `message`: Hocuspocus logs hook errors that have one; admission logs its own line.
  return Object.assign(new Error(), { reason, code: HUB_CLOSE.forbidden });
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
  /** The devices the facilitator removed from a workshop open on this process. */
  readonly removed: (workshop: string) => RemovedDevices | undefined;
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
          options.removed(name),
        );
        options.events.authenticated(payload.request, context.role);
        return context;
      } catch (error) {
        const why = (error as { reason?: unknown }).reason === REMOVED_REASON;
        options.events.authFailed(payload.request, why ? REMOVED_REASON : 'permission-denied');
        throw error;
      }
    },
  };
}
