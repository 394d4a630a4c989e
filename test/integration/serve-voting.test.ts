// Dot votes on two serve processes + a real redis-server: ballots sent to different
// processes are all counted (in Redis, never in the document), and the revealed results
// are the same on both.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, openVote, readRoomState, revealVote } from '../../shared/model';
import { startServer, type OffsiteServer } from '../../electron/server/server';
import { missingRedis, startRedis, type Service } from '../support/services';
import { connect, tempDir, tempWebRoot, trackClients, waitForDoc } from './hub-helpers';
import { vote } from './helpers/vote';

const missing = missingRedis();
if (missing) console.warn(`SKIPPED serve-voting: ${missing}`);

describe.skipIf(missing !== null)('dot voting across serve processes', () => {
  let redis: Service;
  const servers: OffsiteServer[] = [];
  const { track, destroyAll } = trackClients();
  beforeAll(async () => {
    redis = await startRedis();
    const db = `sqlite:${join(tempDir('offsite-serve-vote-'), 'shared.sqlite')}`;
    for (let i = 0; i < 2; i++) {
      servers.push(
        await startServer({
          dataDir: tempDir('offsite-serve-vote-'),
          host: '127.0.0.1',
          port: 0,
          db,
          redis: redis.url,
          webRoot: tempWebRoot(),
          imports: i === 0 ? [join(import.meta.dirname, '..', 'fixtures', 'acme-2027.json')] : [],
          log: () => {},
        }),
      );
    }
  });
  afterAll(async () => {
    destroyAll();
    await Promise.all(servers.map((s) => s.close()));
    await redis?.stop();
  });

  it('counts every ballot whichever process received it; both show the same results', async () => {
    const [a, b] = servers as [OffsiteServer, OffsiteServer];
    const [w] = await a.workshops();
    const record = (await a.store.get(w!.id))!;
    const at = (s: OffsiteServer) => ({ wsUrl: `ws://127.0.0.1:${s.port}/collab`, room: w!.id });
    const facilitator = track(connect(at(a), record.tokens.facilitator));
    const onA = track(connect(at(a), w!.token));
    const onB = track(connect(at(b), w!.token));
    const alsoOnB = track(connect(at(b), w!.token));
    await Promise.all([facilitator.synced, onA.synced, onB.synced, alsoOnB.synced]);

    const p1 = createProject(facilitator.doc, { title: 'Vote me' });
    const p2 = createProject(facilitator.doc, { title: 'Or me' });
    const votingId = openVote(facilitator.doc, 'projects', 2);
    for (const c of [onA, onB, alsoOnB])
      await waitForDoc(c.doc, () => readRoomState(c.doc).voting?.id === votingId);

    const base = { type: 'offsite.vote', votingId } as const;
    expect(await vote(onA, { ...base, voter: 'voter-aaaa', items: [p1, p1] })).toMatchObject({
      accepted: true,
    });
    expect(await vote(onB, { ...base, voter: 'voter-bbbb', items: [p1, p2] })).toMatchObject({
      accepted: true,
    });
    expect(await vote(alsoOnB, { ...base, voter: 'voter-cccc', items: [p2] })).toMatchObject({
      accepted: true,
    });
    // The count includes the ballots of the other process; no ballot is in the document.
    await waitForDoc(facilitator.doc, () => readRoomState(facilitator.doc).voting?.ballots === 3);
    expect(JSON.stringify(facilitator.doc.getMap('room').toJSON())).not.toContain('voter-');

    revealVote(facilitator.doc);
    const results = (c: (typeof clients)[number]) => readRoomState(c.doc).voting?.results ?? {};
    const clients = [facilitator, onA, onB];
    for (const c of clients)
      await waitForDoc(c.doc, () => Object.keys(results(c)).length > 0, 10_000, 'the results');
    for (const c of clients) expect(results(c)).toEqual({ [p1]: 3, [p2]: 2 });
  });
});
