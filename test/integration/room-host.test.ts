// The desktop's room host (electron/main/room-host.ts) with a real hub on 127.0.0.1: the
// logic behind "Open room", "Rotate links" and "Close room", without the Electron binary.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createRoomHost } from '../../electron/main/room-host';
import {
  createProject,
  docFromOffsiteFile,
  initWorkshop,
  readProjects,
  readWorkshop,
} from '../../shared/model';
import { parseJoinLink } from '../../shared/protocol/room';
import { connect, tempDir, tempWebRoot, waitForDoc } from './hub-helpers';

describe('room host', () => {
  const roomsDir = tempDir('offsite-rooms-');
  const logs: string[] = [];
  const host = createRoomHost({
    roomsDir,
    webRoot: tempWebRoot(),
    version: 'test',
    log: (m) => logs.push(m),
    host: '127.0.0.1',
    discovery: false,
  });
  afterAll(() => host.close());

  it('opens a room from the workshop state, with links a participant can join by', async () => {
    const local = new Y.Doc();
    initWorkshop(local, { id: 'ws-room-host', title: 'Q1: planning / “offsite”' });
    createProject(local, { title: 'From the facilitator’s laptop' });
    const info = await host.open(Y.encodeStateAsUpdate(local), 'Q1: planning / “offsite”');

    expect(info.room).toBe('ws-room-host');
    const link = parseJoinLink(info.url)!;
    expect(link).not.toBeNull();
    expect(parseJoinLink(info.viewerUrl)!.token).not.toBe(link.token);
    // The viewer's link opens the presentation view; the desktop's presentation window
    // reaches the same room with the same token, on loopback.
    expect(parseJoinLink(info.viewerUrl)!.view).toBe('present');
    expect(host.presentation()).toEqual({
      room: info.room,
      viewerToken: parseJoinLink(info.viewerUrl)!.token,
      localWsUrl: info.localWsUrl,
    });
    expect(info.facilitatorToken).not.toBe(link.token);
    // The room's file is its own, named after the title, never a file the user opened.
    const files = readdirSync(roomsDir).filter((f) => f.endsWith('.offsite'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^Q1-planning-offsite-.*\.offsite$/);

    const facilitator = connect(
      { wsUrl: info.localWsUrl, room: info.room },
      info.facilitatorToken,
      local,
    );
    const participant = connect({ wsUrl: link.wsUrl, room: link.room }, link.token);
    try {
      await Promise.all([facilitator.synced, participant.synced]);
      expect(readProjects(participant.doc).map((p) => p.title)).toContain(
        'From the facilitator’s laptop',
      );
      createProject(participant.doc, { title: 'From a participant' });
      await waitForDoc(local, () =>
        readProjects(local).some((p) => p.title === 'From a participant'),
      );

      const rotated = await host.rotate();
      expect(rotated.url).not.toBe(info.url);
      const stale = connect({ wsUrl: link.wsUrl, room: link.room }, link.token);
      await expect(stale.synced).rejects.toThrow(/authentication failed/);
      stale.destroy();
    } finally {
      facilitator.destroy();
      participant.destroy();
    }

    await host.close();
    const stored = docFromOffsiteFile(new Uint8Array(readFileSync(join(roomsDir, files[0]!))));
    expect(readWorkshop(stored).projects.map((p) => p.title)).toEqual(
      expect.arrayContaining(['From the facilitator’s laptop', 'From a participant']),
    );
    await expect(host.rotate()).rejects.toThrow(/no room is open/);
    expect(host.presentation()).toBeNull();
  });

  it('refuses bytes that are not a workshop state, with nothing started', async () => {
    await expect(host.open(new Uint8Array([1, 2, 3, 250, 251]), 'Broken')).rejects.toThrow(
      /not a Yjs update/,
    );
  });
});
