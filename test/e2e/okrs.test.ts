import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  goToStep,
  importWorkshop,
  jsonFile,
  openPersistent,
  serveWeb,
  type PageErrors,
  type PersistentSession,
  type StaticServer,
} from './support';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/acme-2027.json');

/** The sample workshop without its OKRs: the one-pager and the board (4 kept projects) only. */
async function workshopWithoutOkrs(): Promise<Record<string, unknown>> {
  const sample = JSON.parse(await readFile(FIXTURE, 'utf8')) as Record<string, unknown>;
  return { ...sample, id: 'okr-e2e', title: 'OKR drafting e2e', objectives: [], checkIns: [] };
}

const O1 = 'Make the first visit the only visit';
const O2 = 'Give technicians everything they need offline';
const O1_KRS = [
  { title: 'Raise first-time-fix rate from 71% to 85%', baseline: '71', target: '85' },
  { title: 'Cut repeat visits per 100 jobs from 22 to 12', baseline: '22', target: '12' },
  { title: 'Technician app rating from 3.9 to 4.5 stars', baseline: '3,9', target: '4.5' },
];
const O2_KRS = [
  { title: 'Jobs closed without signal from 10% to 60%', baseline: '10', target: '60' },
  { title: 'Manual look-ups per job from 4 to 1', baseline: '4', target: '1' },
  { title: 'Launch the new website', baseline: '', target: '' },
];

describe('OKR drafting: objectives, key results, tree, initiatives, coach, agree', () => {
  let server: StaticServer;
  let session: PersistentSession;
  let page: Page;
  let errors: PageErrors;

  beforeAll(async () => {
    server = await serveWeb();
    session = await openPersistent('offsite-okrs-');
    ({ page, errors } = session);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const objective = (n: number) =>
    page.getByRole('region', { name: `Objective ${n}`, exact: true });
  const keyResult = (o: Locator, n: number) =>
    o.getByRole('listitem', { name: `Key result ${n}`, exact: true });
  const coach = () => page.getByRole('region', { name: 'Coach' });
  const tree = () => page.getByRole('navigation', { name: 'Alignment tree' });

  async function addKeyResults(o: Locator, krs: typeof O1_KRS) {
    for (const [i, kr] of krs.entries()) {
      await o.getByRole('button', { name: 'Add key result' }).click();
      const item = keyResult(o, i + 1);
      const title = item.getByRole('textbox', { name: 'Key result title' });
      // The new key result's title gets focus, ready to type.
      await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
      await title.fill(kr.title);
      if (kr.baseline) await item.getByRole('textbox', { name: 'Baseline' }).fill(kr.baseline);
      if (kr.target) await item.getByRole('textbox', { name: 'Target' }).fill(kr.target);
    }
  }

  it('drafts two objectives with three key results each, aligned, with an initiative', async () => {
    await page.goto(server.url);
    await importWorkshop(page, jsonFile('okr-e2e.json', await workshopWithoutOkrs()));
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Workshop title' }).inputValue())
      .toBe('OKR drafting e2e');
    await goToStep(page, 'OKR drafting');
    await page.getByText('No objectives yet — aim for 1–3').waitFor();

    // Objective 1: company level, three key results with baseline and target.
    await page.getByRole('button', { name: 'Add objective' }).click();
    const o1 = objective(1);
    const o1Title = o1.getByRole('textbox', { name: 'Objective title' });
    await expect.poll(() => o1Title.evaluate((el) => el === document.activeElement)).toBe(true);
    await o1Title.fill(O1);
    await addKeyResults(o1, O1_KRS);

    // Objective 2: a team objective aligned to objective 1.
    await page.getByRole('button', { name: 'Add objective' }).click();
    const o2 = objective(2);
    await o2.getByRole('textbox', { name: 'Objective title' }).fill(O2);
    await o2.getByRole('combobox', { name: 'Level' }).selectOption('team');
    await o2.getByRole('combobox', { name: 'Team' }).fill('Mobile');
    await addKeyResults(o2, O2_KRS);
    // Before it is aligned, the tree lists it apart.
    const unaligned = tree().getByRole('region', { name: 'Not aligned yet' });
    await unaligned.getByRole('button', { name: new RegExp(O2) }).waitFor();
    await o2
      .getByRole('combobox', { name: 'Aligned to' })
      .selectOption({ label: `Company: ${O1}` });
    // An objective cannot be aligned to itself or to one aligned under it.
    const o1Parents = await o1
      .getByRole('combobox', { name: 'Aligned to' })
      .locator('option')
      .allTextContents();
    expect(o1Parents).toEqual(['No parent objective']);

    expect(await page.getByRole('textbox', { name: 'Objective title' }).count()).toBe(2);
    expect(await page.getByRole('textbox', { name: 'Key result title' }).count()).toBe(6);
    await page.getByText('2 objectives — aim for 1–3').waitFor();
    expect(await o1.textContent()).toContain('3 key results — aim for 2–5');

    // The tree: objective 2 under objective 1, key results under their objectives.
    await unaligned.waitFor({ state: 'detached' });
    const o1Node = tree()
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: new RegExp(`^Company\\s*${O1}`) }) })
      .first();
    await o1Node.getByRole('button', { name: new RegExp(O2) }).waitFor();
    await o1Node.getByRole('button', { name: O1_KRS[0]!.title }).waitFor();
    // Clicking a node moves focus to its editor. Polled, as every focus check here: a full
    // run on a loaded machine read the focus too early once and failed the whole file.
    await tree()
      .getByRole('button', { name: new RegExp(O2) })
      .click();
    await expect
      .poll(() =>
        o2
          .getByRole('textbox', { name: 'Objective title' })
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);

    // Numbers: "3,9" is 3.9; leaving the field shows it as stored.
    const rating = keyResult(o1, 3).getByRole('textbox', { name: 'Baseline' });
    await rating.blur();
    expect(await rating.inputValue()).toBe('3.9');
    // An ambiguous number is flagged and not stored.
    const target = keyResult(o1, 3).getByRole('textbox', { name: 'Target' });
    await target.fill('4,500');
    expect(await target.getAttribute('aria-invalid')).toBe('true');
    await keyResult(o1, 3).getByText('is ambiguous').waitFor();
    await target.fill('4.5');
    expect(await target.getAttribute('aria-invalid')).toBeNull();

    // Link a kept project as an initiative; killed and undecided projects are not offered.
    const kr1 = keyResult(o1, 1);
    const picker = kr1.getByRole('combobox', { name: 'Link a kept project' });
    const offered = await picker.locator('option').allTextContents();
    expect(offered).toContain('Parts prediction per job');
    expect(offered).not.toContain('VR training simulator');
    expect(offered).not.toContain('In-app chat with dispatchers');
    await picker.selectOption({ label: 'Parts prediction per job' });
    await kr1.getByRole('button', { name: 'Unlink Parts prediction per job' }).waitFor();
    expect(await picker.locator('option').allTextContents()).not.toContain(
      'Parts prediction per job',
    );
    errors.assertClean();
  });

  it('coaches a weak key result as people type, and Dismiss hides the finding', async () => {
    const weak = keyResult(objective(2), 3);
    const hint = weak.locator('[data-rule="kr-is-output"]');
    await hint.waitFor();
    expect(await hint.textContent()).toMatch(/Warning|Note|Error/);
    await coach().locator('[data-rule="kr-is-output"]').waitFor();
    expect(
      await coach()
        .getByRole('link', { name: /Launch the new website/ })
        .count(),
    ).toBe(1);
    await hint.getByRole('button', { name: 'Dismiss' }).click();
    await hint.waitFor({ state: 'detached' });
    await coach().locator('[data-rule="kr-is-output"]').waitFor({ state: 'detached' });
    // A strong key result has no such finding.
    expect(await keyResult(objective(1), 1).locator('[data-rule="kr-is-output"]').count()).toBe(0);
    errors.assertClean();
  });

  it('reorders with the keyboard and keeps focus on the moved objective', async () => {
    const title = objective(1).getByRole('textbox', { name: 'Objective title' });
    await title.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(() => objective(2).getByRole('textbox', { name: 'Objective title' }).inputValue())
      .toBe(O1);
    await expect
      .poll(() =>
        objective(2)
          .getByRole('textbox', { name: 'Objective title' })
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(() => objective(1).getByRole('textbox', { name: 'Objective title' }).inputValue())
      .toBe(O1);
    // The buttons do the same.
    await objective(1).getByRole('button', { name: 'Move Objective 1 down' }).click();
    await expect
      .poll(() => objective(1).getByRole('textbox', { name: 'Objective title' }).inputValue())
      .toBe(O2);
    await objective(2).getByRole('button', { name: 'Move Objective 2 up' }).click();
    await expect
      .poll(() => objective(1).getByRole('textbox', { name: 'Objective title' }).inputValue())
      .toBe(O1);
    errors.assertClean();
  });

  it('agrees the set: read-only, and editing asks for an explicit unlock', async () => {
    await page.getByRole('button', { name: 'Mark as agreed' }).click();
    await page.getByText('Agreed.').waitFor();
    const title = objective(1).getByRole('textbox', { name: 'Objective title' });
    expect(await title.isEditable()).toBe(false);
    expect(
      await keyResult(objective(1), 1).getByRole('textbox', { name: 'Target' }).isEditable(),
    ).toBe(false);
    expect(await objective(1).getByRole('combobox', { name: 'Kind' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Add objective' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add key result' }).count()).toBe(0);

    // Typing into the agreed set asks to unlock; Cancel keeps it locked and unchanged.
    await title.focus();
    await page.keyboard.press('x');
    const dialog = page.getByRole('alertdialog', { name: 'Unlock the agreed OKRs?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await title.inputValue()).toBe(O1);
    expect(await title.isEditable()).toBe(false);

    await page.getByRole('button', { name: 'Unlock to edit' }).click();
    await dialog.getByRole('button', { name: 'Unlock' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Mark as agreed' }).waitFor();
    expect(await title.isEditable()).toBe(true);
    errors.assertClean();
  });

  it('deletes an objective with its key results; undo restores them, redo deletes again', async () => {
    // Edits within the undo manager's capture time (500 ms) merge into one step, as typing
    // a word should: let the unlock become its own step first.
    await page.waitForTimeout(700);
    await objective(2).getByRole('button', { name: 'Delete Objective 2' }).click();
    await objective(2).waitFor({ state: 'detached' });
    expect(await page.getByRole('textbox', { name: 'Key result title' }).count()).toBe(3);
    await page.getByRole('status').filter({ hasText: 'Deleted objective' }).waitFor();

    await page.getByRole('heading', { name: 'OKR drafting', level: 2 }).click();
    await page.keyboard.press('Control+z');
    await objective(2).waitFor();
    expect(await objective(2).getByRole('textbox', { name: 'Objective title' }).inputValue()).toBe(
      O2,
    );
    expect(await page.getByRole('textbox', { name: 'Key result title' }).count()).toBe(6);

    await page.keyboard.press('Control+Shift+z');
    await objective(2).waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z');
    await objective(2).waitFor();
    expect(await objective(2).getByRole('combobox', { name: 'Team' }).inputValue()).toBe('Mobile');
    errors.assertClean();
  });

  it('keeps everything across a reload', async () => {
    await page.reload();
    await objective(2).waitFor();
    expect(await objective(1).getByRole('textbox', { name: 'Objective title' }).inputValue()).toBe(
      O1,
    );
    const o2 = objective(2);
    expect(await o2.getByRole('textbox', { name: 'Objective title' }).inputValue()).toBe(O2);
    expect(await o2.getByRole('combobox', { name: 'Team' }).inputValue()).toBe('Mobile');
    expect(
      await o2
        .getByRole('combobox', { name: 'Aligned to' })
        .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? ''),
    ).toBe(`Company: ${O1}`);
    for (const [o, krs] of [
      [objective(1), O1_KRS],
      [o2, O2_KRS],
    ] as const) {
      for (const [i, kr] of krs.entries()) {
        const item = keyResult(o, i + 1);
        expect(await item.getByRole('textbox', { name: 'Key result title' }).inputValue()).toBe(
          kr.title,
        );
        const baseline = kr.baseline.replace(',', '.');
        expect(await item.getByRole('textbox', { name: 'Baseline' }).inputValue()).toBe(baseline);
        expect(await item.getByRole('textbox', { name: 'Target' }).inputValue()).toBe(kr.target);
      }
    }
    await keyResult(objective(1), 1)
      .getByRole('button', { name: 'Unlink Parts prediction per job' })
      .waitFor();
    // The dismissal is stored in the workshop: the finding stays hidden after a reload.
    await coach().getByRole('status').waitFor();
    await keyResult(o2, 1).getByRole('textbox', { name: 'Key result title' }).waitFor();
    expect(await keyResult(o2, 3).locator('[data-rule="kr-is-output"]').count()).toBe(0);
    await tree()
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: new RegExp(`^Company\\s*${O1}`) }) })
      .first()
      .getByRole('button', { name: new RegExp(O2) })
      .waitFor();
    errors.assertClean();
  });
});
