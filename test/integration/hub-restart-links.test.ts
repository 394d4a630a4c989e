// A hub restart is survived like a Wi-Fi drop: the room keeps its links (tokens kept beside
// the workshop file, owner-only), clients reconnect with the link they have and merge.
// Rotating replaces them for good.
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProject, readProjects } from '../../shared/model';
import { connect, sameState, startTestHub, tempDir, waitForDoc } from './hub-helpers';

const fixture = new URL('../fixtures/acme-2027.json', import.meta.url).pathname;

describe('hub restart and links', () => {
  it('a restarted hub accepts the old links; a client reconnects with its offline edits', async () => {
    const dir = tempDir('offsite-restart-');
    copyFileSync(fixture, join(dir, 'room.json'));
    const first = await startTestHub({ workshopPath: join(dir, 'room.json') });
    const tokens = first.hub.tokens;
    const path = first.hub.path;
    const a = connect(first.hub, tokens.participant);
    await a.synced;
    createProject(a.doc, { title: 'Before the restart' });
    await waitForDoc(first.hub.document, () =>
      readProjects(first.hub.document).some((p) => p.title === 'Before the restart'),
    );
    await first.hub.close();
    a.destroy();
    createProject(a.doc, { title: 'While the hub was down' });

    expect(statSync(`${path}.tokens.json`).mode & 0o777).toBe(0o600);
    const second = await startTestHub({ workshopPath: path });
    try {
      expect(second.hub.tokens).toEqual(tokens);
      expect(second.hub.room).toBe(first.hub.room);
      const back = connect(second.hub, tokens.participant, a.doc);
      await back.synced;
      await waitForDoc(
        second.hub.document,
        () => sameState(second.hub.document, a.doc),
        10_000,
        'merge',
      );
      const titles = readProjects(second.hub.document).map((p) => p.title);
      expect(titles).toEqual(
        expect.arrayContaining(['Before the restart', 'While the hub was down']),
      );
      back.destroy();

      const rotated = second.hub.rotateTokens();
      // The tokens file is written in the background: wait until it holds the new ones.
      for (
        let i = 0;
        i < 100 && !readFileSync(`${path}.tokens.json`, 'utf8').includes(rotated.participant);
        i++
      ) {
        await new Promise((r) => setTimeout(r, 20));
      }
      await second.hub.close();
      const third = await startTestHub({ workshopPath: path });
      try {
        expect(third.hub.tokens).toEqual(rotated);
        const old = connect(third.hub, tokens.participant);
        await expect(old.synced).rejects.toThrow(/authentication failed/);
        old.destroy();
      } finally {
        await third.hub.close();
      }
    } finally {
      await second.hub.close();
    }
  });
});
