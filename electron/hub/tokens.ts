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
 * the token's length. `equal` is for tests, which check that the comparison really goes
 * through it with two digests (a `===` would pass every functional test).
 */
export function tokensEqual(
  a: string,
  b: string,
  equal: (x: Buffer, y: Buffer) => boolean = timingSafeEqual,
): boolean {
  return equal(digest(a), digest(b));
}

/**
 * The role a presented token grants, or null. Checks every role, whatever matches first.
 * `equal` is passed to tokensEqual (for tests).
 */
export function roleForToken(
  tokens: RoomTokens,
  presented: unknown,
  equal?: (x: Buffer, y: Buffer) => boolean,
): Role | null {
  if (typeof presented !== 'string' || presented.length === 0 || presented.length > 512)
    return null;
  const facilitator = tokensEqual(tokens.facilitator, presented, equal);
  const participant = tokensEqual(tokens.participant, presented, equal);
  const viewer = tokensEqual(tokens.viewer, presented, equal);
  return facilitator ? 'facilitator' : participant ? 'participant' : viewer ? 'viewer' : null;
}
