// The policy table applied to document updates (electron/hub/update-guard.ts): which
// refusal, with which close reason, for which role — as plain functions, no hub.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initWorkshop, lockStep, metaMap, setAgreed } from '../../shared/model';
import { parseLockedCloseReason, STEPS } from '../../shared/protocol/room';
import { GuardRefusal } from '../../electron/hub/guard';
import type { Touched } from '../../electron/hub/touched';
import { checkUpdate, refusalFor } from '../../electron/hub/update-guard';

const touched = (parts: [string, string | null][], unresolved = false): Touched => ({
  parts: parts.map(([root, key]) => ({ root, key })),
  unresolved,
});

describe('refusalFor', () => {
  it('lets a participant write an unlocked step and the stamp every edit makes', () => {
    const t = touched([
      ['projects', 'p1'],
      ['meta', 'updatedAt'],
    ]);
    expect(refusalFor(t, 'participant', ['okrs'])).toBeNull();
  });

  it('names the locked steps, in agenda order, in the form the client reads', () => {
    const t = touched([
      ['projects', 'p1'],
      ['meta', 'title'],
    ]);
    const refusal = refusalFor(t, 'participant', ['alignment', 'onepager'])!;
    expect(refusal.code).toBe(4403);
    expect(parseLockedCloseReason(refusal.reason)).toEqual(['onepager', 'alignment']);
    expect(refusal.detail).toBe('touches projects, meta.title');
  });

  it('refuses the agreement, the room state and the system keys outright, never as "locked"', () => {
    const cases: [[string, string | null][], RegExp][] = [
      [[['meta', 'agreed']], /agree or un-agree/],
      [[['room', 'locks']], /room state/],
      [[['meta', 'id']], /no peer writes them/],
      [[['meta', 'schemaVersion']], /no peer writes them/],
    ];
    for (const [parts, reason] of cases) {
      // Even together with a locked step: the client must not keep and retry these.
      const refusal = refusalFor(touched([...parts, ['projects', 'p']]), 'participant', STEPS)!;
      expect(refusal.reason).toMatch(reason);
      expect(parseLockedCloseReason(refusal.reason)).toBeNull();
    }
  });

  it('refuses the system keys from the facilitator too, and nothing else', () => {
    expect(refusalFor(touched([['meta', 'id']]), 'facilitator', [])?.reason).toMatch(/no peer/);
    const everythingElse = touched(
      [
        ['meta', 'agreed'],
        ['room', 'locks'],
        ['projects', 'p'],
      ],
      true,
    );
    expect(refusalFor(everythingElse, 'facilitator', STEPS)).toBeNull();
  });

  it('refuses a participant’s update the hub cannot place', () => {
    expect(refusalFor(touched([], true), 'participant', [])?.reason).toMatch(/does not hold/);
  });

  it('every close reason fits a WebSocket close frame (123 bytes)', () => {
    const reasons = [
      refusalFor(touched([['meta', 'id']]), 'participant', [])!,
      refusalFor(touched([['meta', 'agreed']]), 'participant', [])!,
      refusalFor(touched([['room', 'x']]), 'participant', [])!,
      refusalFor(touched([], true), 'participant', [])!,
      refusalFor(
        touched([
          ['onePager', 'x'],
          ['projects', 'p'],
          ['objectives', 'o'],
          ['checkIns', 'c'],
        ]),
        'participant',
        STEPS,
      )!,
    ].map((r) => r.reason);
    for (const reason of reasons) expect(Buffer.byteLength(reason)).toBeLessThanOrEqual(123);
  });
});

/** A hub doc and the next update of a client in sync with it. */
function pair() {
  const hub = new Y.Doc();
  initWorkshop(hub, { id: 'room-1', title: 'T' });
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
  return { hub, next };
}

describe('checkUpdate on real updates', () => {
  it('meta.agreed: the facilitator may, a participant may not', () => {
    const { hub, next } = pair();
    const agree = next((d) => setAgreed(d, true));
    expect(() => checkUpdate(hub, agree, 'facilitator')).not.toThrow();
    expect(() => checkUpdate(hub, agree, 'participant')).toThrow(/agree or un-agree/);
  });

  it('meta.schemaVersion and meta.id: nobody', () => {
    const { hub, next } = pair();
    for (const write of [
      (d: Y.Doc) => metaMap(d).set('schemaVersion', 2),
      (d: Y.Doc) => metaMap(d).delete('id'),
    ]) {
      const u = next(write);
      for (const role of ['facilitator', 'participant'] as const) {
        expect(() => checkUpdate(hub, u, role)).toThrow(GuardRefusal);
      }
    }
  });

  it('a viewer’s update is only decoded: its connection is read-only in Hocuspocus', () => {
    const { hub, next } = pair();
    lockStep(hub, 'alignment');
    expect(() =>
      checkUpdate(
        hub,
        next((d) => metaMap(d).delete('id')),
        'viewer',
      ),
    ).not.toThrow();
    expect(() => checkUpdate(hub, new Uint8Array([1, 2, 250]), 'viewer')).toThrow(/undecodable/);
  });
});
