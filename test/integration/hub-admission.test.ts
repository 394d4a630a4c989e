// Issue 15 item 5: admission that cannot be starved. An attacker on 127.0.0.2 (another
// loopback address: Linux routes all of 127/8 to lo, so it is another "machine" to the
// hub) keeps 60 sockets that never authenticate open, reopening each one the moment it
// is closed or refused. Meanwhile every join attempt of real participants on 127.0.0.1
// gets in on its first try, and the attacker's timeouts count against its address until
// the door answers it 429.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { readProjects } from '../../shared/model';
import { connect, rawParticipant, startTestHub, trackClients, type TestHub } from './hub-helpers';

let t: TestHub;
const { track, destroyAll } = trackClients();
beforeAll(async () => {
  // A short authentication timeout, so the flood cycles many times within the test.
  t = await startTestHub({ limits: { authTimeoutMs: 300 } });
});
afterAll(async () => {
  destroyAll();
  await t?.hub.close();
});

/** Keeps `n` never-authenticating sockets from `localAddress` open until stopped. */
function flood(n: number, localAddress: string) {
  const outcomes = new Map<string, number>();
  const open = new Set<WebSocket>();
  let flooding = true;
  const note = (what: string) => outcomes.set(what, (outcomes.get(what) ?? 0) + 1);
  const one = () => {
    if (!flooding) return;
    const ws = new WebSocket(t.hub.wsUrl, { localAddress });
    open.add(ws);
    let done = false;
    const again = (what: string) => {
      if (done) return;
      done = true;
      note(what);
      open.delete(ws);
      ws.terminate();
      setImmediate(one);
    };
    ws.once('unexpected-response', (_req, res) => again(`http ${res.statusCode}`));
    ws.once('close', (code) => again(`close ${code}`));
    ws.once('error', () => again('error'));
  };
  for (let i = 0; i < n; i++) one();
  return {
    outcomes,
    stop() {
      flooding = false;
      for (const ws of open) ws.terminate();
    },
  };
}

/** One join attempt from 127.0.0.1: 'in' once authenticated, else how it was refused. */
async function joinOnce(): Promise<string> {
  try {
    const { ws } = await rawParticipant(t.hub, { localAddress: '127.0.0.1' });
    ws.terminate();
    return 'in';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('admission under a flood of sockets that never authenticate (issue 15 item 5)', () => {
  it('every join from another address gets in on its first try; the flooding address ends up refused with 429', async () => {
    const attack = flood(60, '127.0.0.2');
    try {
      const joins: string[] = [];
      // At least 3 s of flood (ten cycles of the 300 ms timeout), and 15 joins.
      const until = Date.now() + 3000;
      while (joins.length < 15 || Date.now() < until) {
        joins.push(await joinOnce());
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(joins.filter((j) => j !== 'in')).toEqual([]);
      // A real provider joins and syncs too.
      const late = track(connect(t.hub, t.hub.tokens.participant));
      await late.synced;
      expect(readProjects(late.doc)).toEqual(readProjects(t.hub.document));
    } finally {
      attack.stop();
    }
    // The attacker held at most its per-address share, and its timeouts counted as failed
    // authentications until its address was refused at the door.
    expect(attack.outcomes.get('close 4408') ?? 0).toBeGreaterThan(0);
    expect(attack.outcomes.get('http 429') ?? 0).toBeGreaterThan(0);
    expect(attack.outcomes.get('http 503') ?? 0).toBe(0);
    expect(t.logs).toContain(
      'refusing a connection from 127.0.0.2: too many failed authentications',
    );
  }, 30_000);
});
