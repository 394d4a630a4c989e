// Issue 12 §5: running the same `offsite hub --data DIR` command again resumes the last room
// there (same room, same links, the same port when free) instead of a new, empty one, and
// the hub says which it did.
import { createServer } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createProject, readProjects } from '../../shared/model';
import { connect, tempDir, trackClients, waitForDoc } from './hub-helpers';
import { buildCli, killCliHubs, startCliHub } from './helpers/cli-hub';
import { acknowledged } from './serve-helpers';

const { track, destroyAll } = trackClients();
beforeAll(buildCli);
afterEach(() => {
  destroyAll();
  killCliHubs();
});
afterAll(killCliHubs);

const hubIn = (dir: string) => startCliHub(['--data', dir, '--host', '127.0.0.1', '--json']);

async function stop(hub: Awaited<ReturnType<typeof hubIn>>): Promise<void> {
  hub.child.kill('SIGTERM');
  expect((await hub.exit).code).toBe(0);
}

describe('offsite hub --data DIR, run again', () => {
  it('resumes the last room: the same room, links and port, with its edits; says so', async () => {
    const dir = tempDir('offsite-resume-');
    const first = await hubIn(dir);
    expect(first.stderr()).toMatch(/starting a new room [0-9a-f]+ in /);
    const client = track(
      connect({ wsUrl: first.info.ws, room: first.info.room }, first.info.token),
    );
    await client.synced;
    createProject(client.doc, { title: 'Kept across the restart' });
    await acknowledged(client.provider);
    client.destroy();
    await stop(first);

    const second = await hubIn(dir);
    expect(second.info).toEqual(first.info);
    expect(second.stderr()).toContain('resuming the last room in');
    const back = track(
      connect({ wsUrl: second.info.ws, room: second.info.room }, second.info.token),
    );
    await back.synced;
    await waitForDoc(back.doc, () =>
      readProjects(back.doc).some((p) => p.title === 'Kept across the restart'),
    );
    await stop(second);
  }, 60_000);

  it('with the old port taken, the same room and tokens on another port, and it says why', async () => {
    const dir = tempDir('offsite-resume-');
    const first = await hubIn(dir);
    await stop(first);
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(first.info.port, '127.0.0.1', resolve));
    try {
      const second = await hubIn(dir);
      expect(second.info.room).toBe(first.info.room);
      expect(second.info.token).toBe(first.info.token);
      expect(second.info.port).not.toBe(first.info.port);
      expect(second.stderr()).toContain(`port ${first.info.port}, the last room's, is taken`);
      await stop(second);
    } finally {
      squatter.close();
    }
  }, 60_000);

  it('a note that names no room starts a new one, which the next run resumes (given --port too)', async () => {
    const dir = tempDir('offsite-resume-');
    writeFileSync(join(dir, 'last-room.json'), '{"room": "../etc", "port": 80}');
    const fresh = await hubIn(dir);
    expect(fresh.stderr()).toMatch(/starting a new room/);
    await stop(fresh);
    const again = await startCliHub([
      '--data',
      dir,
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--json',
    ]);
    expect(again.info.room).toBe(fresh.info.room);
    await stop(again);
  }, 60_000);
});
