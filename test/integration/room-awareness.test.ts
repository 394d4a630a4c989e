// Presence through a real hub: the app's client (connectRoom) sends only its own awareness
// state. The stock provider re-sends every state it hears, the facilitator's included, and
// the hub closes a participant whose message carries the facilitator's state (4403): this
// test fails the day the client's filter stops applying (a provider upgrade, say).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import {
  connectRoom,
  type RoomConnection,
  type RoomPhase,
} from '../../renderer/sync/room-connection';
import { connect, startTestHub, trackClients, type TestHub } from './hub-helpers';

let t: TestHub;
const { track, destroyAll } = trackClients();
const connections: RoomConnection[] = [];

beforeAll(async () => {
  t = await startTestHub();
});
afterAll(async () => {
  for (const c of connections) c.destroy();
  destroyAll();
  await t?.hub.close();
});

/** Resolves once `awareness` holds a state satisfying `predicate`; rejects after 10 s. */
function seen(awareness: Awareness, predicate: (state: Record<string, unknown>) => boolean) {
  return new Promise<void>((resolve, reject) => {
    const check = () => {
      if ([...awareness.getStates().values()].some(predicate)) {
        clearTimeout(timer);
        awareness.off('change', check);
        resolve();
      }
    };
    const timer = setTimeout(() => {
      awareness.off('change', check);
      reject(new Error('awareness state never arrived'));
    }, 10_000);
    awareness.on('change', check);
    check();
  });
}

describe('presence through the hub', () => {
  it('a participant hearing the facilitator’s state relays none of it and stays connected', async () => {
    const facilitator = track(connect(t.hub, t.hub.tokens.facilitator));
    await facilitator.synced;
    const fa = facilitator.provider.awareness!;
    fa.setLocalState({ role: 'facilitator', name: 'Fran', step: 'onepager' });

    const participant = connectRoom({
      doc: new Y.Doc(),
      wsUrl: t.hub.wsUrl,
      room: t.hub.room,
      token: t.hub.tokens.participant,
      minDelayMs: 100,
      maxDelayMs: 500,
      WebSocketPolyfill: WebSocket,
    });
    connections.push(participant);
    const phases: RoomPhase[] = [];
    participant.status.subscribe((s) => phases.push(s.phase));
    const pa = participant.awareness;
    await seen(pa, (s) => s.name === 'Fran');

    // Each side changes its state twice; each change reaches the other side.
    for (const step of ['alignment', 'okrs']) {
      fa.setLocalStateField('step', step);
      await seen(pa, (s) => s.name === 'Fran' && s.step === step);
      pa.setLocalState({ role: 'participant', name: 'Pat', step });
      await seen(fa, (s) => s.name === 'Pat' && s.step === step);
    }
    expect(facilitator.closes).toEqual([]);
    expect(participant.status.getState().phase).toBe('connected');
    const firstConnected = phases.indexOf('connected');
    expect(firstConnected).toBeGreaterThanOrEqual(0);
    expect(phases.slice(firstConnected).every((p) => p === 'connected')).toBe(true);
  });
});
