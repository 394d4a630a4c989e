// The batched broadcast (electron/hub/broadcast.ts) on the serve path: two servers sharing
// one database through a real redis-server. The batching must apply to every workshop on
// every process — to what the process's own clients send and to what Redis relays from the
// other process. If it stops applying (an upgrade of @hocuspocus/server, a change here),
// these fail.
import { join } from 'node:path';
import type { Document } from '@hocuspocus/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readProjects } from '../../shared/model';
import { startServer, type OffsiteServer } from '../../electron/server/server';
import { missingRedis, startRedis, type Service } from '../support/services';
import { collectSyncUpdates, holdEventLoop, projectUpdate } from './helpers/broadcast-probe';
import { rawParticipant, syncUpdate, tempDir, tempWebRoot, waitForDoc } from './hub-helpers';

const missing = missingRedis();
if (missing) console.warn(`SKIPPED serve-broadcast: ${missing}`);

/** The names of a document's 'update' listeners (Hocuspocus' own is `bound handleUpdate`). */
function updateListeners(document: Document): string[] {
  const observers = (document as unknown as { _observers: Map<string, Set<{ name: string }>> })
    ._observers;
  return [...(observers.get('update') ?? [])].map((l) => l.name);
}

describe.skipIf(missing !== null)('broadcast batching on offsite serve + Redis', () => {
  let redis: Service;
  const servers: OffsiteServer[] = [];
  const logs: string[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    const db = `sqlite:${join(tempDir('offsite-serve-bc-'), 'shared.sqlite')}`;
    for (let i = 0; i < 2; i++) {
      servers.push(
        await startServer({
          dataDir: tempDir('offsite-serve-bc-'),
          host: '127.0.0.1',
          port: 0,
          db,
          redis: redis.url,
          webRoot: tempWebRoot(),
          imports: i === 0 ? [join(import.meta.dirname, '..', 'fixtures', 'acme-2027.json')] : [],
          log: (m) => logs.push(m),
        }),
      );
    }
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await redis?.stop();
  });

  it('merges one turn’s updates for local peers and relays them batched to the other process', async () => {
    const [a, b] = servers as [OffsiteServer, OffsiteServer];
    const [w] = await a.workshops();
    const at = (s: OffsiteServer) => ({
      wsUrl: `ws://127.0.0.1:${s.port}/collab`,
      room: w!.id,
      tokens: { participant: w!.token },
    });
    const observerA = await rawParticipant(at(a));
    const observerB = await rawParticipant(at(b));
    const n = 8;
    const writers = await Promise.all(Array.from({ length: n }, () => rawParticipant(at(b))));

    // The workshop is open on both processes, and batched on both: Hocuspocus' own
    // broadcast listener is gone, so whatever reaches a client went through the batching.
    const docA = a.hocuspocus.documents.get(w!.id)!;
    const docB = b.hocuspocus.documents.get(w!.id)!;
    expect(a.batching()).toBe(true);
    expect(b.batching()).toBe(true);
    expect(updateListeners(docA)).not.toContain('bound handleUpdate');
    expect(updateListeners(docB)).not.toContain('bound handleUpdate');
    expect(logs.join('\n')).not.toMatch(/batching is OFF/);

    const base = Y.encodeStateAsUpdate(docB);
    const seenA = new Y.Doc();
    const seenB = new Y.Doc();
    Y.applyUpdate(seenA, base);
    Y.applyUpdate(seenB, base);
    const receivedA = collectSyncUpdates(observerA.ws, seenA);
    const receivedB = collectSyncUpdates(observerB.ws, seenB);
    const titles = Array.from({ length: n }, (_, i) => `serve turn ${i}`);
    titles.forEach((title, i) =>
      writers[i]!.ws.send(syncUpdate(w!.id, projectUpdate(base, title))),
    );
    holdEventLoop(100);

    const all = (doc: Y.Doc) => titles.every((x) => readProjects(doc).some((p) => p.title === x));
    await waitForDoc(seenB, () => all(seenB), 10_000, 'every update at the local observer');
    await waitForDoc(seenA, () => all(seenA), 10_000, 'every update at the other process');
    // One message carried them all to the local observer (unbatched: N).
    expect(receivedB).toHaveLength(1);
    expect(receivedA.length).toBeGreaterThan(0);
    for (const s of [...writers, observerA, observerB]) s.ws.close();
  });
});
