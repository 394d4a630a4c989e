import { createHash, randomBytes } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import * as Y from 'yjs';
import { initWorkshop, metaMap, readMeta } from '../../shared/model';
import { isRoomId } from '../../shared/protocol/room';
import {
  docFromLoadedWorkshop,
  encodeWorkshopFile,
  parseWorkshopBytes,
  readWorkshopBytes,
} from '../storage/workshop-file';
import { newRoomTokens } from '../hub/tokens';
import type { WorkshopRecord, WorkshopStore } from './store/workshop-store';

/** What adding a workshop did: `added` false means one with that id was there already. */
export interface Added {
  readonly id: string;
  readonly title: string;
  readonly added: boolean;
}

/**
 * The room of an imported workshop: its id when that is a valid room id, else one derived
 * from the id (so importing the same workshop again finds it), else a new one.
 */
export function roomForWorkshop(doc: Y.Doc): string {
  const id: unknown = metaMap(doc).get('id');
  if (typeof id === 'string' && isRoomId(id)) return id;
  if (typeof id === 'string' && id !== '')
    return `w-${createHash('sha256').update(id).digest('hex').slice(0, 24)}`;
  return randomBytes(8).toString('hex');
}

async function addDoc(store: WorkshopStore, doc: Y.Doc): Promise<Added> {
  const id = roomForWorkshop(doc);
  const title = readMeta(doc).title;
  const added = await store.add({ id, title, tokens: newRoomTokens() }, Y.encodeStateAsUpdate(doc));
  return { id, title, added };
}

/** A new, empty workshop. */
export async function createWorkshop(store: WorkshopStore, title: string): Promise<Added> {
  const doc = new Y.Doc();
  initWorkshop(doc, { id: randomBytes(8).toString('hex'), title });
  try {
    return await addDoc(store, doc);
  } finally {
    doc.destroy();
  }
}

/**
 * Adds a workshop from the bytes of a `.offsite` file or interchange JSON (validated and
 * migrated as any file the app opens); once: the same workshop again is left as it is.
 * @throws WorkshopFileError naming `name` and every problem
 */
export async function importWorkshopBytes(
  store: WorkshopStore,
  name: string,
  bytes: Uint8Array,
): Promise<Added> {
  const doc = docFromLoadedWorkshop(name, parseWorkshopBytes(name, bytes));
  try {
    return await addDoc(store, doc);
  } finally {
    doc.destroy();
  }
}

const IMPORTABLE = new Set(['.offsite', '.json']);

/** The workshop files `--import PATH` names: PATH itself, or every .offsite/.json in it. */
export async function importableFiles(path: string): Promise<string[]> {
  const full = resolve(path);
  // A missing path would surface as Node's raw "ENOENT: …, stat" line; say it as the other
  // commands do, naming the path given.
  const info = await stat(full).catch(() => null);
  if (info === null) throw new Error(`${path}: no such file or folder`);
  if (!info.isDirectory()) return [full];
  return (await readdir(full))
    .filter((name) => IMPORTABLE.has(extname(name).toLowerCase()))
    .sort()
    .map((name) => join(full, name));
}

/** Imports every file `paths` name (see importableFiles). Throws on the first bad file. */
export async function importPaths(
  store: WorkshopStore,
  paths: readonly string[],
  log: (message: string) => void,
): Promise<Added[]> {
  const results: Added[] = [];
  for (const path of paths) {
    for (const file of await importableFiles(path)) {
      const result = await importWorkshopBytes(store, file, await readWorkshopBytes(file));
      log(
        result.added
          ? `imported ${file} as workshop ${result.id}`
          : `${file}: workshop ${result.id} is already on this server, kept as it is`,
      );
      results.push(result);
    }
  }
  return results;
}

/**
 * A workshop as `.offsite` bytes: the stored state, merged with `live` (this process's
 * copy, if it has the workshop open), so an export holds edits not stored yet.
 */
export async function exportWorkshop(
  store: WorkshopStore,
  record: WorkshopRecord,
  live: Y.Doc | null,
): Promise<Uint8Array> {
  const stored = await store.state(record.id);
  if (!stored) throw new Error(`no workshop ${record.id}`);
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, stored);
    if (live) Y.applyUpdate(doc, Y.encodeStateAsUpdate(live));
    return encodeWorkshopFile(doc);
  } finally {
    doc.destroy();
  }
}
