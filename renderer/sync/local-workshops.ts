import * as Y from 'yjs';
import {
  initWorkshop,
  isEmptyWorkshop,
  metaMap,
  migrate,
  newId,
  readMeta,
  renewWorkshopIdentity,
  SYSTEM_ORIGIN,
} from '../../shared/model';
import { fixedT } from '../../shared/i18n';
import { importWorkshopJson, type WorkshopJson } from '../../shared/model/interchange';
import { createWorkshopStore, type WorkshopStore } from '../state/workshop-store';
import { persistLocally } from './local-persistence';
import { bindRegistry } from './registry-binding';
import {
  getWorkshopEntry,
  listWorkshops,
  putWorkshopEntry,
  type WorkshopEntry,
} from './workshop-registry';

/** An open local workshop: its doc, kept in IndexedDB, and the store bound to it. */
export interface WorkshopSession {
  readonly id: string;
  readonly doc: Y.Doc;
  readonly binding: WorkshopStore;
  /** Stops the store, the registry binding and persistence (stored data stays). */
  close(): Promise<void>;
}

/**
 * Opens a local workshop. The seeding rule of docs/ARCHITECTURE.md: default content is written
 * only after local storage has synced, and only into a doc that is still empty. A doc made
 * by a newer Offsite is closed untouched (migrate throws NewerSchemaError).
 */
export async function openLocalWorkshop(id: string): Promise<WorkshopSession> {
  const doc = new Y.Doc();
  const persistence = persistLocally(id, doc);
  try {
    await persistence.synced;
    if (isEmptyWorkshop(doc)) initWorkshop(doc, { id });
    else migrate(doc);
  } catch (error) {
    await persistence.destroy();
    doc.destroy();
    throw error;
  }
  const stopRegistry = bindRegistry(id, doc);
  const binding = createWorkshopStore(doc);
  return {
    id,
    doc,
    binding,
    close: async () => {
      binding.dispose();
      stopRegistry();
      await persistence.destroy();
      doc.destroy();
    },
  };
}

/** Stores a filled doc as a new local workshop under `id` and lists it. */
async function storeAsLocalWorkshop(id: string, doc: Y.Doc): Promise<string> {
  const persistence = persistLocally(id, doc);
  await persistence.synced;
  await persistence.destroy();
  const meta = readMeta(doc);
  await putWorkshopEntry({
    id,
    title: meta.title,
    cycle: meta.cycle,
    updatedAt: meta.updatedAt || Date.now(),
    ...(meta.previousCycle ? { previousCycleId: meta.previousCycle.id } : {}),
  });
  return id;
}

/** Creates a new, seeded local workshop; resolves its id. */
export async function createLocalWorkshop(
  init: { title?: string; cycle?: string; language?: string } = {},
): Promise<string> {
  const id = newId();
  const doc = new Y.Doc();
  initWorkshop(doc, { id, ...init });
  return storeAsLocalWorkshop(id, doc);
}

/**
 * Makes a new local workshop of a filled doc. The doc keeps its workshop id (and, from a
 * `.offsite` file, its identity: the same history) unless a copy is asked for or that id is
 * already taken here: then it becomes a new workshop, with a new id and a new identity, so
 * two local workshops never share one database, nothing stored is merged over, and the copy
 * never merges into a room of the original (shared/model/identity.ts). A copy whose title
 * another local workshop has is titled "… (copy)", to tell them apart on the home screen.
 */
async function adopt(doc: Y.Doc, options: { copy?: boolean }): Promise<string> {
  migrate(doc);
  const meta = readMeta(doc);
  const taken = meta.id === '' || (await getWorkshopEntry(meta.id)) !== undefined;
  if (!options.copy && !taken) return storeAsLocalWorkshop(meta.id, doc);
  const sameTitle = (await listWorkshops()).some((e) => e.title === meta.title);
  const id = renewWorkshopIdentity(doc);
  doc.transact(() => {
    const map = metaMap(doc);
    // In the workshop's own language: the title is the room's text, not this screen's.
    if (sameTitle)
      map.set(
        'title',
        fixedT(meta.language)('home.copyTitle', { title: meta.title }).slice(0, 500),
      );
    map.set('updatedAt', Date.now());
  }, SYSTEM_ORIGIN);
  return storeAsLocalWorkshop(id, doc);
}

/** A new local workshop from a Yjs state (an opened `.offsite` file). Throws NewerSchemaError for a newer file. */
export async function addWorkshopFromUpdate(
  update: Uint8Array,
  options: { copy?: boolean } = {},
): Promise<string> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update, SYSTEM_ORIGIN);
  return adopt(doc, options);
}

/**
 * A new local workshop from validated interchange JSON: the file's workshop id, a new
 * identity (importWorkshopJson). `copy`: a new workshop, with a new id too.
 */
export async function importLocalWorkshop(
  data: WorkshopJson,
  options: { copy?: boolean } = {},
): Promise<string> {
  const doc = new Y.Doc();
  importWorkshopJson(doc, data);
  return adopt(doc, options);
}

/**
 * The workshop on this device that a file is (the same workshop id), if any: opening the
 * file asks whether to open that one or import the file as a new workshop.
 */
export async function localWorkshopOf(
  file: { kind: 'offsite'; update: Uint8Array } | { kind: 'json'; data: WorkshopJson },
): Promise<WorkshopEntry | undefined> {
  let id: string;
  if (file.kind === 'json') id = file.data.id;
  else {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, file.update, SYSTEM_ORIGIN);
    const value: unknown = metaMap(doc).get('id');
    doc.destroy();
    if (typeof value !== 'string') return undefined;
    id = value;
  }
  return id === '' ? undefined : getWorkshopEntry(id);
}

/** Reads a local workshop's whole Yjs state without opening it for editing. */
export async function localWorkshopState(id: string): Promise<Uint8Array> {
  const doc = new Y.Doc();
  const persistence = persistLocally(id, doc);
  await persistence.synced;
  const update = Y.encodeStateAsUpdate(doc);
  await persistence.destroy();
  doc.destroy();
  return update;
}

/** Copies a local workshop into a new one titled "… (copy)"; resolves the new id. */
export async function duplicateLocalWorkshop(id: string): Promise<string> {
  return addWorkshopFromUpdate(await localWorkshopState(id), { copy: true });
}
