// Persistence as a Hocuspocus extension (electron/hub/persistence.ts) with real files, and
// the file header that never trusts the doc's schema version (issue 15 item 1).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Document,
  type afterLoadDocumentPayload,
  type onLoadDocumentPayload,
} from '@hocuspocus/server';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  collection,
  decodeOffsiteFile,
  initWorkshop,
  metaMap,
  readProjects,
  SCHEMA_VERSION,
} from '../../shared/model';
import { defaultFileIO } from '../../electron/hub/file-io';
import { openWorkshop } from '../../electron/hub/open-workshop';
import { Persistence } from '../../electron/hub/persistence';
import { HUB_ORIGIN } from '../../electron/hub/voting';
import { loadWorkshopDoc, saveWorkshopDoc } from '../../electron/storage/workshop-file';

const tempDir = () => mkdtempSync(join(tmpdir(), 'offsite-persistence-'));

describe('the persistence extension', () => {
  it('loads the opened workshop as the room, and stores every change, the hub’s own too', async () => {
    const opened = await openWorkshop({ dataDir: tempDir(), io: defaultFileIO });
    const persistence = new Persistence(opened, {
      io: defaultFileIO,
      debounceMs: 60_000,
      maxDebounceMs: 60_000,
      log: () => {},
    });
    const load = (documentName: string) =>
      persistence.onLoadDocument({ documentName } as onLoadDocumentPayload);
    await expect(load('another-room')).rejects.toThrow(/no room "another-room"/);

    const document = new Document(opened.room);
    Y.applyUpdate(document, Y.encodeStateAsUpdate(await load(opened.room)));
    await persistence.afterLoadDocument({ document } as afterLoadDocumentPayload);
    // A write that comes from no client connection (as the vote counts do): Hocuspocus'
    // own onStoreDocument would never see it.
    document.transact(() => {
      const project = new Y.Map<unknown>();
      project.set('id', 'p-hub');
      project.set('title', 'Written by the hub');
      project.set('column', 'inbox');
      project.set('order', 'a0');
      collection(document, 'projects').set('p-hub', project);
    }, HUB_ORIGIN);
    await persistence.flush();
    const stored = await loadWorkshopDoc(opened.path);
    expect(readProjects(stored).map((p) => p.title)).toEqual(['Written by the hub']);
    await persistence.close();
    document.destroy();
  });
});

describe('the .offsite header', () => {
  it('takes its schema version from the code, never from the doc, so the file stays saveable', async () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { id: 'room-header' });
    // As if a peer had got it in: the policy refuses it at the hub; the saver must not care.
    metaMap(doc).set('schemaVersion', SCHEMA_VERSION + 1);
    const path = join(tempDir(), 'w.offsite');
    await saveWorkshopDoc(path, doc);
    const { header } = decodeOffsiteFile(new Uint8Array(readFileSync(path)));
    expect(header.schemaVersion).toBe(SCHEMA_VERSION);
    expect(header.id).toBe('room-header');
    // The next save replaces it: a header claiming a newer schema would be refused here.
    await expect(saveWorkshopDoc(path, doc)).resolves.toBeUndefined();
  });
});
