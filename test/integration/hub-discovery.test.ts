// LAN discovery (issue 15 item 13: quiet on the network). Everything here runs inside a
// network namespace the test creates (`unshare -n`, loopback only), so no multicast ever
// leaves the machine; where one cannot be made (not root, no unshare) the test is skipped
// and says why. Inside it: a hub on 0.0.0.0 advertises `_offsite._tcp` with its room and
// port and no token; a hub on 127.0.0.1 and `offsite hub --no-discovery` advertise
// nothing; and an mDNS name clash between two hubs goes to stderr, never into the one
// line of `--json` on stdout.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NearbyRoom } from '../../electron/hub/discovery';
import { buildCli, ROOT } from './helpers/cli-hub';

const fixture = fileURLToPath(new URL('../fixtures/acme-2027.json', import.meta.url));
const NETNS_SETUP =
  'ip link set lo up && ip link set lo multicast on && ip route add 224.0.0.0/4 dev lo';

function whyNoNamespace(): string | null {
  if (process.getuid?.() !== 0) return 'creating a network namespace needs root';
  const r = spawnSync('unshare', ['-n', 'sh', '-c', NETNS_SETUP], { encoding: 'utf8' });
  if (r.error) return `unshare is not available: ${r.error.message}`;
  if (r.status !== 0) return `unshare -n failed: ${r.stderr.trim()}`;
  return null;
}

const skipReason = whyNoNamespace();
if (skipReason) console.log(`SKIPPED hub discovery tests: ${skipReason}`);

interface Cli {
  stdout: string;
  stderr: string;
}
interface Result {
  lan: NearbyRoom | null;
  lanPort: number;
  rawRecord: string | null;
  tokens: string[];
  loopbackFound: boolean;
  quietRoom: string | undefined;
  quietFound: boolean;
  logs: string[];
  clash: { first: Cli; second: Cli };
}

let result: Result;
beforeAll(async () => {
  if (skipReason) return;
  buildCli();
  const dir = mkdtempSync(join(tmpdir(), 'offsite-discovery-test-'));
  const child = join(dir, 'discovery-child.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./helpers/discovery-child.ts', import.meta.url))],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  const r = spawnSync(
    'unshare',
    ['-n', 'sh', '-c', `${NETNS_SETUP} && exec "$0" "$@"`, process.execPath, child, ROOT, fixture],
    { cwd: ROOT, encoding: 'utf8', timeout: 45_000, killSignal: 'SIGKILL' },
  );
  if (r.status !== 0) throw new Error(`discovery child failed (${r.status}): ${r.stderr}`);
  result = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Result;
}, 60_000);

describe.skipIf(skipReason !== null)('hub discovery, in a network namespace of its own', () => {
  it('a hub on 0.0.0.0 is found by browsing, with its room and port and no token', () => {
    expect(result.lan, `not found; logs: ${result.logs.join('; ')}`).not.toBeNull();
    expect(result.lan!.port).toBe(result.lanPort);
    expect(result.rawRecord, 'the raw DNS-SD record').not.toBeNull();
    for (const token of result.tokens) expect(result.rawRecord).not.toContain(token);
  });

  it('a hub on a loopback address advertises nothing (issue 15 item 13)', () => {
    expect(result.loopbackFound).toBe(false);
    expect(result.logs).toContain(
      'loopback: not advertising the room on the network: it listens on a loopback address',
    );
  });

  it('offsite hub --no-discovery advertises nothing (issue 15 item 13)', () => {
    expect(result.quietRoom).toMatch(/^[A-Za-z0-9_-]{4,64}$/);
    expect(result.quietFound).toBe(false);
  });

  it('an mDNS name clash goes to stderr; stdout keeps exactly the one --json line (issue 15 item 13)', () => {
    const { first, second } = result.clash;
    for (const hub of [first, second]) {
      expect(hub.stdout.split('\n')).toHaveLength(2);
      expect(JSON.parse(hub.stdout.split('\n')[0]!)).toHaveProperty('room');
      expect(hub.stdout.endsWith('\n')).toBe(true);
    }
    expect(second.stderr).toContain('Service name is already in use on the network');
  });
});
