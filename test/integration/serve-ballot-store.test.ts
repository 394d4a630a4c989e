// The server's ballot store on a real SQLite file and a real PostgreSQL (started by the
// test; skipped with a printed reason where missing), and two "processes" — two room
// controls, each with its own copy of the workshop's doc — on one store, their doc updates
// exchanged by hand so the test picks which of two concurrent writes Yjs keeps.
import { join } from 'node:path';
import type { onStatelessPayload } from '@hocuspocus/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clearVote, createProject, openVote, readRoomState, revealVote } from '../../shared/model';
import { RoomControl } from '../../electron/hub/room-control';
import { newRoomTokens } from '../../electron/hub/tokens';
import type { BallotRound } from '../../electron/server/store/ballot-store';
import { openPostgresStore } from '../../electron/server/store/postgres-store';
import { openSqliteStore } from '../../electron/server/store/sqlite-store';
import type { WorkshopStore } from '../../electron/server/store/workshop-store';
import { storeBallotKeepers } from '../../electron/server/store-ballots';
import { missingPostgres, startPostgres } from '../support/services';
import { tempDir } from './hub-helpers';

const noPostgres = missingPostgres();
if (noPostgres) console.warn(`SKIPPED serve-ballot-store on PostgreSQL: ${noPostgres}`);

let pg: Awaited<ReturnType<typeof startPostgres>> | null = null;
const opened: WorkshopStore[] = [];
beforeAll(async () => {
  if (!noPostgres) pg = await startPostgres();
});
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
  await pg?.stop();
});

const stores = [
  {
    name: 'SQLite',
    skip: null,
    open: async () => openSqliteStore(join(tempDir('offsite-ballot-store-'), 'offsite.sqlite')),
  },
  {
    name: 'PostgreSQL',
    skip: noPostgres,
    open: async (test: string) => openPostgresStore(await pg!.createDatabase(test)),
  },
];

/** The origin extension-redis gives what it applies from another process. */
const RELAYED = '__hocuspocus__redis__origin__';

describe.each(stores)('the ballot store on $name', ({ name, skip, open }) => {
  let n = 0;
  const fresh = async () => {
    const store = await open(`ballots_${name.toLowerCase()}_${++n}`);
    opened.push(store);
    return store;
  };
  const round = (id: string): BallotRound => ({ workshop: 'w1', box: 'vote', round: id });

  it.skipIf(skip !== null)(
    'counts up to the limit, reveals a round once, then takes no ballot',
    async () => {
      const { ballots } = await fresh();
      expect(await ballots.ballots(round('r1'))).toBeNull();
      expect(await ballots.put(round('r1'), 'alice-0001', '"a"', 2)).toEqual(
        new Map([['alice-0001', '"a"']]),
      );
      expect(
        (await ballots.put(round('r1'), 'bob-000001', '"b"', 2)) as Map<string, string>,
      ).toHaveProperty('size', 2);
      expect(await ballots.put(round('r1'), 'carol-0001', '"c"', 2)).toBe('full');
      // A voter already in may change their ballot, or withdraw it.
      expect(await ballots.put(round('r1'), 'alice-0001', '"a2"', 2)).toEqual(
        new Map([
          ['alice-0001', '"a2"'],
          ['bob-000001', '"b"'],
        ]),
      );
      expect(await ballots.put(round('r1'), 'bob-000001', null, 2)).toEqual(
        new Map([['alice-0001', '"a2"']]),
      );
      // Another workshop's, another box's and another round's ballots are theirs.
      await ballots.put({ workshop: 'w2', box: 'vote', round: 'r1' }, 'dan-000001', '"d"', 2);
      await ballots.put({ workshop: 'w1', box: 'confidence', round: 'r1' }, 'eve-00001', '"e"', 2);
      await ballots.put(round('r2'), 'fay-000001', '"f"', 2);
      expect(await ballots.ballots(round('r1'))).toEqual(new Map([['alice-0001', '"a2"']]));

      // Two reveals at once (two processes): one gets the ballots, the other nothing.
      const [first, second] = await Promise.all([
        ballots.take(round('r1')),
        ballots.take(round('r1')),
      ]);
      expect([first, second].filter((t) => t === null)).toHaveLength(1);
      expect(first ?? second).toEqual(new Map([['alice-0001', '"a2"']]));
      expect(await ballots.ballots(round('r1'))).toBeNull();
      expect(await ballots.put(round('r1'), 'gus-000001', '"g"', 2)).toBe('revealed');
      // A round nobody voted in is revealed once too (with nothing in it).
      expect(await ballots.take(round('r3'))).toEqual(new Map());
      expect(await ballots.take(round('r3'))).toBeNull();

      await ballots.drop(round('r2'));
      expect(await ballots.ballots(round('r2'))).toBeNull();
      expect(await ballots.ballots({ workshop: 'w2', box: 'vote', round: 'r1' })).toEqual(
        new Map([['dan-000001', '"d"']]),
      );
    },
  );

  /** A room control on its own copy of the doc: one `offsite serve` process. */
  async function serveProcess(store: WorkshopStore, doc: Y.Doc) {
    const control = new RoomControl({
      room: 'w1',
      tokens: newRoomTokens(),
      tokensPath: null,
      ballotKeepers: () => storeBallotKeepers(store.ballots, 'w1', () => {}),
      admission: { refuseRoles: () => {}, refuse: () => {} },
      log: () => {},
    });
    await control.afterLoadDocument({ document: doc } as never);
    const vote = async (voter: string, items: string[]) => {
      const votingId = readRoomState(doc).voting!.id;
      const replies: string[] = [];
      const payload = JSON.stringify({ type: 'offsite.vote', votingId, voter, name: voter, items });
      await control.onStateless({
        payload,
        document: doc,
        connection: {
          context: { role: 'participant' },
          sendStateless: (m: string) => replies.push(m),
        },
      } as unknown as onStatelessPayload);
      return JSON.parse(replies[0]!) as { accepted: boolean };
    };
    return { vote };
  }

  /** Relays what each doc has that the other lacks, as Redis does between processes. */
  const relay = (a: Y.Doc, b: Y.Doc) => {
    const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
    const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
    Y.applyUpdate(b, toB, RELAYED);
    Y.applyUpdate(a, toA, RELAYED);
  };
  const settle = async (a: Y.Doc, b: Y.Doc) => {
    // Each process checks its count again on what arrives; what it writes then goes round.
    for (let i = 0; i < 5; i++) {
      relay(a, b);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  /** Two docs of one workshop whose concurrent writes Yjs settles in `winner`'s favour. */
  function twoCopies(winner: 'a' | 'b') {
    const a = new Y.Doc();
    const b = new Y.Doc();
    // Of two concurrent writes to one key, Yjs keeps the one of the higher client id.
    a.clientID = winner === 'a' ? 2_000_000 : 1_000_000;
    b.clientID = winner === 'a' ? 1_000_000 : 2_000_000;
    const pilot = createProject(a, { title: 'Vienna pilot' });
    const chat = createProject(a, { title: 'Dispatcher chat' });
    openVote(a, 'projects', 2, { items: [pilot, chat] });
    relay(a, b);
    return { a, b, pilot, chat };
  }

  it.skipIf(skip !== null)(
    'two processes counting at once: the older count Yjs kept is corrected from the store',
    async () => {
      const store = await fresh();
      // A's count (1, from before B's ballot) wins the concurrent write.
      const { a, b, pilot } = twoCopies('a');
      const onA = await serveProcess(store, a);
      const onB = await serveProcess(store, b);
      expect(await onA.vote('alice-0001', [pilot])).toMatchObject({ accepted: true });
      expect(await onB.vote('bob-000001', [pilot])).toMatchObject({ accepted: true });
      expect(readRoomState(a).voting?.ballots).toBe(1);
      expect(readRoomState(b).voting?.ballots).toBe(2);
      await settle(a, b);
      for (const doc of [a, b])
        expect(readRoomState(doc).voting).toMatchObject({
          ballots: 2,
          voters: ['alice-0001', 'bob-000001'],
        });
    },
  );

  it.skipIf(skip !== null)(
    'a reveal seen by two processes is published by one, from every ballot',
    async () => {
      const store = await fresh();
      // B would win a concurrent write: were it to publish too, its (empty) count would stand.
      const { a, b, pilot, chat } = twoCopies('b');
      const onA = await serveProcess(store, a);
      const onB = await serveProcess(store, b);
      expect(await onA.vote('alice-0001', [pilot, pilot])).toMatchObject({ accepted: true });
      expect(await onB.vote('bob-000001', [chat])).toMatchObject({ accepted: true });
      revealVote(a);
      relay(a, b);
      await settle(a, b);
      for (const doc of [a, b])
        expect(readRoomState(doc).voting?.results).toEqual({ [pilot]: 2, [chat]: 1 });
    },
  );

  it.skipIf(skip !== null)(
    'a round the room leaves is forgotten; a process whose copy is behind keeps its ballots',
    async () => {
      const store = await fresh();
      const { a, b, pilot } = twoCopies('a');
      // A copy from before the room moved on to a second vote, as a process that has just
      // loaded an older stored state holds until the others' edits reach it.
      const behind = new Y.Doc();
      Y.applyUpdate(behind, Y.encodeStateAsUpdate(a));
      const second = openVote(a, 'projects', 2, { items: [pilot] });
      const onA = await serveProcess(store, a);
      expect(await onA.vote('alice-0001', [pilot])).toMatchObject({ accepted: true });
      const kept = () => store.ballots.ballots({ workshop: 'w1', box: 'vote', round: second });
      await serveProcess(store, behind);
      await serveProcess(store, new Y.Doc());
      relay(a, behind);
      await settle(a, behind);
      expect((await kept())?.size).toBe(1);
      // The vote cleared, seen by the processes that showed it: its ballots go.
      await serveProcess(store, b);
      clearVote(a);
      await settle(a, b);
      expect(await kept()).toBeNull();
    },
  );
});
