import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../electron/hub/hub';
import { docToJson, readProjects } from '../../shared/model';
import { startTestHub } from '../integration/hub-helpers';
import {
  agendaLink,
  joinRoom,
  launchChromium,
  startFixtureHub,
  watchPage,
  WEB_ROOT,
  type FixtureHub,
  type PageErrors,
} from './support';

/**
 * Issue 15 item 8 in the browser: a participant's browser keeps its copy of Q1's room. The
 * facilitator makes Q2 from Q1's JSON export (the same id, so the same room id, 7 projects
 * dropped) and runs it on the same address. When the participant joins Q2 with its link,
 * the browser's Q1 copy is not merged in: it is kept apart as a workshop of its own, the
 * participant is told so, and the room shows Q2 as it is.
 */
describe('issue 15 item 8: joining a room of another workshop with the same id', () => {
  let q1: FixtureHub;
  let q2: Hub | null = null;
  let dir: string;
  let browser: Browser;
  let page: Page;
  let errors: PageErrors;
  const Q1_TITLE = 'Acme Field Service — 2027 planning offsite';

  const cards = (p: Page) => p.locator('.card-title');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'offsite-identity-e2e-'));
    q1 = await startFixtureHub('offsite-identity-q1-');
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    // The hub going away and refusing the old link show up as failed sockets.
    errors = watchPage(page, [/WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/collab' failed/]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await q2?.close();
    await q1?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the browser’s Q1 copy apart, says so, and shows Q2 without Q1’s dropped projects', async () => {
    await joinRoom(page, q1.hub.url, 'Pat Participant');
    await agendaLink(page, 'Project alignment').click();
    await expect.poll(() => cards(page).count()).toBe(9);

    // Q2 from Q1's export, on the same port (the browser's copy and link are per address).
    const json = docToJson(q1.hub.document);
    json.title = 'Acme 2027 Q2';
    json.projects = json.projects.slice(7);
    for (const o of json.objectives) for (const kr of o.keyResults) kr.initiatives = [];
    const q2Path = join(dir, 'q2.json');
    await writeFile(q2Path, JSON.stringify(json));
    const port = q1.hub.port;
    await q1.hub.close();
    ({ hub: q2 } = await startTestHub({ webRoot: WEB_ROOT, workshopPath: q2Path, port }));
    expect(q2.room).toBe(q1.hub.room);

    await joinRoom(page, q2.url, 'Pat Participant');
    const dialog = page.getByRole('alertdialog', { name: 'Your copy was kept apart' });
    await dialog.waitFor({ timeout: 15_000 });
    expect(await dialog.textContent()).toContain(
      `different workshop with the same room id — kept apart as “${Q1_TITLE} (copy)”`,
    );
    await dialog.getByRole('button', { name: 'Close' }).click();

    await expect
      .poll(() => page.getByRole('textbox', { name: 'Workshop title' }).inputValue())
      .toBe('Acme 2027 Q2');
    await agendaLink(page, 'Project alignment').click();
    await expect.poll(() => cards(page).count()).toBe(2);
    expect(
      await page.getByRole('status', { name: /^Connection:/ }).getAttribute('aria-label'),
    ).toBe('Connection: Connected');
    // Nothing of Q1 reached the room.
    await q2.flush();
    expect(readProjects(q2.document).map((p) => p.title)).toEqual(
      json.projects.map((p) => p.title),
    );

    // The Q1 copy is on the home screen, whole.
    await page.goto(`${q2.url.split('#')[0]}#/`);
    await page.getByRole('link', { name: `Open ${Q1_TITLE} (copy)`, exact: true }).click();
    await agendaLink(page, 'Project alignment').click();
    await expect.poll(() => cards(page).count()).toBe(9);
    errors.assertClean();
  }, 90_000);
});
