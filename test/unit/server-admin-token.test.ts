// The server's admin token file: owner-only from creation, one token however many
// processes start at once on the same data directory, kept across restarts, never replaced
// when unreadable.
import { chmodSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminToken } from '../../electron/server/admin-token';

const dir = () => mkdtempSync(join(tmpdir(), 'offsite-admin-token-'));

describe('adminToken', () => {
  it('makes one owner-only token at first start and keeps it', async () => {
    const d = dir();
    const first = await adminToken(d, () => {});
    expect(first.created).toBe(true);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(statSync(first.path).mode & 0o777).toBe(0o600);
    const again = await adminToken(d, () => {});
    expect(again).toEqual({ ...first, created: false });
    expect(readdirSync(d)).toEqual(['admin-token']);
  });

  it('gives every process starting at once the same token', async () => {
    const d = dir();
    const all = await Promise.all(Array.from({ length: 8 }, () => adminToken(d, () => {})));
    expect(new Set(all.map((a) => a.token)).size).toBe(1);
    expect(all.filter((a) => a.created)).toHaveLength(1);
  });

  it('narrows a file others may read to 0600, and refuses a malformed one', async () => {
    const d = dir();
    const { path } = await adminToken(d, () => {});
    chmodSync(path, 0o644);
    const logs: string[] = [];
    await adminToken(d, (m) => logs.push(m));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(logs.join()).toMatch(/readable by others/);
    writeFileSync(path, 'not a token\n');
    await expect(adminToken(d, () => {})).rejects.toThrow(/does not hold an admin token/);
  });
});
