// Across workshops (issue 14 §6) on a real `offsite serve` process: the admin aligns a team
// workshop to the company's; any token of the team workshop reads the company's objective
// ids and titles (and nothing when not aligned), cannot open or write the company's
// document, and sees a title changed upstream at its next read. The team's own document
// takes the cross-workshop parent and its cached title from a participant.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readWorkshop,
  refreshUpstreamTitles,
  updateObjective,
  createObjective,
} from '../../shared/model';
import { parseAlignedAnswer, type AlignedAnswer } from '../../shared/protocol/aligned';
import { connect, tempDir, trackClients, waitForDoc } from './hub-helpers';
import { killAll, ROOT, startServe, type ServeProcess } from './serve-helpers';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'acme-2027.json');
let serve: ServeProcess;
let admin: string;
const { track, destroyAll } = trackClients();

interface Created {
  workshop: { id: string; links: { participant: string; viewer: string; facilitator: string } };
}

const tokenOf = (link: string) => new URL(link.replace('#/', '')).searchParams.get('t')!;
const adminApi = (path: string, body?: unknown) =>
  fetch(`${serve.server.url}/api/admin${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Bearer ${admin}` },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
const aligned = (workshop: string, token: string, init: RequestInit = {}) =>
  fetch(`${serve.server.url}/api/workshops/${workshop}/aligned`, {
    ...init,
    headers: { Authorization: `Bearer ${token}` },
  });
const read = async (workshop: string, token: string): Promise<AlignedAnswer> => {
  const res = await aligned(workshop, token);
  expect(res.status).toBe(200);
  return parseAlignedAnswer(await res.json())!;
};

let company: { id: string; token: string; facilitatorToken: string; ws: string };
let team: Created['workshop'];

beforeAll(async () => {
  serve = await startServe(
    ['--data', tempDir('offsite-aligned-'), '--port', '0', '--import', FIXTURE],
    1,
  );
  admin = new URLSearchParams(serve.server.admin.split('?')[1]).get('t')!;
  const [line] = serve.workshops;
  const list = (await (await adminApi('/workshops')).json()) as {
    workshops: Created['workshop'][];
  };
  company = {
    id: line!.workshop,
    token: line!.token,
    facilitatorToken: tokenOf(list.workshops[0]!.links.facilitator),
    ws: line!.ws,
  };
  const created = await adminApi('/workshops', { title: 'Customer Success team' });
  team = ((await created.json()) as Created).workshop;
});
afterAll(async () => {
  destroyAll();
  await serve?.stop();
  killAll();
});

describe('a team workshop aligned to the company workshop', () => {
  it('reads nothing until the admin aligns it; cycles and unknown workshops are refused', async () => {
    const participant = tokenOf(team.links.participant);
    expect(await read(team.id, participant)).toEqual({ parent: null });
    expect((await adminApi(`/workshops/${team.id}/parent`, { parent: team.id })).status).toBe(400);
    expect((await adminApi(`/workshops/${team.id}/parent`, { parent: 'nowhere' })).status).toBe(
      400,
    );
    const set = await adminApi(`/workshops/${team.id}/parent`, { parent: company.id });
    expect(set.status).toBe(200);
    expect(((await set.json()) as { workshop: { parent: string } }).workshop.parent).toBe(
      company.id,
    );
    // The company aligning to its own team would be a cycle.
    const cycle = await adminApi(`/workshops/${company.id}/parent`, { parent: team.id });
    expect(cycle.status).toBe(400);
    expect(await cycle.json()).toEqual({
      error: `${team.id} already aligns (through its parents) to ${company.id}`,
    });
  });

  it('any team token reads the company objectives’ ids and titles, and nothing else', async () => {
    for (const link of [team.links.participant, team.links.viewer, team.links.facilitator]) {
      const answer = await read(team.id, tokenOf(link));
      expect(answer.parent).toEqual({
        workshop: company.id,
        title: 'Acme Field Service — 2027 planning offsite',
        objectives: [
          { id: 'o-ftf', title: 'Make the first visit the only visit', team: null },
          {
            id: 'o-dach',
            title: 'Become the obvious choice for DACH service companies',
            team: null,
          },
          {
            id: 'o-cs-onb',
            title: 'New customers succeed in their first month',
            team: 'Customer Success',
          },
        ],
      });
    }
    const raw = await (await aligned(team.id, tokenOf(team.links.participant))).text();
    expect(raw).not.toContain('keyResults');
    expect(raw).not.toContain(company.token);
    // The company's own token is no team token, nor the admin's; the company is aligned to none.
    expect((await aligned(team.id, company.token)).status).toBe(401);
    expect((await aligned(team.id, admin)).status).toBe(401);
    expect((await aligned(company.id, tokenOf(team.links.participant))).status).toBe(401);
    expect(await read(company.id, company.token)).toEqual({ parent: null });
  });

  it('cannot write: no other method, and the company document refuses a team token', async () => {
    const participant = tokenOf(team.links.participant);
    for (const method of ['POST', 'PUT', 'DELETE']) {
      expect((await aligned(team.id, participant, { method })).status).toBe(405);
    }
    const intruder = connect(
      { wsUrl: company.ws, room: company.id },
      tokenOf(team.links.facilitator),
    );
    await expect(intruder.synced).rejects.toThrow(/permission-denied/);
    // As the app does: a refused token is not retried (the socket would be mid-connect).
    intruder.socket.shouldConnect = false;
    intruder.socket.disconnect();
    intruder.provider.destroy();
  });

  it('a title changed upstream reaches the team, whose document keeps it as the parent’s title', async () => {
    // A team member aligns an objective of the team to the company's first objective.
    const member = track(
      connect({ wsUrl: company.ws, room: team.id }, tokenOf(team.links.participant)),
    );
    await member.synced;
    const first = (await read(team.id, tokenOf(team.links.participant))).parent!.objectives[0]!;
    const mine = createObjective(member.doc, {
      title: 'Onboard every customer in a week',
      team: 'CS',
    });
    updateObjective(member.doc, mine, {
      upstream: { workshop: company.id, objective: first.id, title: first.title },
    });

    // The company's facilitator renames it.
    const facilitator = track(
      connect({ wsUrl: company.ws, room: company.id }, company.facilitatorToken),
    );
    await facilitator.synced;
    updateObjective(facilitator.doc, 'o-ftf', { title: 'Fix it on the first visit' });
    await expect
      .poll(
        async () => (await read(team.id, tokenOf(team.links.viewer))).parent?.objectives[0]?.title,
      )
      .toBe('Fix it on the first visit');

    // The member's app copies the new title into the team's document; a second team
    // member (a fresh device) sees it, read from the team's own workshop.
    const now = (await read(team.id, tokenOf(team.links.participant))).parent!;
    expect(
      refreshUpstreamTitles(
        member.doc,
        now.workshop,
        new Map(now.objectives.map((o) => [o.id, o.title])),
      ),
    ).toBe(1);
    const other = track(
      connect({ wsUrl: company.ws, room: team.id }, tokenOf(team.links.participant)),
    );
    await other.synced;
    await waitForDoc(other.doc, () =>
      readWorkshop(other.doc).objectives.some(
        (o) => o.upstreamTitle === 'Fix it on the first visit',
      ),
    );
    const o = readWorkshop(other.doc).objectives.find((x) => x.id === mine)!;
    expect([o.parentId, o.upstreamWorkshop, o.upstreamObjective]).toEqual([
      null,
      company.id,
      'o-ftf',
    ]);
    expect(member.closes).toEqual([]);
  });
});
