// The guard's reading of an update: which top-level types (and meta keys) it changes.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createProject,
  initWorkshop,
  lockStep,
  setOnePagerText,
  updateMeta,
  updateProject,
  deleteProject,
} from '../../shared/model';
import { touchedBy } from '../../electron/hub/touched';
import { roleForToken, newRoomTokens, tokensEqual } from '../../electron/hub/tokens';
import { GuardRefusal } from '../../electron/hub/guard';
import { checkUpdate } from '../../electron/hub/update-guard';

/** A hub doc and a client doc in sync; returns the client's next update. */
function pair() {
  const hub = new Y.Doc();
  initWorkshop(hub, { title: 'T' });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(hub));
  const next = (fn: (doc: Y.Doc) => void): Uint8Array => {
    const updates: Uint8Array[] = [];
    const on = (u: Uint8Array) => updates.push(u);
    client.on('update', on);
    fn(client);
    client.off('update', on);
    return Y.mergeUpdates(updates);
  };
  return { hub, client, next };
}

const roots = (t: ReturnType<typeof touchedBy>) =>
  t.parts.map((p) => `${p.root}${p.key ? `.${p.key}` : ''}`).sort();

describe('touchedBy', () => {
  it('finds a new record and the meta stamp', () => {
    const { hub, next } = pair();
    const u = next((d) => createProject(d, { title: 'x' }));
    const t = touchedBy(hub, u);
    expect(t.unresolved).toBe(false);
    expect(roots(t).filter((r) => !r.startsWith('meta'))).toHaveLength(1);
    expect(roots(t)).toContain('meta.updatedAt');
    expect(roots(t).some((r) => r.startsWith('projects.'))).toBe(true);
  });

  it('resolves nested edits, deletions and text through origins to their root', () => {
    const { hub, client, next } = pair();
    const id = createProject(client, { title: 'x' });
    Y.applyUpdate(hub, Y.encodeStateAsUpdate(client));
    const edit = touchedBy(
      hub,
      next((d) => updateProject(d, id, { title: 'y' })),
    );
    expect(roots(edit)).toContain(`projects.${id}`);
    const del = touchedBy(
      hub,
      next((d) => deleteProject(d, id)),
    );
    expect(roots(del)).toContain(`projects.${id}`);
    const text = touchedBy(
      hub,
      next((d) => setOnePagerText(d, 'purpose', 'Why we exist')),
    );
    expect(roots(text)).toContain('onePager.purpose');
    Y.applyUpdate(hub, Y.encodeStateAsUpdate(client));
    const more = touchedBy(
      hub,
      next((d) => setOnePagerText(d, 'purpose', 'Why we really exist')),
    );
    expect(more.unresolved).toBe(false);
    expect(roots(more).filter((r) => !r.startsWith('meta'))).toEqual(['onePager.purpose']);
    expect(
      roots(
        touchedBy(
          hub,
          next((d) => updateMeta(d, { title: 'New' })),
        ),
      ),
    ).toContain('meta.title');
  });

  it('flags updates that depend on items the hub lacks', () => {
    const { hub, next } = pair();
    next((d) => createProject(d, { title: 'never sent' }));
    const dependent = next((d) => createProject(d, { title: 'sent' }));
    // The second update may reference the first (origins, meta.updatedAt overwrite).
    const t = touchedBy(hub, dependent);
    expect(t.unresolved).toBe(true);
  });

  it('ignores what the hub already holds', () => {
    const { hub, client } = pair();
    createProject(client, { title: 'x' });
    Y.applyUpdate(hub, Y.encodeStateAsUpdate(client));
    expect(touchedBy(hub, Y.encodeStateAsUpdate(client)).parts).toEqual([]);
  });

  it('checkUpdate refuses a participant write to a locked step, allows the facilitator', () => {
    const { hub, next } = pair();
    lockStep(hub, 'alignment');
    const u = next((d) => createProject(d, { title: 'x' }));
    expect(() => checkUpdate(hub, u, 'participant')).toThrow(GuardRefusal);
    expect(() => checkUpdate(hub, u, 'facilitator')).not.toThrow();
    expect(() => checkUpdate(hub, new Uint8Array([1, 2, 3, 250, 251]), 'facilitator')).toThrow(
      /undecodable/,
    );
  });
});

describe('tokens', () => {
  it('grants each role only to its own token', () => {
    const t = newRoomTokens();
    expect(roleForToken(t, t.facilitator)).toBe('facilitator');
    expect(roleForToken(t, t.participant)).toBe('participant');
    expect(roleForToken(t, t.viewer)).toBe('viewer');
    expect(roleForToken(t, `${t.participant}x`)).toBeNull();
    expect(roleForToken(t, '')).toBeNull();
    expect(roleForToken(t, 42)).toBeNull();
    expect(t.participant).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(tokensEqual('a', 'a')).toBe(true);
    expect(tokensEqual('a', 'ab')).toBe(false);
  });
});
