// `offsite hub` as a process: the --json contract, SIGTERM, SIGKILL mid-burst and restart.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createProject, initWorkshop, readProjects } from '../../shared/model';
import { loadWorkshopDoc, saveWorkshopDoc } from '../../electron/storage/workshop-file';
import { connect, tempDir, waitForDoc, type Client } from './hub-helpers';
import { buildCli, killCliHubs, spawnCli, startCliHub as startCli } from './helpers/cli-hub';

const JSON_LINE =
  /^\{"url":"http:\/\/127\.0\.0\.1:(\d+)\/#\/join\/([A-Za-z0-9_-]{4,64})\?t=([A-Za-z0-9_-]{22,})","ws":"ws:\/\/127\.0\.0\.1:\1\/collab","room":"\2","token":"\3","viewerToken":"([A-Za-z0-9_-]{22,})","port":\1\}$/;

const clients: Client[] = [];

function newWorkshopFile(): string {
  return join(tempDir(), 'room.offsite');
}

beforeAll(() => buildCli());

afterAll(() => {
  for (const c of clients) c.destroy();
  killCliHubs();
});

async function writeWorkshop(file: string): Promise<void> {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: 'CLI test' });
  await saveWorkshopDoc(file, doc);
}

const titles = (doc: Y.Doc) => new Set(readProjects(doc).map((p) => p.title));

describe('offsite hub (CLI)', () => {
  it('prints exactly the --json line, and SIGTERM stores the workshop and exits 0', async () => {
    const file = newWorkshopFile();
    await writeWorkshop(file);
    const hub = await startCli([
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--workshop',
      file,
      '--json',
    ]);
    const m = JSON_LINE.exec(hub.line);
    expect(m, hub.line).not.toBeNull();
    expect(hub.info.port).toBe(Number(m![1]));
    const c = connect({ wsUrl: hub.info.ws, room: hub.info.room }, hub.info.token);
    clients.push(c);
    await c.synced;
    createProject(c.doc, { title: 'stored on SIGTERM' });
    // The hub has it once a second client sees it; the 2 s save debounce has not run yet.
    const probe = connect({ wsUrl: hub.info.ws, room: hub.info.room }, hub.info.viewerToken);
    clients.push(probe);
    await probe.synced;
    await waitForDoc(probe.doc, () => titles(probe.doc).has('stored on SIGTERM'));
    hub.child.kill('SIGTERM');
    expect(await hub.exit).toEqual({ code: 0, signal: null });
    expect(hub.stdout()).toBe(`${hub.line}\n`);
    expect(titles(await loadWorkshopDoc(file)).has('stored on SIGTERM')).toBe(true);
  });

  it('refuses a bad --workshop file with exit 2 and leaves it untouched', async () => {
    const file = join(tempDir(), 'broken.offsite');
    const garbage = Buffer.from('this is not a workshop \u0000\u0001\u0002');
    writeFileSync(file, garbage);
    const p = spawnCli(['hub', '--host', '127.0.0.1', '--workshop', file, '--json']);
    expect((await p.exit).code).toBe(2);
    expect(p.stdout()).toBe('');
    expect(p.stderr()).toContain(file);
    expect(readFileSync(file)).toEqual(garbage);
  });

  it('rejects bad arguments with exit 2', async () => {
    const p = spawnCli(['hub', '--port', 'abc']);
    expect((await p.exit).code).toBe(2);
    expect(p.stderr()).toContain('--port');
  });

  it('a hub killed with SIGKILL mid-burst and restarted from its file loses no edit', async () => {
    const file = newWorkshopFile();
    await writeWorkshop(file);
    const args = ['--host', '127.0.0.1', '--port', '0', '--workshop', file, '--json'];
    const first = await startCli(args);
    const docs = Array.from({ length: 5 }, () => new Y.Doc());
    let group = docs.map((doc) =>
      connect({ wsUrl: first.info.ws, room: first.info.room }, first.info.token, doc),
    );
    clients.push(...group);
    await Promise.all(group.map((c) => c.synced));

    // A burst: every client adds cards; the hub is killed half way, the burst goes on.
    const expected = new Set<string>();
    for (let round = 0; round < 40; round++) {
      docs.forEach((doc, i) => {
        const title = `c${i}-r${round}`;
        createProject(doc, { title });
        expected.add(title);
      });
      if (round === 20) first.child.kill('SIGKILL');
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await first.exit).toEqual({ code: null, signal: 'SIGKILL' });
    for (const c of group) c.destroy();

    const second = await startCli(args);
    expect(second.info.room).toBe(first.info.room);
    group = docs.map((doc) =>
      connect({ wsUrl: second.info.ws, room: second.info.room }, second.info.token, doc),
    );
    clients.push(...group);
    await Promise.all(group.map((c) => c.synced));
    await Promise.all(
      docs.map((doc) =>
        waitForDoc(doc, () => [...expected].every((t) => titles(doc).has(t)), 20_000, 'every edit'),
      ),
    );
    second.child.kill('SIGTERM');
    expect((await second.exit).code).toBe(0);
    const stored = titles(await loadWorkshopDoc(file));
    expect([...expected].filter((t) => !stored.has(t))).toEqual([]);
  });
});
