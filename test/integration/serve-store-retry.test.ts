// A database that fails a store (restarting, unreachable) loses no edit and does not take
// the server down: the store is retried after the debounce until it succeeds, and the
// document stays loaded meanwhile.
import { Hocuspocus } from '@hocuspocus/server';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createProject, initWorkshop, readProjects } from '../../shared/model';
import type { WorkshopStore } from '../../electron/server/store/workshop-store';
import { workshopDatabase } from '../../electron/server/workshop-storage';

function flakyStore(failures: number) {
  const doc = new Y.Doc();
  initWorkshop(doc, { id: 'flaky-ws', title: 'Flaky' });
  let stored = Y.encodeStateAsUpdate(doc);
  let left = failures;
  const store = {
    state: async () => stored,
    merge: async (_id: string, update: Uint8Array) => {
      if (left-- > 0) throw new Error('connection refused');
      stored = Y.mergeUpdates([stored, update]);
    },
  } as unknown as WorkshopStore;
  return { store, stored: () => stored };
}

describe('a failed store', () => {
  it('is retried until the database takes it; nothing is lost, nothing crashes', async () => {
    const flaky = flakyStore(2);
    const logs: string[] = [];
    const hocuspocus = new Hocuspocus({
      debounce: 50,
      maxDebounce: 200,
      quiet: true,
      extensions: [workshopDatabase(flaky.store, (m) => logs.push(m))],
    });
    const direct = await hocuspocus.openDirectConnection('flaky-ws', {});
    // An edit as a client's would be: a connection origin makes Hocuspocus store it.
    await direct.transact((doc) => createProject(doc, { title: 'must be stored' }));
    await direct.disconnect();
    const deadline = Date.now() + 10_000;
    const has = () => {
      const d = new Y.Doc();
      Y.applyUpdate(d, flaky.stored());
      return readProjects(d).some((p) => p.title === 'must be stored');
    };
    while (!has() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(has()).toBe(true);
    expect(logs.filter((m) => /failed, will retry: connection refused/.test(m))).toHaveLength(2);
  });
});
