import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '../../shared/protocol/room';

/** The three tokens of a room. Only `participant` and `viewer` ever appear in a link. */
export interface RoomTokens {
  readonly facilitator: string;
  readonly participant: string;
  readonly viewer: string;
}

/** A fresh random token: 192 bits, base64url (32 characters). */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function newRoomTokens(): RoomTokens {
  return { facilitator: newToken(), participant: newToken(), viewer: newToken() };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Constant-time comparison. Both sides are hashed first so the buffers always have the same
 * length: timingSafeEqual throws on unequal lengths, and an early length check would leak
 * the token's length.
 */
export function tokensEqual(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

/** The role a presented token grants, or null. Checks every role, whatever matches first. */
export function roleForToken(tokens: RoomTokens, presented: unknown): Role | null {
  if (typeof presented !== 'string' || presented.length === 0 || presented.length > 512)
    return null;
  const facilitator = tokensEqual(tokens.facilitator, presented);
  const participant = tokensEqual(tokens.participant, presented);
  const viewer = tokensEqual(tokens.viewer, presented);
  return facilitator ? 'facilitator' : participant ? 'participant' : viewer ? 'viewer' : null;
}

/**
 * The tokens kept beside the room's workshop file (`<file>.tokens.json`, readable by its
 * owner only), so a restarted hub accepts the links people already have: a hub restart is
 * survived like a Wi-Fi drop. Rotating replaces the file. A missing or unreadable file
 * gives new tokens; the tokens are never written into the workshop itself.
 */
export function tokensFileFor(workshopPath: string): string {
  return `${workshopPath}.tokens.json`;
}

export function parseStoredTokens(text: string): RoomTokens | null {
  try {
    const data = JSON.parse(text) as Partial<Record<keyof RoomTokens, unknown>>;
    const valid = (t: unknown): t is string =>
      typeof t === 'string' && /^[A-Za-z0-9_-]{22,128}$/.test(t);
    if (!valid(data.facilitator) || !valid(data.participant) || !valid(data.viewer)) return null;
    return { facilitator: data.facilitator, participant: data.participant, viewer: data.viewer };
  } catch {
    return null;
  }
}
