import type { IncomingMessage } from 'node:http';
import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { isReadOnly } from '../../shared/protocol/policy';
import {
  DEVICE_ID_PATTERN,
  DEVICE_PARAM,
  HUB_CLOSE,
  OTHER_WORKSHOP_REASON,
  REMOVED_REASON,
  WORKSHOP_PARAM,
  type Role,
} from '../../shared/protocol/room';
import { roleForToken, type RoomTokens } from './tokens';

/** What onAuthenticate leaves in a connection's context. */
export interface AuthContext {
  readonly role: Role;
  /** The device id the client sent (DEVICE_PARAM), or null if none or malformed. */
  readonly device: string | null;
}

/**
 * Why authentication failed: a wrong token (a guess), a device the facilitator removed, or
 * a device bringing its copy of another workshop that has this room's id.
 */
export type AuthFailure =
  | 'permission-denied'
  | typeof REMOVED_REASON
  | typeof OTHER_WORKSHOP_REASON;

/** Told the outcome of every authentication (admission.ts counts and limits by it). */
export interface AuthEvents {
  authenticated(request: IncomingMessage, role: Role): void;
  authFailed(request: IncomingMessage, why: AuthFailure): void;
}

/** Which devices are kept out of the room (room-control.ts holds the list). */
export interface RemovedDevices {
  isRemoved(device: string): boolean;
}

/** The device id of a connection's URL (`/collab?device=…`), or null. */
export function deviceOf(parameters: URLSearchParams | undefined): string | null {
  const device = parameters?.get(DEVICE_PARAM) ?? null;
  return device !== null && DEVICE_ID_PATTERN.test(device) ? device : null;
}

/**
 * A token → role. Hocuspocus queues every message of a socket until onAuthenticate resolves
 * and sends no document data before, so throwing here means the client got nothing but
 * `permission-denied` — or `removed`, for a right token from a device the facilitator
 * removed, or `other-workshop` for a device whose stored copy is another workshop than the
 * room's (WORKSHOP_PARAM differs from `identity()`, shared/model/identity.ts): nothing of
 * that copy reaches the room, nothing of the room reaches the copy (issue 15, item 8). A
 * role that may write nothing (the viewer) gets a read-only connection.
 */
export function authenticate(
  payload: {
    token: string;
    documentName: string;
    connectionConfig: { readOnly: boolean };
    requestParameters?: URLSearchParams;
  },
  room: string,
  tokens: () => RoomTokens,
  removed: RemovedDevices = { isRemoved: () => false },
  identity: () => string | null = () => null,
): AuthContext {
  const role = payload.documentName === room ? roleForToken(tokens(), payload.token) : null;
  // No `message`: Hocuspocus logs hook errors that have one; the hub logs its own line.
  if (!role)
    throw Object.assign(new Error(), { reason: 'permission-denied', code: HUB_CLOSE.forbidden });
  const device = deviceOf(payload.requestParameters);
  // The facilitator is never kept out: removing applies to the other roles' devices.
  if (device !== null && role !== 'facilitator' && removed.isRemoved(device))
    throw Object.assign(new Error(), { reason: REMOVED_REASON, code: HUB_CLOSE.removed });
  refuseOtherWorkshop(payload.requestParameters, identity);
  if (isReadOnly(role)) payload.connectionConfig.readOnly = true;
  return { role, device };
}

/**
 * Throws `other-workshop` if the device brings a copy (WORKSHOP_PARAM) of another workshop
 * than `identity()`, asked only when it brings one. Not for a workshop with no identity yet.
 */
export function refuseOtherWorkshop(
  parameters: URLSearchParams | undefined,
  identity: () => string | null,
): void {
  const brought = parameters?.get(WORKSHOP_PARAM) ?? null;
  const own = brought === null ? null : identity();
  if (own !== null && brought !== own)
    throw Object.assign(new Error(), { reason: OTHER_WORKSHOP_REASON, code: HUB_CLOSE.forbidden });
}

/** What a refusal thrown by authentication counts as (AuthEvents.authFailed). */
export function failureOf(error: unknown): AuthFailure {
  const reason = (error as { reason?: unknown } | null)?.reason;
  return reason === REMOVED_REASON || reason === OTHER_WORKSHOP_REASON
    ? reason
    : 'permission-denied';
}

/** Authentication as a Hocuspocus extension; `tokens` gives the current ones (they rotate). */
export function authExtension(options: {
  readonly room: string;
  readonly tokens: () => RoomTokens;
  readonly removed: RemovedDevices;
  readonly events: AuthEvents;
  /** The identity of the room's workshop (workshopIdentity of the hub's doc). */
  readonly identity?: () => string | null;
}): Extension {
  return {
    extensionName: 'offsite-auth',
    async onAuthenticate(payload: onAuthenticatePayload): Promise<AuthContext> {
      try {
        const context = authenticate(
          payload,
          options.room,
          options.tokens,
          options.removed,
          options.identity,
        );
        options.events.authenticated(payload.request, context.role);
        return context;
      } catch (error) {
        options.events.authFailed(payload.request, failureOf(error));
        throw error;
      }
    },
  };
}
