import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  collection,
  createFocusArea,
  createProject,
  deleteProject,
  editOnePagerText,
  initWorkshop,
  LOCAL_ORIGIN,
  updateMeta,
  updateProject,
} from '../../shared/model';
import { trackDirty, type Dirty, type DirtyTracker } from '../../renderer/state/dirty-tracking';

const open: DirtyTracker[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.dispose();
});

/** A tracker on a doc, with every onChange call recorded. */
function tracked(doc: Y.Doc): { tracker: DirtyTracker; calls: boolean[] } {
  const calls: boolean[] = [];
  const tracker = trackDirty(doc, (local) => calls.push(local));
  open.push(tracker);
  return { tracker, calls };
}

const ids = (dirty: Dirty) =>
  Object.fromEntries([...dirty.records].filter(([, s]) => s.size > 0).map(([n, s]) => [n, [...s]]));

function seeded() {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: 'Acme' });
  const a = createProject(doc, { title: 'A' });
  const b = createProject(doc, { title: 'B' });
  return { doc, a, b };
}

describe('dirty tracking', () => {
  it('starts with everything dirty, then only what changed', () => {
    const { doc, a, b } = seeded();
    const { tracker } = tracked(doc);
    const first = tracker.take();
    expect(first.meta && first.texts).toBe(true);
    expect(ids(first)).toEqual({ projects: [a, b] });
    const second = tracker.take();
    expect([second.meta, second.texts, ids(second)]).toEqual([false, false, {}]);
  });

  it('names the record a field was set in, once per transaction, local or remote', () => {
    const { doc, a, b } = seeded();
    const { tracker, calls } = tracked(doc);
    tracker.take();
    updateProject(doc, a, { title: 'A2' });
    expect(calls).toEqual([true]);
    expect(ids(tracker.take())).toEqual({ projects: [a] });

    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    peer.transact(() => {
      updateProject(peer, b, { title: 'B2' });
      updateMeta(peer, { title: 'Acme 2' });
    });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), 'remote');
    expect(calls).toEqual([true, false]);
    const dirty = tracker.take();
    expect(dirty.meta).toBe(true);
    expect(ids(dirty)).toEqual({ projects: [b] });
  });

  it('names records added, deleted, and edited in a nested shared type', () => {
    const { doc, a, b } = seeded();
    const { tracker } = tracked(doc);
    tracker.take();
    const fa = createFocusArea(doc, { title: 'F' });
    deleteProject(doc, a);
    doc.transact(() => {
      const note = new Y.Text('x');
      (collection(doc, 'projects').get(b) as Y.Map<unknown>).set('note', note);
    });
    doc.transact(() => {
      const note = (collection(doc, 'projects').get(b) as Y.Map<unknown>).get('note') as Y.Text;
      note.insert(1, 'y');
    });
    expect(ids(tracker.take())).toEqual({ focusAreas: [fa], projects: [a, b] });
  });

  it('one-pager texts and meta are flags; the rest of the doc is not watched', () => {
    const { doc } = seeded();
    const { tracker, calls } = tracked(doc);
    tracker.take();
    editOnePagerText(doc, 'purpose', 0, 0, 'Why');
    const edited = tracker.take();
    expect(edited.texts).toBe(true);
    expect(ids(edited)).toEqual({});
    const before = calls.length;
    doc.transact(() => doc.getMap('room').set('follow', 'okrs'), LOCAL_ORIGIN);
    expect(calls.length).toBe(before);
    expect(ids(tracker.take())).toEqual({});
  });

  it('stops after dispose', () => {
    const { doc, a } = seeded();
    const { tracker, calls } = tracked(doc);
    tracker.dispose();
    updateProject(doc, a, { title: 'A2' });
    expect(calls).toEqual([]);
  });
});
