// `offsite serve` as a process, on SQLite: the --json contract line by line, import once,
// a restart keeps every workshop and link, roles and the policy guard per workshop, the
// admin API, and `offsite backup`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createProject,
  initWorkshop,
  LIMITS,
  readMeta,
  readProjects,
  setAgreed,
} from '../../shared/model';
import { loadWorkshopDoc, saveWorkshopDoc } from '../../electron/storage/workshop-file';
import { freePort } from '../support/services';
import { connect, rawParticipant, syncUpdate, tempDir, trackClients } from './hub-helpers';
import { acknowledged, killAll, ROOT, startServe, type ServeProcess } from './serve-helpers';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'acme-2027.json');
const TOKEN = '[A-Za-z0-9_-]{22,128}';
const { track, destroyAll } = trackClients();

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'inherit' });
});
afterEach(() => {
  destroyAll();
  killAll();
});
afterAll(killAll);

/** A folder with two more workshops: a `.offsite` and an interchange JSON. */
async function workshopFolder(): Promise<string> {
  const dir = tempDir('offsite-import-');
  const a = new Y.Doc();
  initWorkshop(a, { id: 'team-sales-q1', title: 'Sales team Q1' });
  await saveWorkshopDoc(join(dir, 'sales.offsite'), a);
  const b = new Y.Doc();
  initWorkshop(b, { id: 'team-ops-q1', title: 'Ops team Q1' });
  await saveWorkshopDoc(join(dir, 'ops.json'), b);
  return dir;
}

async function admin(p: ServeProcess, path: string, init: RequestInit = {}): Promise<Response> {
  const token = decodeURIComponent(new URL(p.server.admin).hash.split('t=')[1]!);
  return fetch(`${p.server.url}${path}`, {
    ...init,
    headers: { ...init.headers, Authorization: `Bearer ${token}` },
  });
}

async function facilitatorToken(p: ServeProcess, workshop: string): Promise<string> {
  const list = (await (await admin(p, '/api/admin/workshops')).json()) as {
    workshops: { id: string; links: { facilitator: string } }[];
  };
  const link = list.workshops.find((w) => w.id === workshop)!.links.facilitator;
  return decodeURIComponent(link.split('t=')[1]!);
}

describe('offsite serve --json', () => {
  it('prints the server line, one line per workshop, then nothing else on stdout', async () => {
    const data = tempDir('offsite-serve-');
    const port = await freePort();
    const folder = await workshopFolder();
    const p = await startServe(
      ['--data', data, '--port', String(port), '--import', FIXTURE, '--import', folder],
      3,
    );
    const base = `http://127.0.0.1:${port}`;
    const lines = p.stdout().trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    // Keys in the contract's order, exactly those.
    expect(Object.keys(JSON.parse(lines[0]!))).toEqual(['url', 'port', 'admin']);
    expect(p.server.url).toBe(base);
    expect(p.server.port).toBe(port);
    expect(p.server.admin).toMatch(new RegExp(`^${base}/#/admin\\?t=${TOKEN}$`));
    for (const line of lines.slice(1)) {
      expect(Object.keys(JSON.parse(line))).toEqual([
        'workshop',
        'title',
        'url',
        'ws',
        'room',
        'token',
        'viewerToken',
      ]);
    }
    expect(p.workshops.map((w) => w.title)).toEqual([
      'Acme Field Service — 2027 planning offsite',
      'Ops team Q1',
      'Sales team Q1',
    ]);
    for (const w of p.workshops) {
      expect(w.room).toBe(w.workshop);
      expect(w.ws).toBe(`ws://127.0.0.1:${port}/collab`);
      expect(w.url).toBe(`${base}/#/join/${w.room}?t=${w.token}`);
      expect(w.token).toMatch(new RegExp(`^${TOKEN}$`));
      expect(w.viewerToken).toMatch(new RegExp(`^${TOKEN}$`));
      expect(w.viewerToken).not.toBe(w.token);
    }
    // The admin token is kept owner-only, and is the one in the admin link.
    const tokenFile = join(data, 'admin-token');
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    expect(statSync(join(data, 'offsite.sqlite')).mode & 0o777).toBe(0o600);
    expect(p.stderr()).toMatch(/admin token/);

    // Work happens; stdout stays as it was, logs go to stderr.
    const client = track(
      connect({ wsUrl: p.workshops[0]!.ws, room: p.workshops[0]!.room }, p.workshops[0]!.token),
    );
    await client.synced;
    expect((await p.stop()).code).toBe(0);
    expect(p.stdout()).toBe(`${lines.join('\n')}\n`);
  });

  it('imports a workshop once: the same file again serves the existing one, links unchanged', async () => {
    const data = tempDir('offsite-serve-');
    const port = await freePort();
    const args = ['--data', data, '--port', String(port), '--import', FIXTURE];
    const first = await startServe(args, 1);
    await first.stop();
    const second = await startServe(args, 1);
    expect(second.workshops).toEqual(first.workshops);
    expect(second.stdout().trimEnd().split('\n')).toHaveLength(2);
    expect(second.stderr()).toMatch(/already on this server/);
  });
});

describe('a restart with the same --data', () => {
  it('keeps every workshop, every link, and every edit', async () => {
    const data = tempDir('offsite-serve-');
    const port = await freePort();
    const folder = await workshopFolder();
    const first = await startServe(['--data', data, '--port', String(port), '--import', folder], 2);
    // Edits in both workshops, by participants holding the printed links.
    for (const w of first.workshops) {
      const c = track(connect({ wsUrl: w.ws, room: w.room }, w.token));
      await c.synced;
      createProject(c.doc, { title: `kept in ${w.title}` });
      await acknowledged(c.provider);
      c.destroy();
    }
    expect((await first.stop()).code).toBe(0);

    const second = await startServe(['--data', data, '--port', String(port)], 2);
    expect(second.server).toEqual(first.server);
    expect(second.workshops).toEqual(first.workshops);
    for (const w of second.workshops) {
      // The link printed by the first run still works, and the edit is there.
      const c = track(connect({ wsUrl: w.ws, room: w.room }, w.token));
      await c.synced;
      expect(readProjects(c.doc).map((x) => x.title)).toContain(`kept in ${w.title}`);
    }
  });
});

describe('roles and the policy guard, per workshop', () => {
  it('refuses a participant’s write to meta.agreed (4403); a token opens only its own workshop', async () => {
    const data = tempDir('offsite-serve-');
    const folder = await workshopFolder();
    const p = await startServe(['--data', data, '--port', '0', '--import', folder], 2);
    const [a, b] = p.workshops as [(typeof p.workshops)[0], (typeof p.workshops)[0]];

    const participant = track(connect({ wsUrl: a.ws, room: a.room }, a.token));
    await participant.synced;
    const closed = new Promise<number>((resolve) =>
      participant.provider.on('close', ({ event }: { event: { code: number } }) =>
        resolve(event.code),
      ),
    );
    setAgreed(participant.doc, true);
    expect(await closed).toBe(4403);
    participant.destroy();

    // The facilitator (token from the admin API) sees the workshop not agreed, and may agree.
    const facilitator = track(
      connect({ wsUrl: a.ws, room: a.room }, await facilitatorToken(p, a.room)),
    );
    await facilitator.synced;
    expect(readMeta(facilitator.doc).agreed).toBe(false);
    setAgreed(facilitator.doc, true);
    await acknowledged(facilitator.provider);
    expect(facilitator.closes).toEqual([]);

    // Workshop A's participant token does not open workshop B.
    const stranger = track(connect({ wsUrl: b.ws, room: b.room }, a.token));
    await expect(stranger.synced).rejects.toThrow(/authentication failed/);
    // Nor does any token open a workshop that does not exist.
    const nowhere = track(connect({ wsUrl: b.ws, room: 'no-such-workshop' }, a.token));
    await expect(nowhere.synced).rejects.toThrow(/authentication failed/);
  });
});

describe('offsite serve --max-doc-mb', () => {
  it('holds each workshop to its own size cap: the pusher is cut off with 4413, the other workshop still takes edits', async () => {
    const data = tempDir('offsite-serve-');
    const folder = await workshopFolder();
    const p = await startServe(
      ['--data', data, '--port', '0', '--import', folder, '--max-doc-mb', '1'],
      2,
    );
    const [a, b] = p.workshops as [(typeof p.workshops)[0], (typeof p.workshops)[0]];
    // From an address of its own, so its growth budget is not the other client's.
    const pusher = await rawParticipant(
      { wsUrl: a.ws, room: a.room, tokens: { participant: a.token } },
      { localAddress: '127.0.0.2', maxPayload: 0 },
    );
    let reason = '';
    pusher.ws.once('close', (_code, why) => (reason = why.toString()));
    let code = 0;
    void pusher.closed.then((c) => (code = c));
    const rationale = 'r'.repeat(LIMITS.longText);
    let sent = 0;
    while (code === 0 && sent < 200) {
      const local = new Y.Doc();
      createProject(local, { title: `card ${sent}`, rationale });
      pusher.ws.send(syncUpdate(a.room, Y.encodeStateAsUpdate(local)));
      sent++;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const stillOpen = new Promise<string>((resolve) => setTimeout(resolve, 10_000, 'still open'));
    expect(await Promise.race([pusher.closed, stillOpen])).toBe(4413);
    expect(reason).toBe('the workshop is at its size limit (1 MiB)');
    expect(sent).toBeGreaterThan(10);

    const other = track(connect({ wsUrl: b.ws, room: b.room }, b.token));
    await other.synced;
    createProject(other.doc, { title: 'still open', rationale: 'r'.repeat(1000) });
    await acknowledged(other.provider);
    expect(other.closes).toEqual([]);
  }, 60_000);
});

describe('offsite backup', () => {
  it('writes every workshop as a .offsite file, with its edits', async () => {
    const data = tempDir('offsite-serve-');
    const folder = await workshopFolder();
    const p = await startServe(['--data', data, '--port', '0', '--import', folder], 2);
    const w = p.workshops[0]!;
    const c = track(connect({ wsUrl: w.ws, room: w.room }, w.token));
    await c.synced;
    createProject(c.doc, { title: 'in the backup' });
    await acknowledged(c.provider);
    await p.stop();

    const out = join(tempDir('offsite-backup-'), 'backup');
    mkdirSync(out);
    const printed = execFileSync(
      process.execPath,
      ['bin/offsite.mjs', 'backup', '--data', data, '--out', out],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(2);
    expect(printed.trim().split('\n').sort()).toEqual(files.map((f) => join(out, f)));
    const docs = await Promise.all(files.map((f) => loadWorkshopDoc(join(out, f))));
    const withEdit = docs.find((d) => readMeta(d).id === w.room)!;
    expect(readProjects(withEdit).map((x) => x.title)).toContain('in the backup');
  });
});
