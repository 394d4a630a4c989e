// The history a device keeps for a workshop not in a room (renderer/sync/local-history-store.ts),
// on fake-indexeddb: what is stored comes back, and rows that are not points are skipped.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  loadLocalHistory,
  saveLocalHistory,
  deleteLocalHistory,
  historyDbName,
} from '../../renderer/sync/local-history-store';
import {
  createProject,
  HistoryKeeper,
  initWorkshop,
  PointChain,
  readWorkshop,
} from '../../shared/model';

describe('the history kept on the device', () => {
  it('stores a keeper’s points and gives them back, each state exact', async () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: 'Local' });
    let clock = 0;
    const keeper = new HistoryKeeper(new PointChain(await loadLocalHistory('w1')), {
      now: () => (clock += 60_000),
      persist: (points) => saveLocalHistory('w1', points),
      onError: (m) => {
        throw new Error(m);
      },
    });
    keeper.attach(doc);
    createProject(doc, { title: 'One' });
    await keeper.flush();
    createProject(doc, { title: 'Two' });
    await keeper.close();

    const points = await loadLocalHistory('w1');
    expect(points.map((p) => p.kind)).toEqual(['opened', 'edits', 'edits']);
    const chain = new PointChain(points);
    expect(readWorkshop(chain.stateAt(1)).projects.map((p) => p.title)).toEqual(['One']);
    expect(readWorkshop(chain.stateAt(2)).projects.map((p) => p.title)).toEqual(['One', 'Two']);
    expect(points[2]!.changes).toMatchObject({ edits: 1, areas: ['projects'] });
  });

  it('skips stored rows that are not points, and forgets a deleted workshop’s history', async () => {
    const open = indexedDB.open(historyDbName('w2'), 1);
    open.onupgradeneeded = () => open.result.createObjectStore('history');
    const db = await new Promise<IDBDatabase>(
      (resolve) => (open.onsuccess = () => resolve(open.result)),
    );
    const tx = db.transaction('history', 'readwrite');
    tx.objectStore('history').put([{ at: 'x' }, null, { kind: 'edits', update: 'nope' }], 'points');
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    expect(await loadLocalHistory('w2')).toEqual([]);
    await deleteLocalHistory('w1');
    expect(await loadLocalHistory('w1')).toEqual([]);
  });
});
