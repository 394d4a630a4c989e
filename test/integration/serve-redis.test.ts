// Several `offsite serve` processes on one PostgreSQL, coordinated by a real redis-server
// (both Debian's, started by the test on free ports): clients of one workshop on different
// processes see each other's edits and presence, and a process killed with SIGKILL mid-burst
// loses no edit — its clients reconnect through the proxy to the other process.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createProject, readProjects } from '../../shared/model';
import {
  missingPostgres,
  missingRedis,
  startPostgres,
  startRedis,
  type Service,
} from '../support/services';
import { connect, tempDir, trackClients, waitForDoc, type Client } from './hub-helpers';
import {
  acknowledged,
  failoverProxy,
  killAll,
  ROOT,
  startServe,
  type WorkshopLine,
} from './serve-helpers';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'acme-2027.json');
const missing = missingRedis() ?? missingPostgres();
if (missing) console.warn(`SKIPPED serve-redis: ${missing}`);

const titles = (doc: Y.Doc) => new Set(readProjects(doc).map((p) => p.title));

describe.skipIf(missing !== null)('offsite serve × 2 + Redis', () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  let redis: Service;
  const { track, destroyAll } = trackClients();
  const proxies: { close(): Promise<void> }[] = [];
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'inherit' });
    [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  });
  afterEach(async () => {
    destroyAll();
    killAll();
    await Promise.all(proxies.splice(0).map((p) => p.close()));
  });
  afterAll(async () => {
    killAll();
    await Promise.all([pg?.stop(), redis?.stop()]);
  });

  /** Two processes on one database and one Redis; the first imports the fixture. */
  async function twoProcesses(name: string) {
    const db = await pg.createDatabase(name);
    const common = (data: string) => [
      '--data',
      data,
      '--port',
      '0',
      '--db',
      db,
      '--redis',
      redis.url,
    ];
    const a = await startServe([...common(tempDir()), '--import', FIXTURE], 1);
    const b = await startServe(common(tempDir()), 1);
    return { db, a, b, common };
  }

  const at = (port: number, w: WorkshopLine) => ({
    wsUrl: `ws://127.0.0.1:${port}/collab`,
    room: w.room,
  });

  it('providers on different processes see each other’s edits and presence', async () => {
    const { a, b } = await twoProcesses('converge');
    // The second process serves the workshop the first imported: one database.
    expect(b.workshops).toEqual(
      a.workshops.map((w) => ({
        ...w,
        url: w.url.replace(`:${a.server.port}/`, `:${b.server.port}/`),
        ws: w.ws.replace(`:${a.server.port}/`, `:${b.server.port}/`),
      })),
    );
    const w = a.workshops[0]!;
    const onA = track(connect(at(a.server.port, w), w.token));
    const onB = track(connect(at(b.server.port, w), w.token));
    await Promise.all([onA.synced, onB.synced]);

    createProject(onA.doc, { title: 'from A' });
    await waitForDoc(onB.doc, () => titles(onB.doc).has('from A'), 30_000, 'A’s edit at B');
    createProject(onB.doc, { title: 'from B' });
    await waitForDoc(onA.doc, () => titles(onA.doc).has('from B'), 30_000, 'B’s edit at A');

    // Presence: each sees the other's awareness state.
    const state = (name: string) => ({
      user: { name, color: '#336699' },
      role: 'participant',
      step: 'alignment',
      editing: null,
    });
    onA.provider.awareness!.setLocalState(state('Ann'));
    onB.provider.awareness!.setLocalState(state('Bo'));
    const names = (c: Client) =>
      [...c.provider.awareness!.getStates().values()].map(
        (s) => (s as { user?: { name?: string } }).user?.name,
      );
    await until(
      () => names(onB).includes('Ann') && names(onA).includes('Bo'),
      'presence across processes',
    );
  });

  it('a process killed with SIGKILL mid-burst loses no edit; its clients carry on at the other', async () => {
    const { a, b, common } = await twoProcesses('sigkill');
    const w = a.workshops[0]!;
    let alive = [a.server.port, b.server.port];
    const proxy = await failoverProxy(() => alive);
    proxies.push(proxy);
    // Two clients through the proxy (landing on A), one directly on B.
    const viaProxy = [0, 1].map(() => track(connect(at(proxy.port, w), w.token)));
    const onB = track(connect(at(b.server.port, w), w.token));
    const clients = [...viaProxy, onB];
    await Promise.all(clients.map((c) => c.synced));

    const expected = new Set<string>();
    const burst = async (round: string, count: number) => {
      for (let i = 0; i < count; i++) {
        clients.forEach((c, k) => {
          const title = `${round} ${k}-${i}`;
          createProject(c.doc, { title });
          expected.add(title);
        });
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    const first = burst('before', 40);
    await new Promise((r) => setTimeout(r, 150));
    alive = [b.server.port];
    await a.kill();
    await first;
    await burst('after', 10);

    const all = () => clients.every((c) => [...expected].every((t) => titles(c.doc).has(t)));
    await until(all, 'every edit at every client');
    await Promise.all(clients.map((c) => acknowledged(c.provider, 20_000)));
    for (const c of clients) c.destroy();
    expect((await b.stop()).code).toBe(0);

    // The database holds every edit: a new process, a new client.
    const c = await startServe(common(tempDir()), 1);
    const fresh = track(connect(at(c.server.port, w), w.token));
    await fresh.synced;
    const missingTitles = [...expected].filter((t) => !titles(fresh.doc).has(t));
    expect(missingTitles).toEqual([]);
    expect(expected.size).toBe(3 * 50);
  });

  it('edits relayed to the other process just before a SIGKILL are stored by that process', async () => {
    // The sharp case: everything the killed process's clients wrote has already reached
    // the other process through Redis, so on reconnecting they send nothing new — and the
    // killed process had not stored yet (its store waits 2 s after the last edit).
    const { a, b, common } = await twoProcesses('relayed');
    const w = a.workshops[0]!;
    let alive = [a.server.port, b.server.port];
    const proxy = await failoverProxy(() => alive);
    proxies.push(proxy);
    const writer = track(connect(at(proxy.port, w), w.token));
    const observer = track(connect(at(b.server.port, w), w.token));
    await Promise.all([writer.synced, observer.synced]);
    const written = Array.from({ length: 30 }, (_, i) => `relayed ${i}`);
    for (const title of written) createProject(writer.doc, { title });
    // Generous: through Redis on a loaded 2-core machine this has taken over 10 s.
    await waitForDoc(
      observer.doc,
      () => written.every((t) => titles(observer.doc).has(t)),
      30_000,
      'the writer’s edits at B',
    );
    alive = [b.server.port];
    await a.kill();
    // The writer reconnects (to B) and finds nothing to send.
    await until(() => writer.provider.isSynced && writer.closes.length > 0, 'the writer back');
    await acknowledged(writer.provider);
    writer.destroy();
    observer.destroy();
    expect((await b.stop()).code).toBe(0);

    const c = await startServe(common(tempDir()), 1);
    const fresh = track(connect(at(c.server.port, w), w.token));
    await fresh.synced;
    expect(written.filter((t) => !titles(fresh.doc).has(t))).toEqual([]);
  });
});

async function until(predicate: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
