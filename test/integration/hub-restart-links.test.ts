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
      await expect
        .poll(() => readFileSync(`${path}.tokens.json`, 'utf8'), { timeout: 5_000 })
        .toContain(rotated.participant);
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

describe('a room opened from interchange JSON', () => {
  it('stores back to the JSON too, and the same command line carries on after a restart', async () => {
    const dir = tempDir('offsite-json-room-');
    const json = join(dir, 'acme.json');
    copyFileSync(fixture, json);
    const first = await startTestHub({ workshopPath: json });
    const a = connect(first.hub, first.hub.tokens.participant);
    await a.synced;
    createProject(a.doc, { title: 'Stored back to the JSON' });
    await waitForDoc(first.hub.document, () =>
      readProjects(first.hub.document).some((p) => p.title === 'Stored back to the JSON'),
    );
    await first.hub.flush();
    const stored = JSON.parse(readFileSync(json, 'utf8')) as { projects: { title: string }[] };
    expect(stored.projects.map((p) => p.title)).toContain('Stored back to the JSON');
    expect(first.hub.path).toBe(join(dir, 'acme.offsite'));
    await first.hub.close();
    a.destroy();
    createProject(a.doc, { title: 'Offline while the hub restarts' });

    const second = await startTestHub({ workshopPath: json });
    try {
      expect(second.hub.room).toBe(first.hub.room);
      expect(second.logs.some((l) => l.includes('continuing the room stored in'))).toBe(true);
      const back = connect(second.hub, first.hub.tokens.participant, a.doc);
      await back.synced;
      await waitForDoc(
        second.hub.document,
        () => sameState(second.hub.document, a.doc),
        10_000,
        'merge',
      );
      // Every record exactly once: the restarted room continued the history, not a re-import.
      const titles = readProjects(second.hub.document).map((p) => p.title);
      expect(titles.filter((t) => t === 'Stored back to the JSON')).toHaveLength(1);
      expect(titles).toContain('Offline while the hub restarts');
      expect(titles).toHaveLength(11);
      back.destroy();
    } finally {
      await second.hub.close();
    }
  });

  it('refuses to start over another workshop stored beside the JSON, and leaves it alone', async () => {
    const dir = tempDir('offsite-json-clash-');
    const json = join(dir, 'acme.json');
    copyFileSync(fixture, json);
    const other = await startTestHub({ dataDir: dir });
    const otherPath = other.hub.path;
    await other.hub.close();
    const clash = join(dir, 'acme.offsite');
    copyFileSync(otherPath, clash);
    const before = readFileSync(clash);
    await expect(startTestHub({ workshopPath: json })).rejects.toThrow(/holds another workshop/);
    expect(readFileSync(clash).equals(before)).toBe(true);
  });
});
