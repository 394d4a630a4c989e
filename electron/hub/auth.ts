import { HUB_CLOSE, type Role } from '../../shared/protocol/room';
import { roleForToken, type RoomTokens } from './tokens';

/** What onAuthenticate leaves in a connection's context. */
export interface AuthContext {
  readonly role: Role;
}

/**
 * The Hocuspocus onAuthenticate hook. Hocuspocus queues every message of a socket until this
 * resolves and sends no document data before, so throwing here means the client got
 * nothing but `permission-denied`. A viewer gets a read-only connection.
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
  if (role === 'viewer') payload.connectionConfig.readOnly = true;
  return { role };
}
