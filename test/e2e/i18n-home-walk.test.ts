import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type OffsiteServer } from '../../electron/server/server';
import { resources } from '../../shared/i18n/resources';
import { WORKSHOPS_PATH, workshopPath } from '../../shared/protocol/admin';
import {
  jsonFile,
  launchChromium,
  seriousViolations,
  serveWeb,
  WEB_ROOT,
  watchPage,
  type ChosenFile,
  type StaticServer,
  leaves,
  shownTexts,
  type Tree,
} from './support';

/**
 * Outside a workshop the app speaks the browser's language (issue 13 §4): a Chromium set to
 * it-IT or de-DE opens the home screen (workshops listed, the delete confirmation, the
 * "already on this device" choice, a refused import) and a server's admin page, and no
 * English UI string is left. The technique of i18n-walk.test.ts: no visible text or
 * accessible name equals an English catalogue string whose translation differs, and
 * nothing an en-US browser showed is shown unchanged, except the workshops' own words
 * (titles, cycles, file names, ids). axe finds no serious violation on any of them.
 *
 * Then the home screen's Language choice: remembered across a reload, the language new
 * workshops start in, and no workshop's own language changes with it. Screenshots in
 * German at three sizes go to test-results/screens/i18n-home/.
 */
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'acme-2027.json');
const ACME = 'Acme Field Service — 2027 planning offsite';
const SHOTS = 'test-results/screens/i18n-home';

type Language = 'en' | 'it' | 'de';
const LOCALE: Record<Language, string> = { en: 'en-US', it: 'it-IT', de: 'de-DE' };

const catalogue = (language: Language) => resources[language].translation as Tree;
/** A string of the catalogue by its key path, in a language. */
const say = (language: Language, key: string): string =>
  key
    .split('.')
    .reduce<string | Tree>((node, part) => (node as Tree)[part]!, catalogue(language)) as string;

const SKIPPED = ['[hidden]', 'script', 'style', 'option:not(:checked)', '.problem-list code'].join(
  ', ',
);

/** Names that read the same in every language, and the file formats' own names. */
const ALLOWED = new Set(['Offsite', 'English', 'Italiano', 'Deutsch', 'JSON', 'QR']);

/** Whether a line is only the workshops' own words, numbers and allowed names. */
function onlyRoomWords(text: string, room: readonly string[]): boolean {
  let rest = text;
  for (const words of room) if (rest.includes(words)) rest = rest.split(words).join(' ');
  rest = rest.replace(/\.(offsite|json)\b/g, ' ');
  return (rest.match(/\p{L}[\p{L}-]+/gu) ?? []).every((word) => ALLOWED.has(word));
}

/** English catalogue strings a language says differently, whitespace folded. */
function englishOnly(language: Language): Set<string> {
  const foreign = new Set(leaves(catalogue(language)));
  return new Set(
    leaves(catalogue('en'))
      .filter((s) => !foreign.has(s))
      .map((s) => s.replace(/\s+/g, ' ').trim()),
  );
}

const BAD = jsonFile('broken-plan.json', { format: 'offsite-workshop', title: 42 });
const SECOND = 'Field ops — second half';

/** Imports a file through the home screen's Import JSON… in the page's language. */
async function importJson(page: Page, language: Language, file: ChosenFile): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: say(language, 'home.importJson') }).click();
  await (await chooser).setFiles(file);
}

const homeHeading = (page: Page, language: Language) =>
  page.getByRole('heading', { name: say(language, 'home.onThisDevice') });

async function goHome(page: Page, url: string, language: Language): Promise<void> {
  await page.goto(url);
  await homeHeading(page, language).waitFor();
}

describe('home and admin in the browser’s language', () => {
  let web: StaticServer;
  let admin: OffsiteServer;
  let browser: Browser;
  /** What each screen showed in English, for the "unchanged" check. */
  const english = new Map<string, string[]>();
  const room = new Set<string>([ACME, SECOND, '2027-Q1', '2027-H2', 'broken-plan.json']);

  beforeAll(async () => {
    web = await serveWeb();
    admin = await startServer({
      dataDir: mkdtempSync(join(tmpdir(), 'offsite-i18n-admin-')),
      host: '127.0.0.1',
      port: 0,
      webRoot: WEB_ROOT,
      imports: [FIXTURE],
      log: () => {},
    });
    // A second workshop, archived, so the page shows its archived list too.
    const token = new URL(admin.adminUrl).hash.split('t=')[1]!;
    const api = (path: string, body: unknown) =>
      fetch(new URL(path, admin.adminUrl), {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<{ workshop: { id: string } }>);
    const { workshop } = await api(WORKSHOPS_PATH, { title: SECOND });
    await api(workshopPath(workshop.id, 'archive'), { archived: true });
    // Ids are shown as they are; the archived one is no longer among the served.
    room.add(workshop.id);
    for (const w of await admin.workshops()) room.add(w.id);
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await admin?.close();
    await web?.close();
  });

  /** Checks a screen in `language` against English; records it when `language` is English. */
  async function check(page: Page, language: Language, screen: string): Promise<void> {
    const shown = await shownTexts(page, { skip: SKIPPED, skipAttributes: true });
    if (language === 'en') {
      english.set(screen, shown);
      return;
    }
    const leftInEnglish = shown.filter((s) => englishOnly(language).has(s) && !ALLOWED.has(s));
    expect(leftInEnglish, `${screen}: catalogue strings in English`).toEqual([]);
    const words = [...room].sort((a, b) => b.length - a.length);
    const unchanged = (english.get(screen) ?? []).filter(
      (s) =>
        shown.includes(s) &&
        !room.has(s) &&
        !ALLOWED.has(s) &&
        !onlyRoomWords(s, words) &&
        !/^[\d\s·–—%→+×.,:/()-]+$/.test(s),
    );
    expect(unchanged, `${screen}: shown unchanged in ${language}`).toEqual([]);
    expect(await seriousViolations(page), `${screen}: axe`).toEqual([]);
  }

  async function walkHome(context: BrowserContext, language: Language): Promise<void> {
    const page = await context.newPage();
    // The refused file is logged by nobody; a console error would be a bug.
    const errors = watchPage(page);
    await goHome(page, web.url, language);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    await check(page, language, 'home, empty');

    // Workshops: the fixture, a second one from it, and a new one (untitled).
    await importJson(page, language, FIXTURE);
    // An imported workshop names no language: it opens in English.
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await goHome(page, web.url, language);
    const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
    await importJson(
      page,
      language,
      jsonFile('h2.json', { ...fixture, id: crypto.randomUUID(), title: SECOND, cycle: '2027-H2' }),
    );
    // An imported workshop names no language: it opens in English.
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await goHome(page, web.url, language);
    await page.getByRole('button', { name: say(language, 'home.newWorkshop') }).click();
    // A new workshop starts in the language outside workshops; English ones name none.
    const workshopLanguage = page.getByRole('combobox', { name: say(language, 'app.language') });
    await expect.poll(() => workshopLanguage.inputValue()).toBe(language);
    await goHome(page, web.url, language);
    await page.getByRole('listitem', { name: say(language, 'app.untitled') }).waitFor();
    await check(page, language, 'home, three workshops');
    if (language === 'de') await screenshots(page, 'home');

    // The delete confirmation, then Cancel.
    await page
      .getByRole('listitem', { name: SECOND })
      .getByRole('button', {
        name: say(language, 'home.row.deleteNamed').replace('{title}', SECOND),
      })
      .click();
    const confirm = page.getByRole('dialog', { name: say(language, 'home.confirmDelete.title') });
    await confirm.waitFor();
    await check(page, language, 'delete confirmation');
    await confirm.getByRole('button', { name: say(language, 'home.confirmDelete.cancel') }).click();

    // The same workshop again: open the one here, or import a copy? Cancelled.
    await importJson(page, language, FIXTURE);
    const choice = page.getByRole('dialog', { name: say(language, 'home.already.title') });
    await choice.waitFor();
    await check(page, language, 'already on this device');
    await choice.getByRole('button', { name: say(language, 'dialogs.cancel') }).click();

    // A refused file: the error dialog names it and lists its problems.
    await importJson(page, language, BAD);
    const refused = page.getByRole('alertdialog', {
      name: say(language, 'home.failed.import').replace('{name}', 'broken-plan.json'),
    });
    await refused.waitFor();
    await refused
      .getByText(say(language, 'files.notValid').replace('{name}', 'broken-plan.json'))
      .waitFor();
    await check(page, language, 'refused import');
    await refused.getByRole('button', { name: say(language, 'widgets.close') }).click();
    errors.assertClean();
    await page.close();
  }

  async function walkAdmin(context: BrowserContext, language: Language): Promise<void> {
    const page = await context.newPage();
    const errors = watchPage(page);
    await page.goto(admin.adminUrl);
    await page.getByRole('heading', { name: say(language, 'admin.heading') }).waitFor();
    const card = page.getByRole('article', { name: ACME });
    await card
      .getByRole('button', { name: new RegExp(`^${say(language, 'admin.card.showQr')}`) })
      .click();
    await page
      .getByRole('img', { name: say(language, 'admin.card.qrLabel').replace('{title}', ACME) })
      .waitFor();
    // A title left empty: the page says what it needs.
    await page.getByRole('button', { name: say(language, 'admin.create') }).click();
    await page.getByRole('alert').getByText(say(language, 'admin.giveTitle')).waitFor();
    await check(page, language, 'admin page');
    if (language === 'de') await screenshots(page, 'admin');
    errors.assertClean();
    await page.close();
  }

  /** The page in German at the three sizes; none is wider than its window. */
  async function screenshots(page: Page, name: string): Promise<void> {
    for (const { width, height } of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `${SHOTS}/de-${name}-${width}x${height}.png`, fullPage: true });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${name} at ${width}×${height}: wider than the window`).toBeLessThanOrEqual(
        0,
      );
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  for (const language of ['en', 'it', 'de'] as const) {
    it(`${LOCALE[language]}: the home screen and the admin page${language === 'en' ? ' (the English baseline)' : ', with no English left'}`, async () => {
      const context = await browser.newContext({
        locale: LOCALE[language],
        viewport: { width: 1280, height: 800 },
      });
      await walkHome(context, language);
      await walkAdmin(context, language);
      await context.close();
    });
  }

  it('the home Language choice: remembered on reload, taken by new workshops, never by an open one', async () => {
    const context = await browser.newContext({
      locale: 'de-DE',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    const errors = watchPage(page);
    await goHome(page, web.url, 'de');
    // An English workshop, made before the choice.
    await importJson(page, 'de', FIXTURE);
    const workshopLanguage = (language: Language) =>
      page.getByRole('combobox', { name: say(language, 'app.language') });
    await expect.poll(() => workshopLanguage('en').inputValue()).toBe('en');
    await goHome(page, web.url, 'de');

    const choice = page.getByRole('combobox', { name: 'Sprache', exact: true });
    expect(await choice.inputValue()).toBe('de');
    await choice.selectOption('it');
    await homeHeading(page, 'it').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');
    await page.reload();
    await homeHeading(page, 'it').waitFor();
    expect(await page.getByRole('combobox', { name: 'Lingua', exact: true }).inputValue()).toBe(
      'it',
    );

    // A new workshop starts in Italian…
    await page.getByRole('button', { name: say('it', 'home.newWorkshop') }).click();
    await expect.poll(() => workshopLanguage('it').inputValue()).toBe('it');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');
    // …the English one stays English…
    await goHome(page, web.url, 'it');
    await page
      .getByRole('link', { name: say('it', 'home.row.openNamed').replace('{title}', ACME) })
      .click();
    await expect.poll(() => workshopLanguage('en').inputValue()).toBe('en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // …and English on home makes English workshops again, in a German browser.
    await goHome(page, web.url, 'it');
    await page.getByRole('combobox', { name: 'Lingua', exact: true }).selectOption('en');
    await homeHeading(page, 'en').waitFor();
    await page.getByRole('button', { name: 'New workshop' }).click();
    await expect.poll(() => workshopLanguage('en').inputValue()).toBe('en');
    await page.goto(web.url);
    await homeHeading(page, 'en').waitFor();
    expect(await page.getByRole('combobox', { name: 'Language', exact: true }).inputValue()).toBe(
      'en',
    );
    errors.assertClean();
    await context.close();
  });
});
