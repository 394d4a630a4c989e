import type { IncomingMessage } from 'node:http';
import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { isReadOnly } from '../../shared/protocol/policy';
import { HUB_CLOSE, type Role } from '../../shared/protocol/room';
import { roleForToken, type RoomTokens } from './tokens';

/** What onAuthenticate leaves in a connection's context. */
export interface AuthContext {
  readonly role: Role;
}

/** Told the outcome of every authentication (admission.ts counts and limits by it). */
export interface AuthEvents {
  authenticated(request: IncomingMessage, role: Role): void;
  authFailed(request: IncomingMessage): void;
}

/**
 * A token → role. Hocuspocus queues every message of a socket until onAuthenticate resolves
 * and sends no document data before, so throwing here means the client got nothing but
 * `permission-denied`. A role that may write nothing (the viewer) gets a read-only
 * connection.
 */
export function authenticate(
  payload: { token: string; documentName: string; connectionConfig: { readOnly: boolean } },
  room: string,
  tokens: () => RoomTokens,
): AuthContext {
  const role = payload.documentName === room ? roleForToken(tokens(), payload.token) : null;
  // No `message`: Hocuspocus logs hook errors that have one; the hub logs its own line.
  if (!role)
    throw Object.assign(new Error(), { reason: 'permission-denied', code: HUB_CLOSE.forbidden });
  if (isReadOnly(role)) payload.connectionConfig.readOnly = true;
  return { role };
}

/** Authentication as a Hocuspocus extension; `tokens` gives the current ones (they rotate). */
export function authExtension(options: {
  readonly room: string;
  readonly tokens: () => RoomTokens;
  readonly events: AuthEvents;
}): Extension {
  return {
    extensionName: 'offsite-auth',
    async onAuthenticate(payload: onAuthenticatePayload): Promise<AuthContext> {
      try {
        const context = authenticate(payload, options.room, options.tokens);
        options.events.authenticated(payload.request, context.role);
        return context;
      } catch (error) {
        options.events.authFailed(payload.request);
        throw error;
      }
    },
  };
}
