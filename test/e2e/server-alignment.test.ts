// Across workshops (issue 14 §6) in real Chromium against a real server: the admin aligns
// a team workshop to the company's on the admin page; a team member connected to the
// team workshop picks the company's objective as a parent in "Aligned to"; the alignment
// tree heads the team's objective with it (read-only), its title follows a rename in the
// company workshop, and the export preview names it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateObjective } from '../../shared/model';
import type { AdminWorkshop } from '../../shared/protocol/admin';
import { startServer, type OffsiteServer } from '../../electron/server/server';
import { goToStep, launchChromium, seriousViolations, watchPage, WEB_ROOT } from './support';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'acme-2027.json');
const COMPANY = 'Acme Field Service — 2027 planning offsite';
const TEAM = 'Customer Success 2027';
const FTF = 'Make the first visit the only visit';
const RENAMED = 'Fix it on the first visit, every time';

let server: OffsiteServer;
let browser: Browser;
let company: string;
let team: AdminWorkshop;

beforeAll(async () => {
  server = await startServer({
    dataDir: mkdtempSync(join(tmpdir(), 'offsite-align-')),
    host: '127.0.0.1',
    port: 0,
    webRoot: WEB_ROOT,
    imports: [FIXTURE],
    log: () => {},
  });
  company = (await server.workshops())[0]!.id;
  const res = await fetch(`${server.url}/api/admin/workshops`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.adminToken}` },
    body: JSON.stringify({ title: TEAM }),
  });
  team = ((await res.json()) as { workshop: AdminWorkshop }).workshop;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function connectTo(page: Page, link: string): Promise<void> {
  await page.goto(`${server.url}/#/`);
  await page.getByRole('button', { name: 'Connect to a server', exact: true }).click();
  await page.getByRole('textbox', { name: 'Workshop link' }).fill(link);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Kim from CS');
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
}

describe('a team workshop aligned to the company workshop', () => {
  it('the admin aligns it; a member picks a company objective, which follows its renames', async () => {
    const admin = await browser.newPage();
    const adminErrors = watchPage(admin);
    await admin.goto(server.adminUrl);
    const teamCard = admin.getByRole('article', { name: TEAM });
    await teamCard.getByRole('combobox', { name: 'Aligns to' }).selectOption({ label: COMPANY });
    await expect.poll(async () => (await server.store.get(team.id))?.parent).toBe(company);
    expect(await seriousViolations(admin)).toEqual([]);
    adminErrors.assertClean();

    const page = await browser.newPage();
    const errors = watchPage(page);
    await connectTo(page, team.links.participant);
    await goToStep(page, 'OKR drafting');
    await page.getByRole('button', { name: 'Add objective' }).click();
    const objective = page.getByRole('region', { name: 'Objective 1', exact: true });
    await objective
      .getByRole('textbox', { name: 'Objective title' })
      .fill('Every new customer live within a week');
    const parent = objective.getByRole('combobox', { name: 'Aligned to' });
    // The company's objectives come from the server, grouped apart from this workshop's.
    await expect
      .poll(() =>
        parent.locator(`optgroup[label="Company workshop: ${COMPANY}"] option`).allTextContents(),
      )
      .toEqual([
        FTF,
        'Become the obvious choice for DACH service companies',
        'New customers succeed in their first month',
      ]);
    await parent.selectOption({ label: FTF });

    const tree = page.getByRole('navigation', { name: 'Alignment tree' });
    const companyBranch = tree.getByRole('list', { name: 'Company objectives' });
    await expect.poll(() => companyBranch.textContent()).toContain(FTF);
    await companyBranch
      .getByRole('button', { name: /Every new customer live within a week/ })
      .waitFor();
    // Read-only here: the company's objective is no button to edit.
    expect(await companyBranch.getByRole('button', { name: new RegExp(FTF) }).count()).toBe(0);
    // The step's content (the header's own findings are not this change's: see the report).
    expect(await seriousViolations(page, 'main')).toEqual([]);

    // The company's facilitator renames it in the company workshop.
    const direct = await server.hocuspocus.openDirectConnection(company, {});
    await direct.transact((doc) => {
      updateObjective(doc, 'o-ftf', { title: RENAMED });
    });
    await direct.disconnect();
    await expect.poll(() => companyBranch.textContent(), { timeout: 30_000 }).toContain(RENAMED);
    await expect
      .poll(async () => (await parent.locator('option:checked').textContent())?.trim())
      .toBe(RENAMED);

    // The team's document holds the title too: the export names the company objective.
    await goToStep(page, 'Review & export');
    await expect
      .poll(() => page.getByText(`Company objective: ${RENAMED}`).count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    errors.assertClean();
  });
});
