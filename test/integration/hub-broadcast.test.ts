// The batched broadcast (electron/hub/broadcast.ts) replaces a private listener inside
// @hocuspocus/server 3.4.4. These tests fail if an upgrade (or a change here) stops the
// replacement from applying: the hub must say so, and peers must see merged messages.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readProjects } from '../../shared/model';
import { collectSyncUpdates, holdEventLoop, projectUpdate } from './helpers/broadcast-probe';
import { rawParticipant, startTestHub, syncUpdate, waitForDoc, type TestHub } from './hub-helpers';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.hub.close());

describe('broadcast batching', () => {
  it('applies at hub start, and the hub does not report it off', () => {
    expect(t.hub.batching).toBe(true);
    expect(t.logs.join('\n')).not.toMatch(/batching is OFF/);
  });

  it('@hocuspocus/server and the provider are pinned to exact versions', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const exact = /^\d+\.\d+\.\d+$/;
    expect(pkg.dependencies['@hocuspocus/server']).toMatch(exact);
    expect(pkg.dependencies['@hocuspocus/provider']).toMatch(exact);
    // The replaced listener is that of this exact version; an upgrade must re-check it.
    expect(pkg.dependencies['@hocuspocus/server']).toBe('3.4.4');
  });

  it('N updates applied in one turn by N connections reach a peer as one merged message', async () => {
    const n = 8;
    const writers = await Promise.all(Array.from({ length: n }, () => rawParticipant(t.hub)));
    const observer = await rawParticipant(t.hub);
    const base = Y.encodeStateAsUpdate(t.hub.document);
    const seen = new Y.Doc();
    Y.applyUpdate(seen, base);
    const received = collectSyncUpdates(observer.ws, seen);
    const titles = Array.from({ length: n }, (_, i) => `same turn ${i}`);
    const messages = titles.map((title) => syncUpdate(t.hub.room, projectUpdate(base, title)));

    // ws writes each frame to its socket at once; holding the loop lets all N reach the
    // hub's sockets before it reads any, so it reads and applies them in one turn.
    messages.forEach((message, i) => writers[i]!.ws.send(message));
    holdEventLoop(100);

    await waitForDoc(
      seen,
      () => titles.every((x) => readProjects(seen).some((p) => p.title === x)),
      10_000,
      'every update at the observer',
    );
    // One message carried them all; unbatched, each would have come on its own (N).
    expect(received).toHaveLength(1);
    for (const w of [...writers, observer]) w.ws.close();
  });
});
