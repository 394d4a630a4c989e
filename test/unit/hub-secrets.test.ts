// Issue 15: what a functional test cannot see about the hub's secrets. A token compared
// with `===` and a tokens file that is readable by everyone for a moment both pass every
// test that only checks outcomes, so these tests watch how it is done.
import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTokens, storeTokens } from '../../electron/hub/token-file';
import { newRoomTokens, roleForToken, tokensEqual } from '../../electron/hub/tokens';
import { nodeFileOps, type AtomicFileOps } from '../../electron/storage/atomic-write';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest();

describe('token comparison (issue 15, mutation test: constant time)', () => {
  it('compares two SHA-256 digests with timingSafeEqual, never the strings themselves', () => {
    const calls: [Buffer, Buffer][] = [];
    const spy = (x: Buffer, y: Buffer) => (calls.push([x, y]), timingSafeEqual(x, y));
    expect(tokensEqual('secret-one', 'secret-one', spy)).toBe(true);
    expect(tokensEqual('secret-one', 'a much longer presented token', spy)).toBe(false);
    expect(calls).toHaveLength(2);
    expect(calls[0]).toEqual([sha256('secret-one'), sha256('secret-one')]);
    // Equal lengths whatever the inputs' lengths: nothing about the token's length leaks.
    expect(calls[1]).toEqual([sha256('secret-one'), sha256('a much longer presented token')]);
    // The default is node's timingSafeEqual itself.
    expect(tokensEqual('x', 'x')).toBe(true);
    expect(tokensEqual('x', 'xy')).toBe(false);
  });

  it('checks the presented token against every role, whichever matches, each in constant time', () => {
    const tokens = newRoomTokens();
    for (const [role, token] of Object.entries(tokens)) {
      const compared: Buffer[] = [];
      const spy = (x: Buffer, y: Buffer) => (compared.push(x), timingSafeEqual(x, y));
      expect(roleForToken(tokens, token, spy)).toBe(role);
      // Three comparisons, one per role, even when the first one matched.
      expect(compared).toEqual([
        sha256(tokens.facilitator),
        sha256(tokens.participant),
        sha256(tokens.viewer),
      ]);
    }
    const spy = (x: Buffer, y: Buffer) => timingSafeEqual(x, y);
    expect(roleForToken(tokens, 'W'.repeat(32), spy)).toBeNull();
  });
});

describe('the tokens file (issue 15 item 12: secret files 0600 from creation)', () => {
  it('is created 0600: never readable by others, not even between the write and a chmod', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offsite-tokens-'));
    const path = join(dir, 'room.offsite.tokens.json');
    const opened: { path: string; mode: number | undefined }[] = [];
    const modesSeen: number[] = [];
    const modeOf = (p: string) => statSync(p).mode & 0o777;
    const see = (p: string) => void modesSeen.push(modeOf(p));
    // Watch every step: the mode the file is opened with, and its mode on disk after each
    // write, sync and close, then after the rename.
    const ops: AtomicFileOps = {
      async open(p, flags, mode) {
        opened.push({ path: p, mode });
        const handle = await nodeFileOps.open(p, flags, mode);
        if (flags === 'r') return handle;
        see(p);
        return {
          writeFile: async (data) => (await handle.writeFile(data), see(p)),
          sync: async () => (await handle.sync(), see(p)),
          close: async () => (await handle.close(), see(p)),
        };
      },
      rename: async (from, to) => (await nodeFileOps.rename(from, to), see(to)),
      unlink: (p) => nodeFileOps.unlink(p),
    };
    const tokens = newRoomTokens();
    const logs: string[] = [];
    const oldUmask = process.umask(0o022);
    try {
      await storeTokens(path, tokens, (m) => logs.push(m), [], ops);
    } finally {
      process.umask(oldUmask);
    }
    expect(logs).toEqual([]);
    expect(opened[0]!.mode).toBe(0o600);
    expect(modesSeen.length).toBeGreaterThanOrEqual(5);
    for (const mode of modesSeen) expect(mode.toString(8)).toBe('600');
    expect(modeOf(path).toString(8)).toBe('600');
    expect(await loadTokens(path)).toEqual(tokens);
  });
});
