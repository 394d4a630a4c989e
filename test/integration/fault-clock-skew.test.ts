// Issue 8, fault: client clocks skewed by minutes. The step timer is an end time on the
// hub's clock; each client measures its offset to the hub through /health, so every
// screen shows the same remaining time whatever its own clock says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockOffsetMs, readRoomState, startTimer, timerRemainingMs } from '../../shared/model';
import { HEALTH_PATH, type HubHealth } from '../../shared/protocol/room';
import { connect, startTestHub, waitForDoc, type Client, type TestHub } from './hub-helpers';

let t: TestHub;
const clients: Client[] = [];

beforeAll(async () => {
  t = await startTestHub();
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await t?.hub.close();
});

/** A device whose clock is `skewMs` off; it learns its offset to the hub from /health. */
async function device(token: string, skewMs: number) {
  const now = () => Date.now() + skewMs;
  const sentAt = now();
  const res = await fetch(`http://127.0.0.1:${t.hub.port}${HEALTH_PATH}`);
  const health = (await res.json()) as HubHealth;
  const receivedAt = now();
  const client = connect(t.hub, token);
  clients.push(client);
  await client.synced;
  return {
    client,
    now,
    offset: clockOffsetMs(sentAt, receivedAt, health.time),
    rtt: receivedAt - sentAt,
  };
}

describe('timer under clock skew', () => {
  it('facilitator +7 min, participants −3 min and +45 s: the same remaining time everywhere', async () => {
    const facilitator = await device(t.hub.tokens.facilitator, 7 * 60_000);
    const p1 = await device(t.hub.tokens.participant, -3 * 60_000);
    const p2 = await device(t.hub.tokens.participant, 45_000);
    startTimer(
      facilitator.client.doc,
      'alignment',
      5 * 60_000,
      facilitator.now() + facilitator.offset,
    );
    for (const p of [p1, p2]) {
      await waitForDoc(p.client.doc, () => readRoomState(p.client.doc).timer?.running === true);
    }
    const shown = [facilitator, p1, p2].map((d) =>
      timerRemainingMs(readRoomState(d.client.doc).timer, d.now(), d.offset),
    );
    const tolerance = Math.max(...[facilitator, p1, p2].map((d) => d.rtt)) + 100;
    for (const s of shown) {
      expect(Math.abs(s - shown[0]!)).toBeLessThanOrEqual(tolerance);
      expect(s).toBeGreaterThan(5 * 60_000 - 2_000);
      expect(s).toBeLessThanOrEqual(5 * 60_000 + tolerance);
    }
    // Without the offset, the skewed clocks would disagree by minutes: the test can fail.
    const naive = timerRemainingMs(readRoomState(p1.client.doc).timer, p1.now(), 0);
    expect(Math.abs(naive - shown[1]!)).toBeGreaterThan(60_000);
  });
});
