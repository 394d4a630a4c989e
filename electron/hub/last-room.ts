import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isRoomId } from '../../shared/protocol/room';
import { writeFileAtomic } from '../storage/atomic-write';

/**
 * The room a data folder served last, so that running the same `offsite hub --data DIR`
 * again resumes it (same room, same links, the same port when it is free) instead of
 * starting a new, empty one. Kept in `DIR/last-room.json`; the workshop itself is
 * `DIR/<room>.offsite` and its links' tokens are beside it (token-file.ts).
 */
export interface LastRoom {
  readonly room: string;
  /** The port it listened on; 0 if unknown. */
  readonly port: number;
}

const FILE = 'last-room.json';

export const lastRoomFile = (dir: string) => join(dir, FILE);

/**
 * The last room of `dir`; null when there is none; 'unreadable' when the note is there but
 * is not one (a new room then, and the hub says why rather than seeming to forget the room).
 */
export async function readLastRoom(dir: string): Promise<LastRoom | null | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(lastRoomFile(dir), 'utf8');
  } catch {
    return null;
  }
  try {
    const value = JSON.parse(text) as { room?: unknown; port?: unknown };
    if (typeof value.room !== 'string' || !isRoomId(value.room)) return 'unreadable';
    const port =
      typeof value.port === 'number' && Number.isInteger(value.port) && value.port > 0
        ? Math.min(value.port, 65535)
        : 0;
    return { room: value.room, port };
  } catch {
    return 'unreadable';
  }
}

/** Notes `room` on `port` as `dir`'s last room (written whole, so a crash leaves the old note). */
export async function rememberLastRoom(dir: string, last: LastRoom): Promise<void> {
  await writeFileAtomic(lastRoomFile(dir), `${JSON.stringify(last)}\n`);
}
