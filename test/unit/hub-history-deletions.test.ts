import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deletionsBy } from '../../electron/hub/history-deletions';
import {
  collection,
  createProject,
  deleteObjective,
  deleteProject,
  readWorkshop,
  setOnePagerText,
  updateProject,
} from '../../shared/model';
import { sampleDoc, wipe } from '../support/sample-workshop';

/** The hub's copy (a doc that never called getMap) and a peer's, in sync. */
function hubAndPeer() {
  const peer = sampleDoc();
  const hub = new Y.Doc();
  Y.applyUpdate(hub, Y.encodeStateAsUpdate(peer));
  return { hub, peer };
}

/** The update `edit` makes on the peer, and what it deletes seen from the hub before applying. */
function seen(edit: (peer: Y.Doc) => void) {
  const { hub, peer } = hubAndPeer();
  const updates: Uint8Array[] = [];
  peer.on('update', (u: Uint8Array) => updates.push(u));
  edit(peer);
  return deletionsBy(hub, Y.mergeUpdates(updates));
}

describe('what an incoming update deletes, read before it applies', () => {
  it('a wipe: every record by collection, and the one-pager texts', () => {
    expect(seen((peer) => wipe(peer))).toEqual({
      records: {
        focusAreas: 3,
        notDoing: expect.any(Number),
        metrics: expect.any(Number),
        projects: 9,
        objectives: 3,
        keyResults: 7,
        checkIns: expect.any(Number),
      },
      texts: ['purpose', 'vision', 'customers'],
    });
  });

  it('an ordinary edit deletes nothing, though it replaces a field’s value', () => {
    const id = readWorkshop(sampleDoc()).projects[0]!.id;
    expect(seen((peer) => updateProject(peer, id, { title: 'Renamed' }))).toEqual({
      records: {},
      texts: [],
    });
    expect(seen((peer) => createProject(peer, { title: 'New' }))).toEqual({
      records: {},
      texts: [],
    });
  });

  it('deleting an objective counts its key results and check-ins too', () => {
    const w = readWorkshop(sampleDoc());
    const objective = w.objectives[0]!;
    const krs = w.keyResults.filter((kr) => kr.objectiveId === objective.id).length;
    const deleted = seen((peer) => deleteObjective(peer, objective.id));
    expect(deleted.records.objectives).toBe(1);
    expect(deleted.records.keyResults).toBe(krs);
  });

  it('one card deleted is one record; a record written anew under its id is none', () => {
    const id = readWorkshop(sampleDoc()).projects[0]!.id;
    expect(seen((peer) => deleteProject(peer, id)).records).toEqual({ projects: 1 });
    expect(seen((peer) => collection(peer, 'projects').set(id, new Y.Map())).records).toEqual({});
  });

  it('a one-pager text counts when most of it goes, not for a small correction', () => {
    expect(seen((peer) => setOnePagerText(peer, 'purpose', '')).texts).toEqual(['purpose']);
    expect(seen((peer) => setOnePagerText(peer, 'purpose', 'x')).texts).toEqual(['purpose']);
    const purpose = readWorkshop(sampleDoc()).onePager.purpose;
    expect(seen((peer) => setOnePagerText(peer, 'purpose', purpose.slice(0, -3))).texts).toEqual(
      [],
    );
  });

  it('throws only for an update that does not decode', () => {
    const { hub } = hubAndPeer();
    expect(() => deletionsBy(hub, new Uint8Array([1, 2, 3]))).toThrow();
  });
});
