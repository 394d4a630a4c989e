import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../electron/hub/hub';
import { readMeta, readRoomState } from '../../shared/model';
import {
  joinPeople,
  launchChromium,
  startFixtureHub,
  type FixtureHub,
  type PageErrors,
} from './support';

/**
 * The cycle's dates and check-in day belong to the Drumbeat (shared/protocol/room.ts,
 * STEP_OWNS): with the Drumbeat locked, a participant sees them read-only, and renaming the
 * cycle in the header (the one-pager's, still open) names it without touching the dates —
 * an edit carrying them would be refused by the hub, and the participant's app would stop.
 */
describe('a locked Drumbeat locks the cycle’s dates and check-in day', () => {
  let room: FixtureHub;
  let hub: Hub;
  let browser: Browser;
  let fran: Page;
  let pat: Page;
  const errors: PageErrors[] = [];
  const pill = (page: Page) => page.getByRole('status', { name: /^Connection:/ });

  beforeAll(async () => {
    room = await startFixtureHub('offsite-cycle-lock-e2e-');
    hub = room.hub;
    browser = await launchChromium();
    const people = await joinPeople(
      browser,
      [
        ['Fran Facilitator', room.facilitatorLink],
        ['Pat Participant', hub.url],
      ],
      'Drumbeat',
    );
    [fran, pat] = people.map((p) => p.page) as [Page, Page];
    errors.push(...people.map((p) => p.errors));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await room?.close();
  });

  it('shows them read-only to a participant, and a rename in the header leaves them alone', async () => {
    const before = readMeta(hub.document);
    await fran.getByRole('button', { name: 'Lock this step' }).click();
    await expect.poll(() => readRoomState(hub.document).locks).toContain('drumbeat');
    await pat.getByText('Locked by the facilitator').waitFor({ timeout: 10_000 });
    for (const name of ['Cycle start', 'Cycle end', 'Check-in day'])
      expect(await pat.getByLabel(name, { exact: true }).isDisabled(), name).toBe(true);

    // "2027-Q3" would set the cycle's dates when the Drumbeat is open (the dates are empty).
    await pat.getByRole('textbox', { name: 'Cycle', exact: true }).fill('2027-Q3');
    await expect.poll(() => readMeta(hub.document).cycle).toBe('2027-Q3');
    const after = readMeta(hub.document);
    expect([after.cycleStart, after.cycleEnd]).toEqual([before.cycleStart, before.cycleEnd]);
    expect(await pill(pat).getAttribute('aria-label')).toBe('Connection: Connected');

    // The facilitator still sets them.
    await fran.getByLabel('Cycle start', { exact: true }).fill('2027-07-05');
    await expect.poll(() => readMeta(hub.document).cycleStart).toBe('2027-07-05');
  });

  it('left no page errors', () => {
    for (const e of errors) e.assertClean();
  });
});
