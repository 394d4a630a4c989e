// The hub's hello/welcome and rotate control messages, with real providers on 127.0.0.1.
import { afterEach, describe, expect, it } from 'vitest';
import { parseWelcome, type WelcomeMessage } from '../../shared/protocol/room';
import { connect, startTestHub, type Client, type TestHub } from './hub-helpers';

function nextWelcome(client: Client, ms = 5000): Promise<WelcomeMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no welcome from the hub')), ms);
    const onStateless = ({ payload }: { payload: string }) => {
      const welcome = parseWelcome(payload);
      if (!welcome) return;
      clearTimeout(timer);
      client.provider.off('stateless', onStateless);
      resolve(welcome);
    };
    client.provider.on('stateless', onStateless);
  });
}

describe('room control messages: hello → welcome (role, hub clock), rotate', () => {
  let test: TestHub | null = null;
  const clients: Client[] = [];
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    await test?.hub.close();
    test = null;
  });

  it('answers each role with its own role and the hub clock; the viewer link to the facilitator only', async () => {
    test = await startTestHub();
    const { hub } = test;
    for (const [token, role] of [
      [hub.tokens.facilitator, 'facilitator'],
      [hub.tokens.participant, 'participant'],
      [hub.tokens.viewer, 'viewer'],
    ] as const) {
      const client = connect(hub, token);
      clients.push(client);
      await client.synced;
      const welcome = nextWelcome(client);
      const before = Date.now();
      client.provider.sendStateless(JSON.stringify({ type: 'offsite.hello' }));
      const answer = await welcome;
      expect(answer.role).toBe(role);
      expect(answer.time).toBeGreaterThanOrEqual(before - 5);
      expect(answer.time).toBeLessThanOrEqual(Date.now() + 5);
      if (role === 'facilitator') {
        expect(answer.links?.join).toBe(hub.url);
        expect(answer.links?.viewer).toContain(hub.tokens.viewer);
      } else if (role === 'participant') {
        // To show a late arrival (policy: see-join-link): the participants' link, nothing else.
        expect(answer.links).toEqual({ join: hub.url });
      } else expect(answer.links).toBeUndefined();
      expect(JSON.stringify(answer)).not.toContain(hub.tokens.facilitator);
    }
  });

  it('rotates the links for the facilitator only', async () => {
    test = await startTestHub();
    const { hub } = test;
    const participant = connect(hub, hub.tokens.participant);
    const facilitator = connect(hub, hub.tokens.facilitator);
    clients.push(participant, facilitator);
    await Promise.all([participant.synced, facilitator.synced]);
    const original = hub.tokens.participant;

    const ignored = nextWelcome(participant);
    participant.provider.sendStateless(JSON.stringify({ type: 'offsite.rotate' }));
    expect((await ignored).role).toBe('participant');
    expect(hub.tokens.participant).toBe(original);

    const rotated = nextWelcome(facilitator);
    facilitator.provider.sendStateless(JSON.stringify({ type: 'offsite.rotate' }));
    const answer = await rotated;
    expect(hub.tokens.participant).not.toBe(original);
    expect(answer.links?.join).toBe(hub.url);
    expect(answer.links?.join).not.toContain(original);
  });
});
