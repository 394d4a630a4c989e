import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchPersistent } from './browser';
import { watchPage, type PageErrors } from './page-errors';

/** A file for a file chooser: a path on disk, or a name with its contents. */
export type ChosenFile = string | { name: string; mimeType: string; buffer: Buffer };

/** `value` as a JSON file named `name`, for importWorkshop. */
export function jsonFile(name: string, value: unknown): ChosenFile {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) };
}

/**
 * Imports a workshop through the home screen's "Import JSON…" file chooser. Waits for
 * nothing after: the caller waits for what it expects (the workshop, or an error dialog).
 */
export async function importWorkshop(page: Page, file: ChosenFile): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import JSON…' }).click();
  await (await chooser).setFiles(file);
}

/** The link to one step in the workshop's Agenda. */
export const agendaLink = (page: Page, step: string): Locator =>
  page.getByRole('navigation', { name: 'Agenda' }).getByRole('link', { name: step, exact: true });

/** Goes to a step through the Agenda and waits for the step's heading. */
export async function goToStep(page: Page, step: string): Promise<void> {
  await agendaLink(page, step).click();
  await page.getByRole('heading', { name: step, level: 2 }).waitFor();
}

/**
 * A Chromium with its own profile in a fresh temporary folder (IndexedDB survives a reload),
 * its first page watched for errors. `close()` closes it and deletes the profile.
 */
export interface PersistentSession {
  readonly profile: string;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: PageErrors;
  close(): Promise<void>;
}

/** Opens a PersistentSession; `prefix` names its temporary profile folder. */
export async function openPersistent(
  prefix: string,
  setup?: (context: BrowserContext) => Promise<void>,
): Promise<PersistentSession> {
  const profile = await mkdtemp(join(tmpdir(), prefix));
  const context = await launchPersistent(profile);
  await setup?.(context);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    profile,
    context,
    page,
    errors: watchPage(page),
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export type RenderCounts = Record<string, number>;

/** Turns render counting on (renderer/ui/render-count.ts counts only where this object exists). */
export async function enableRenderCounts(target: BrowserContext | Page): Promise<void> {
  await target.addInitScript(() => {
    (globalThis as { __offsiteRenderCounts?: RenderCounts }).__offsiteRenderCounts = {};
  });
}

/** A copy of the render counts so far. */
export const readRenderCounts = (page: Page): Promise<RenderCounts> =>
  page.evaluate(() => ({
    ...(globalThis as { __offsiteRenderCounts?: RenderCounts }).__offsiteRenderCounts,
  }));

/**
 * The last key y-indexeddb stored for the open workshop. Keys only grow, and its writes
 * commit in order, so once it passes a value taken before an edit the edit is on disk and
 * a reload cannot race it.
 */
export const lastStoredKey = (page: Page): Promise<number> =>
  page.evaluate(async () => {
    const id = location.hash.split('/')[2];
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const request = indexedDB.open(`offsite-workshop-${id}`);
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    try {
      const cursor = db
        .transaction('updates', 'readonly')
        .objectStore('updates')
        .openCursor(null, 'prev');
      return await new Promise<number>((ok, fail) => {
        cursor.onsuccess = () => ok(cursor.result ? Number(cursor.result.key) : 0);
        cursor.onerror = () => fail(cursor.error);
      });
    } finally {
      db.close();
    }
  });

/** Runs the last edit before a reload and waits until IndexedDB holds it. */
export async function editAndStore(page: Page, edit: () => Promise<void>): Promise<void> {
  const before = await lastStoredKey(page);
  await edit();
  await expect.poll(() => lastStoredKey(page)).toBeGreaterThan(before);
}

/** Opens a room's join link, joins under `name`, and waits for the workshop's Agenda. */
export async function joinRoom(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
}

/** A person in a room: their own browser context at 1280×800, its page and its errors. */
export interface JoinedPerson {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: PageErrors;
}

/**
 * Each of `people` ([name, link]) joins the room in a context of their own and opens
 * `step` through the Agenda; `ignore` are console errors expected of every page.
 */
export async function joinPeople(
  browser: Browser,
  people: readonly (readonly [name: string, link: string])[],
  step: string,
  ignore: readonly RegExp[] = [],
): Promise<JoinedPerson[]> {
  const joined: JoinedPerson[] = [];
  for (const [name, link] of people) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchPage(page, ignore);
    await joinRoom(page, link, name);
    await agendaLink(page, step).click();
    joined.push({ context, page, errors });
  }
  return joined;
}
