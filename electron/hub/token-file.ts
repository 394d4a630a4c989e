import { access, readFile } from 'node:fs/promises';
import { writeFileAtomic, type AtomicFileOps } from '../storage/atomic-write';
import { DEVICE_ID_PATTERN, TOKEN_PATTERN } from '../../shared/protocol/room';
import { newRoomTokens, type RoomTokens } from './tokens';

/**
 * The tokens kept beside the room's workshop file (`<file>.tokens.json`, readable by its
 * owner only), so a restarted hub accepts the links people already have: a hub restart is
 * survived like a Wi-Fi drop. Rotating replaces the file. A missing or unreadable file
 * gives new tokens; the tokens are never written into the workshop itself. The devices the
 * facilitator removed are kept there too (`removedDevices`): they belong to these tokens,
 * and a restart must not let a removed device back in.
 */
export function tokensFileFor(workshopPath: string): string {
  return `${workshopPath}.tokens.json`;
}

export function parseStoredTokens(text: string): RoomTokens | null {
  try {
    const data = JSON.parse(text) as Partial<Record<keyof RoomTokens, unknown>>;
    const valid = (t: unknown): t is string => typeof t === 'string' && TOKEN_PATTERN.test(t);
    if (!valid(data.facilitator) || !valid(data.participant) || !valid(data.viewer)) return null;
    return { facilitator: data.facilitator, participant: data.participant, viewer: data.viewer };
  } catch {
    return null;
  }
}

/** The tokens stored at `path`, or null if there are none (or they are unreadable). */
export async function loadTokens(path: string): Promise<RoomTokens | null> {
  try {
    return parseStoredTokens(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
}

/** The removed devices stored with the tokens in `text` (none if unreadable). */
export function parseRemovedDevices(text: string): string[] {
  try {
    const data = JSON.parse(text) as { removedDevices?: unknown } | null;
    const list = Array.isArray(data?.removedDevices) ? data.removedDevices : [];
    return list.filter((d): d is string => typeof d === 'string' && DEVICE_ID_PATTERN.test(d));
  } catch {
    return [];
  }
}

/**
 * The tokens and the removed devices as stored: in the tokens file, and in a server's
 * `tokens` column (electron/server/store), so both keep a removal as long as the tokens.
 */
export function encodeStoredTokens(
  tokens: RoomTokens,
  removedDevices: readonly string[] = [],
): string {
  const { facilitator, participant, viewer } = tokens;
  const kept = { facilitator, participant, viewer };
  return JSON.stringify(removedDevices.length > 0 ? { ...kept, removedDevices } : kept);
}

/** The removed devices stored beside the tokens at `path` (none if unreadable). */
export async function loadRemovedDevices(path: string): Promise<string[]> {
  try {
    return parseRemovedDevices(await readFile(path, 'utf8'));
  } catch {
    return [];
  }
}

/**
 * Stores the tokens for the owner only (0600 from the moment the file exists, never a
 * chmod after the write); a failure is logged, never fatal (links just change on restart).
 * `ops` is for tests.
 */
export async function storeTokens(
  path: string,
  tokens: RoomTokens,
  log: (m: string) => void,
  removedDevices: readonly string[] = [],
  ops?: AtomicFileOps,
): Promise<void> {
  try {
    await writeFileAtomic(path, `${encodeStoredTokens(tokens, removedDevices)}\n`, {
      mode: 0o600,
      ops,
    });
  } catch (error) {
    log(`could not keep the room's links in ${path}: ${(error as Error).message}`);
  }
}

/**
 * The room's tokens: those kept at `path` if any, else new ones, stored there for the next
 * start. With no path (a room that is never restarted) they are new and kept in memory.
 */
export async function keptTokens(
  path: string | null,
  log: (m: string) => void,
): Promise<RoomTokens> {
  const kept = path ? await loadTokens(path) : null;
  // A file that is there but unreadable is replaced: say so, since the links change.
  if (path && kept === null && (await fileExists(path)))
    log(`${path} holds no readable tokens (malformed): new links for this room`);
  const tokens = kept ?? newRoomTokens();
  // Removed devices stay removed across a restart, as long as the tokens are the same.
  if (path) await storeTokens(path, tokens, log, kept ? await loadRemovedDevices(path) : []);
  return tokens;
}

const fileExists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );
