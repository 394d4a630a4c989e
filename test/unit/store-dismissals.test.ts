import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  collection,
  dismissFinding,
  initWorkshop,
  readDismissals,
  undismissFinding,
} from '../../shared/model';
import { dismissalList } from '../../renderer/state/selectors';
import { createWorkshopStore, type WorkshopStore } from '../../renderer/state/workshop-store';

const open: WorkshopStore[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.dispose();
});

function bound() {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: 'Acme' });
  const binding = createWorkshopStore(doc);
  open.push(binding);
  return { doc, binding, store: binding.store };
}

describe('the store binds the dismissed coach findings', () => {
  it('adds, removes and undoes dismissals, agreeing with readDismissals', () => {
    const { doc, binding, store } = bound();
    expect(dismissalList(store.getState())).toEqual([]);
    dismissFinding(doc, 'kr-is-output', 'kr1');
    expect(dismissalList(store.getState())).toEqual([{ rule: 'kr-is-output', targetId: 'kr1' }]);
    expect(dismissalList(store.getState())).toEqual(readDismissals(doc));

    binding.undoManager.stopCapturing();
    undismissFinding(doc, 'kr-is-output', 'kr1');
    expect(dismissalList(store.getState())).toEqual([]);
    binding.undoManager.stopCapturing();
    binding.undo();
    expect(dismissalList(store.getState())).toEqual([{ rule: 'kr-is-output', targetId: 'kr1' }]);
  });

  it('keeps the list identical while other records change', () => {
    const { doc, store } = bound();
    dismissFinding(doc, 'objective-generic', 'o1');
    const before = dismissalList(store.getState());
    doc.transact(() => doc.getMap('meta').set('title', 'Renamed'));
    expect(store.getState().meta.title).toBe('Renamed');
    expect(dismissalList(store.getState())).toBe(before);
  });

  it('skips a malformed dismissal written by a peer, with a problem naming it', async () => {
    const { doc, store } = bound();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const bad = new Y.Map<unknown>();
    bad.set('rule', 'NOT A RULE');
    bad.set('targetId', 'kr1');
    collection(peer, 'dismissals').set('bad', bad);
    collection(peer, 'dismissals').set('junk', 'not a record' as unknown as Y.Map<unknown>);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), 'remote');
    await Promise.resolve();
    expect(dismissalList(store.getState())).toEqual([]);
    const where = store.getState().problems.map((p) => p.where);
    expect(where).toContain('dismissals.bad.rule');
    expect(where.some((w) => w.startsWith('dismissals.junk'))).toBe(true);
  });
});
