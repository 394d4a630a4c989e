// Dot votes and confidence rounds on `offsite serve` × 2 processes sharing one database and
// a real redis-server: the ballots live in the database, so "N voted" and the reveal count
// every ballot wherever it was cast, and a process restarted mid-round (the workshop
// unloaded everywhere meanwhile) still has them. Run on a shared SQLite file and on
// PostgreSQL (both real, started by the test; skipped with a printed reason where missing).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  createKeyResult,
  createObjective,
  createProject,
  openConfidenceRound,
  openVote,
  readConfidenceRound,
  readRoomState,
  revealConfidenceRound,
  revealVote,
} from '../../shared/model';
import {
  missingPostgres,
  missingRedis,
  startPostgres,
  startRedis,
  type Service,
} from '../support/services';
import { connect, sendBallot, tempDir, trackClients, waitForDoc, type Client } from './hub-helpers';
import { killAll, ROOT, startServe, type ServeProcess, type WorkshopLine } from './serve-helpers';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'acme-2027.json');
const MEETING = { team: 'Sales', week: '2027-01-11' };
/** The voters' ids: private, so never in a log. */
const VOTERS = /alice-0001|bob-000001|carol-0001/;

const noRedis = missingRedis();
const noPostgres = noRedis ?? missingPostgres();
if (noRedis) console.warn(`SKIPPED serve-ballots: ${noRedis}`);
else if (noPostgres) console.warn(`SKIPPED serve-ballots on PostgreSQL: ${noPostgres}`);

let redis: Service;
let pg: Awaited<ReturnType<typeof startPostgres>> | null = null;
const { track, destroyAll } = trackClients();

beforeAll(async () => {
  if (noRedis) return;
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'inherit' });
  [redis, pg] = await Promise.all([startRedis(), noPostgres ? null : startPostgres()]);
});
afterEach(() => {
  destroyAll();
  killAll();
});
afterAll(async () => {
  killAll();
  await Promise.all([redis?.stop(), pg?.stop()]);
});

/** A database for one test, and how many ballot rows it holds. */
interface TestDb {
  readonly url: string;
  ballotRows(): Promise<number>;
}

const stores: { name: string; skip: string | null; db(test: string): Promise<TestDb> }[] = [
  {
    name: 'one SQLite file',
    skip: noRedis,
    db: async () => {
      const file = join(tempDir('offsite-ballots-sqlite-'), 'shared.sqlite');
      return {
        url: `sqlite:${file}`,
        ballotRows: async () => {
          const db = new Database(file, { readonly: true });
          try {
            return db.prepare<[], { n: number }>('SELECT count(*) AS n FROM offsite_ballots').get()!
              .n;
          } finally {
            db.close();
          }
        },
      };
    },
  },
  {
    name: 'PostgreSQL',
    skip: noPostgres,
    db: async (test) => {
      const url = await pg!.createDatabase(test);
      return {
        url,
        ballotRows: async () => {
          const { default: postgres } = await import('pg');
          const client = new postgres.Client({ connectionString: url });
          await client.connect();
          try {
            const { rows } = await client.query<{ n: string }>(
              'SELECT count(*) AS n FROM offsite_ballots',
            );
            return Number(rows[0]!.n);
          } finally {
            await client.end();
          }
        },
      };
    },
  },
];

const tokenOf = (link: string) => new URL(link.replace('#/', '')).searchParams.get('t')!;

/** The facilitator's token of the only workshop, from the admin API. */
async function facilitatorToken(serve: ServeProcess): Promise<string> {
  const admin = new URLSearchParams(serve.server.admin.split('?')[1]).get('t')!;
  const res = await fetch(`${serve.server.url}/api/admin/workshops`, {
    headers: { Authorization: `Bearer ${admin}` },
  });
  const list = (await res.json()) as { workshops: { links: { facilitator: string } }[] };
  return tokenOf(list.workshops[0]!.links.facilitator);
}

const at = (serve: ServeProcess, w: WorkshopLine) => ({
  wsUrl: `ws://127.0.0.1:${serve.server.port}/collab`,
  room: w.room,
});

/** What the room shows of both rounds: how many voted and who, per doc. */
const shown = (doc: Y.Doc) => {
  const voting = readRoomState(doc).voting;
  const round = readConfidenceRound(doc);
  return {
    vote: { ballots: voting?.ballots, voters: voting?.voters },
    confidence: { ballots: round?.ballots, voters: round?.voters },
  };
};

describe.each(stores)('ballots on offsite serve × 2 + Redis, $name', ({ name, skip, db }) => {
  const test = name.startsWith('one') ? 'sqlite' : 'postgres';

  /** Two processes on one database and one Redis; the first imports the fixture. */
  async function twoProcesses(label: string) {
    const store = await db(`${test}_${label}`);
    const args = () => [
      ...['--data', tempDir(), '--port', '0', '--db', store.url, '--redis', redis.url],
    ];
    const a = await startServe([...args(), '--import', FIXTURE], 1);
    const b = await startServe(args(), 1);
    return { store, a, b, args, w: a.workshops[0]!, fran: await facilitatorToken(a) };
  }

  /** The facilitator opens a dot vote and a confidence round; every client sees both. */
  function openRounds(fran: Client, everyone: Client[]) {
    const pilot = createProject(fran.doc, { title: 'Vienna pilot' });
    const chat = createProject(fran.doc, { title: 'Dispatcher chat' });
    const objective = createObjective(fran.doc, { title: 'Win DACH', team: 'Sales' });
    const pipeline = createKeyResult(fran.doc, objective, { title: 'Pipeline' })!;
    const votingId = openVote(fran.doc, 'projects', 2, { items: [pilot, chat] });
    const roundId = openConfidenceRound(fran.doc, MEETING, [pipeline]);
    const ready = Promise.all(
      everyone.map((c) =>
        waitForDoc(
          c.doc,
          () =>
            readRoomState(c.doc).voting?.id === votingId &&
            readConfidenceRound(c.doc)?.id === roundId,
          30_000,
          'both rounds at every client',
        ),
      ),
    );
    const vote = (c: Client, voter: string, name: string, items: string[]) =>
      sendBallot(c, { type: 'offsite.vote', votingId, voter, name, items });
    const enter = (c: Client, voter: string, name: string, value: number) =>
      sendBallot(c, {
        type: 'offsite.confidence',
        roundId,
        voter,
        name,
        confidence: { [pipeline]: value },
      });
    /** Resolves once `c` shows both rounds revealed, with their results. */
    const revealed = (c: Client) =>
      waitForDoc(
        c.doc,
        () =>
          Object.keys(readRoomState(c.doc).voting?.results ?? {}).length > 0 &&
          (readConfidenceRound(c.doc)?.spread[pipeline]?.length ?? 0) > 0,
        30_000,
        'the reveal',
      );
    return { pilot, chat, pipeline, ready, vote, enter, revealed };
  }

  /** Resolves once `c` shows Alice, Bob and Carol counted in both rounds. */
  const counted = (c: Client, what: string) =>
    waitForDoc(c.doc, () => JSON.stringify(shown(c.doc)) === JSON.stringify(all), 30_000, what);
  const all = {
    vote: { ballots: 3, voters: ['Alice', 'Bob', 'Carol'] },
    confidence: { ballots: 3, voters: ['Alice', 'Bob', 'Carol'] },
  };

  it.skipIf(skip !== null)(
    'voters on different processes: every doc counts them all, the reveal counts every ballot',
    async () => {
      const { store, a, b, w, fran: franToken } = await twoProcesses('spread');
      const fran = track(connect(at(a, w), franToken));
      const alice = track(connect(at(a, w), w.token));
      const bob = track(connect(at(b, w), w.token));
      const carol = track(connect(at(b, w), w.token));
      const everyone = [fran, alice, bob, carol];
      await Promise.all(everyone.map((c) => c.synced));
      const r = openRounds(fran, everyone);
      await r.ready;
      // At once, on both processes: their counts are published concurrently.
      const acks = await Promise.all([
        r.vote(alice, 'alice-0001', 'Alice', [r.pilot, r.pilot]),
        r.vote(bob, 'bob-000001', 'Bob', [r.chat]),
        r.vote(carol, 'carol-0001', 'Carol', [r.pilot]),
        r.enter(alice, 'alice-0001', 'Alice', 8),
        r.enter(bob, 'bob-000001', 'Bob', 3),
        r.enter(carol, 'carol-0001', 'Carol', 6),
      ]);
      expect(acks.every((ack) => ack.accepted)).toBe(true);
      await Promise.all(everyone.map((c) => counted(c, 'all three voters counted')));
      expect(await store.ballotRows()).toBe(6);

      revealVote(fran.doc);
      revealConfidenceRound(fran.doc);
      await Promise.all([fran, carol].map(r.revealed));
      expect(readRoomState(carol.doc).voting?.results).toEqual({ [r.pilot]: 3, [r.chat]: 1 });
      expect(readConfidenceRound(carol.doc)?.spread).toEqual({ [r.pipeline]: [3, 6, 8] });
      expect(readRoomState(fran.doc).voting?.results).toEqual({ [r.pilot]: 3, [r.chat]: 1 });
      // Revealed: no ballot left in the database; a late one is refused on either process.
      expect(await store.ballotRows()).toBe(0);
      expect(await r.enter(bob, 'bob-000001', 'Bob', 9)).toMatchObject({ accepted: false });
      expect(readConfidenceRound(fran.doc)?.spread).toEqual({ [r.pipeline]: [3, 6, 8] });
      expect(a.stderr() + b.stderr()).not.toMatch(VOTERS);
    },
    120_000,
  );

  it.skipIf(skip !== null)(
    'a restart mid-round, the workshop unloaded everywhere, keeps every ballot for the reveal',
    async () => {
      const { store, a, b, args, w, fran: franToken } = await twoProcesses('restart');
      const fran = track(connect(at(a, w), franToken));
      const alice = track(connect(at(a, w), w.token));
      const bob = track(connect(at(b, w), w.token));
      await Promise.all([fran.synced, alice.synced, bob.synced]);
      const r = openRounds(fran, [fran, alice, bob]);
      await r.ready;
      expect(await r.vote(alice, 'alice-0001', 'Alice', [r.pilot])).toMatchObject({
        accepted: true,
      });
      expect(await r.enter(alice, 'alice-0001', 'Alice', 8)).toMatchObject({ accepted: true });
      expect(await r.vote(bob, 'bob-000001', 'Bob', [r.chat])).toMatchObject({ accepted: true });
      expect(await r.enter(bob, 'bob-000001', 'Bob', 3)).toMatchObject({ accepted: true });
      // A killed at once after its acknowledgements, B stopped: the workshop is open nowhere.
      await a.kill();
      alice.destroy();
      bob.destroy();
      fran.destroy();
      expect((await b.stop()).code).toBe(0);

      const c = await startServe(args(), 1);
      // The facilitator's device keeps its copy (the round may not have been stored).
      const back = track(connect(at(c, w), franToken, fran.doc));
      const carol = track(connect(at(c, w), w.token));
      await Promise.all([back.synced, carol.synced]);
      await waitForDoc(carol.doc, () => readConfidenceRound(carol.doc) !== null, 30_000);
      expect(await r.vote(carol, 'carol-0001', 'Carol', [r.pilot])).toMatchObject({
        accepted: true,
      });
      expect(await r.enter(carol, 'carol-0001', 'Carol', 6)).toMatchObject({ accepted: true });
      await counted(back, 'the ballots from before the restart counted');
      expect(await store.ballotRows()).toBe(6);
      revealVote(back.doc);
      revealConfidenceRound(back.doc);
      await r.revealed(carol);
      expect(readRoomState(carol.doc).voting?.results).toEqual({ [r.pilot]: 2, [r.chat]: 1 });
      expect(readConfidenceRound(carol.doc)?.spread).toEqual({ [r.pipeline]: [3, 6, 8] });
      expect(await store.ballotRows()).toBe(0);
      expect(a.stderr() + b.stderr() + c.stderr()).not.toMatch(VOTERS);
    },
    120_000,
  );
});
