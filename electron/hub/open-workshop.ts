import { randomBytes } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type * as Y from 'yjs';
import { initWorkshop, metaMap } from '../../shared/model';
import { isRoomId } from '../../shared/protocol/room';
import type { WorkshopFileIO } from './file-io';
import { lastRoomFile, readLastRoom } from './last-room';

/** The hub cannot start; `message` says what and where, for a person to read. */
export class HubStartError extends Error {
  override readonly name = 'HubStartError';
}

export interface OpenedWorkshop {
  readonly doc: Y.Doc;
  readonly path: string;
  readonly room: string;
  readonly created: boolean;
  /**
   * An interchange JSON the room was opened from: stored back on every save too, so FILE
   * always shows the room's latest state, while `path` (.offsite) keeps the edit history.
   */
  readonly mirror?: string;
  /** Said once at start when worth knowing (e.g. continuing from the .offsite beside FILE). */
  readonly notice?: string;
  /** With a data folder: the folder, and the port its last room listened on (0: none). */
  readonly dataDir?: { readonly dir: string; readonly lastPort: number };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * The file a room opened from `workshopPath` is stored to: the file itself, or for
 * interchange JSON the `.offsite` beside it (see openWorkshop).
 */
export function roomFileFor(workshopPath: string): string {
  const path = resolve(workshopPath);
  const ext = extname(path);
  return ext.toLowerCase() === '.json' ? path.slice(0, -ext.length) + '.offsite' : path;
}

function newRoomId(): string {
  return randomBytes(5).toString('hex');
}

/**
 * Opens the room's workshop: FILE if given (JSON or .offsite), or a new `<dataDir>/<room>.offsite`.
 * A file that cannot be read is an error, never an empty workshop that the first debounced
 * save would write over it (Hocuspocus #382). The room id is the workshop's id when it is a
 * valid room id, so a restarted hub serves the same room and clients reconnect to it.
 */
export async function openWorkshop(options: {
  workshopPath?: string;
  dataDir?: string;
  io: WorkshopFileIO;
}): Promise<OpenedWorkshop> {
  if (options.workshopPath) {
    const path = resolve(options.workshopPath);
    let doc: Y.Doc;
    try {
      doc = await options.io.load(path);
    } catch (error) {
      throw new HubStartError(
        `cannot open workshop ${path}: ${(error as Error).message ?? String(error)}`,
      );
    }
    const id: unknown = metaMap(doc).get('id');
    const room = typeof id === 'string' && isRoomId(id) ? id : newRoomId();
    // Interchange JSON carries no Yjs history: stored back as JSON and reloaded after a
    // restart, it would come back as new Yjs items, and the copies the clients keep would
    // merge with it by last-writer-wins per record instead of field by field. So the room
    // is stored next to it, as .offsite, and the JSON is left as it was.
    const target = roomFileFor(path);
    if (target === path) return { doc, path, room, created: false };
    if (await exists(target)) {
      // A room opened from this JSON before: carry on from its history if it is the same
      // workshop, so a restarted hub (same command line) merges cleanly with the copies
      // the clients kept. Anything else beside it is never overwritten.
      let previous: Y.Doc;
      try {
        previous = await options.io.load(target);
      } catch (error) {
        doc.destroy();
        throw new HubStartError(
          `${target} exists but cannot be read (${(error as Error).message}); move it away to start from ${path}`,
        );
      }
      if (metaMap(previous).get('id') !== id) {
        doc.destroy();
        previous.destroy();
        throw new HubStartError(
          `${target} holds another workshop; move it away to open ${path} as a room`,
        );
      }
      doc.destroy();
      return {
        doc: previous,
        path: target,
        room,
        created: false,
        mirror: path,
        notice: `continuing the room stored in ${target} (its edit history); ${path} is kept up to date`,
      };
    }
    try {
      await options.io.save(target, doc);
    } catch (error) {
      throw new HubStartError(`cannot create ${target}: ${(error as Error).message}`);
    }
    return { doc, path: target, room, created: true, mirror: path };
  }
  const dir = resolve(options.dataDir ?? process.cwd());
  try {
    await mkdir(dir, { recursive: true });
    if (!(await stat(dir)).isDirectory()) throw new Error('not a directory');
  } catch (error) {
    throw new HubStartError(`cannot use data directory ${dir}: ${(error as Error).message}`);
  }
  // The same command again resumes the folder's last room: same room, same links.
  const read = await readLastRoom(dir);
  const last = read === 'unreadable' ? null : read;
  if (last) {
    const path = join(dir, `${last.room}.offsite`);
    if (await exists(path)) {
      let doc: Y.Doc;
      try {
        doc = await options.io.load(path);
      } catch (error) {
        throw new HubStartError(
          `cannot resume the last room of ${dir}: ${path}: ${(error as Error).message}; move it away to start a new room`,
        );
      }
      return {
        doc,
        path,
        room: last.room,
        created: false,
        dataDir: { dir, lastPort: last.port },
        notice: `resuming the last room in ${dir} (${path}): the same room and links`,
      };
    }
  }
  const room = newRoomId();
  const path = join(dir, `${room}.offsite`);
  const { Doc } = await import('yjs');
  const doc = new Doc();
  initWorkshop(doc, { id: room });
  try {
    await options.io.save(path, doc);
  } catch (error) {
    throw new HubStartError(`cannot create workshop ${path}: ${(error as Error).message}`);
  }
  return {
    doc,
    path,
    room,
    created: true,
    dataDir: { dir, lastPort: 0 },
    notice: last
      ? `the last room of ${dir} (${last.room}) is gone: starting a new room ${room} there`
      : read === 'unreadable'
        ? `${lastRoomFile(dir)} is not a last-room note (malformed): starting a new room ${room} in ${dir}; the other rooms' .offsite files there are kept`
        : `starting a new room ${room} in ${dir}`,
  };
}
