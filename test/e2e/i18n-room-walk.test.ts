import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../shared/i18n/resources';
import {
  launchChromium,
  projectCard,
  seriousViolations,
  startFixtureHub,
  watchPage,
  type FixtureHub,
  type PageErrors,
  shownTexts,
  type Tree,
} from './support';

/**
 * The room in the workshop's language (issue 13 §4), with the real hub serving the built
 * web UI: a facilitator sets the workshop to Italian (then, on a new hub, German) and two
 * participants whose browsers speak that language join from the join page. Walked: the join
 * page before joining (the browser's language) with its empty-name error and its
 * incomplete-link page, the room dialog (facilitator and participant), the people list,
 * removing a person and the removed person's banner, a dot vote open / revealed / kept under
 * earlier votes, the locked-edits banner (offline edits to a step locked meanwhile),
 * rotating the links and the refused participant's banner. On each, no visible text or
 * accessible name is an English catalogue string the language says differently (exactly,
 * or as a template with its placeholders filled), and axe finds no serious violation.
 */

type Language = 'it' | 'de';

const TITLE = 'Acme Field Service — 2027 planning offsite';
const FAVOURITE = 'Parts prediction per job';
const LOCKED_CARD = 'In-app chat with dispatchers';
const SHOTS = 'test-results/i18n-room-walk';
const SIZES = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1280x800', width: 1280, height: 800 },
  { name: '390x844', width: 390, height: 844 },
] as const;
const LOCALE: Record<Language, string> = { it: 'it-IT', de: 'de-DE' };

/** A catalogue string by its key path, in `language`, placeholders filled from `values`. */
function tr(
  language: 'en' | Language,
  key: string,
  values: Record<string, string | number> = {},
): string {
  let node: string | Tree = resources[language].translation as Tree;
  for (const part of key.split('.')) node = (node as Tree)[part]!;
  if (typeof node !== 'string') throw new Error(`${key} is not a string`);
  return node.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** Every (key path, string) of a catalogue. */
function entries(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[`${prefix}${k}`, v] as [string, string]]
      : entries(v, `${prefix}${k}.`),
  );
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What counts as English left in `language`: the English strings whose translation differs,
 * exactly, and those with placeholders as patterns ("Remove from room: {name}") when at
 * least two words of their own are around the placeholders ("{first} and {last}" would
 * match the workshop's own titles).
 */
function englishMatcher(language: Language): (text: string) => boolean {
  const translated = new Map(entries(resources[language].translation as Tree));
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const [key, en] of entries(resources.en.translation as Tree)) {
    if (translated.get(key) === en) continue;
    const text = norm(en);
    if (!/\{\w+\}/.test(text)) {
      exact.add(text);
      continue;
    }
    const literal = text.replace(/\{\w+\}/g, ' ');
    if ((literal.match(/\p{L}{2,}/gu) ?? []).length < 2) continue;
    patterns.push(
      new RegExp(
        `^${text
          .split(/\{\w+\}/)
          .map(escape)
          .join('.+?')}$`,
        'u',
      ),
    );
  }
  return (text) => exact.has(text) || patterns.some((p) => p.test(text));
}

describe('the room, its people, its votes and the join page in the workshop’s language', () => {
  let browser: Browser;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const language of ['it', 'de'] as const) {
    it(`walks the room in ${language} and leaves no English`, async () => {
      const room: FixtureHub = await startFixtureHub(`offsite-i18n-room-${language}-`);
      const { hub } = room;
      const contexts: BrowserContext[] = [];
      const errors: PageErrors[] = [];
      const english = englishMatcher(language);
      const t = (key: string, values?: Record<string, string | number>) =>
        tr(language, key, values);

      /** A page in its own context; participants' browsers speak `language`. */
      const open = async (locale: string) => {
        const context = await browser.newContext({
          locale,
          viewport: { width: 1280, height: 800 },
        });
        contexts.push(context);
        const page = await context.newPage();
        // Removed, refused and offline pages log their refused sockets: expected.
        errors.push(watchPage(page, [/WebSocket connection to .* failed/]));
        return page;
      };
      /** No English catalogue string and no serious axe violation inside `selector`. */
      const check = async (page: Page, where: string, selector: string) => {
        await page.locator(selector).first().waitFor();
        const shown = await shownTexts(page, { root: selector, rootRequired: false });
        expect(shown.length, `${where}: some text`).toBeGreaterThan(0);
        expect(
          shown.filter((s) => english(s)),
          `${where}: English left`,
        ).toEqual([]);
        expect(await seriousViolations(page, selector), `${where}: axe`).toEqual([]);
      };
      const shoot = async (page: Page, name: string, prepare?: () => Promise<void>) => {
        if (language !== 'de') return;
        for (const size of SIZES) {
          await page.setViewportSize({ width: size.width, height: size.height });
          await prepare?.();
          await page.screenshot({ path: `${SHOTS}/${name}-de-${size.name}.png` });
        }
        await page.setViewportSize({ width: 1280, height: 800 });
      };
      const join = async (page: Page, link: string, name: string, lang: 'en' | Language) => {
        await page.goto(link);
        await page.getByRole('textbox', { name: tr(lang, 'join.page.name') }).fill(name);
        await page.getByRole('button', { name: tr(lang, 'join.page.join'), exact: true }).click();
        await page.getByRole('navigation', { name: tr(lang, 'app.agenda') }).waitFor();
      };
      const goTo = async (page: Page, step: string) => {
        const label = t(`steps.${step}.label`);
        await page.getByRole('navigation').getByRole('link', { name: label }).first().click();
        await page.getByRole('heading', { name: label, level: 2 }).waitFor();
      };
      const voteRegion = (page: Page) => page.getByRole('region', { name: t('room.dotVote') });

      try {
        // The facilitator opens the room and sets the workshop's language.
        const fran = await open('en-US');
        await join(fran, room.facilitatorLink, 'Fran Facilitator', 'en');
        await fran.getByRole('combobox', { name: tr('en', 'app.language') }).selectOption(language);
        await expect.poll(() => fran.evaluate(() => document.documentElement.lang)).toBe(language);

        // The join page, before joining: the browser's language.
        const pat = await open(LOCALE[language]);
        await pat.goto(hub.url.replace(/#.*$/, '#/join/not-a-room?t=x'));
        await pat.getByRole('heading', { name: t('join.page.incomplete') }).waitFor();
        await check(pat, 'incomplete join link', 'main');
        await pat.goto(hub.url);
        await pat.getByRole('heading', { name: TITLE, level: 1 }).waitFor({ timeout: 10_000 });
        await check(pat, 'join page', 'main');
        await shoot(pat, 'join-page');
        await pat.getByRole('button', { name: t('join.page.join'), exact: true }).click();
        await pat
          .getByRole('alert')
          .filter({ hasText: t('join.page.noName') })
          .waitFor();
        await check(pat, 'join page, no name', 'main');
        await join(pat, hub.url, 'Pat Participant', language);
        const quinn = await open(LOCALE[language]);
        await join(quinn, hub.url, 'Quinn Participant', language);
        for (const page of [pat, quinn])
          await expect
            .poll(() => page.evaluate(() => document.documentElement.lang))
            .toBe(language);

        // The room dialog: the facilitator's links, a participant's view of the room.
        const roomButton = (page: Page) =>
          page.getByRole('button', { name: t('room.room'), exact: true });
        await roomButton(fran).click();
        await fran.getByRole('img', { name: t('roomPeople.panel.qr') }).waitFor();
        await check(fran, 'room dialog (facilitator)', 'dialog[open]');
        await fran.getByRole('button', { name: t('roomPeople.panel.done') }).click();
        // Opened at each size: on a phone the room's button is in the header's menu.
        await shoot(fran, 'room-dialog', async () => {
          if (await fran.locator('dialog[open]').count()) {
            await fran.keyboard.press('Escape');
            await fran.locator('dialog[open]').waitFor({ state: 'detached' });
          }
          const menu = fran.getByRole('button', { name: t('app.workshopMenu') });
          if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true')
            await menu.click();
          await roomButton(fran).click();
          await fran.getByRole('img', { name: t('roomPeople.panel.qr') }).waitFor();
        });
        await fran.keyboard.press('Escape');
        await fran.locator('dialog[open]').waitFor({ state: 'detached' });
        await fran.setViewportSize({ width: 1280, height: 800 });
        await roomButton(pat).click();
        await pat.getByRole('button', { name: t('roomPeople.panel.showJoin') }).click();
        await check(pat, 'room dialog (participant)', 'dialog[open]');
        await pat.getByRole('button', { name: t('roomPeople.panel.done') }).click();

        // The people list, removing a person, the removed person's screen.
        const people = fran.getByRole('button', {
          name: new RegExp(
            `^${escape(t('roomPeople.people.button', { count: 'X' }).split('X')[0]!)}`,
          ),
        });
        await expect
          .poll(() => people.getAttribute('aria-label'), { timeout: 10_000 })
          .toBe(t('roomPeople.people.button', { count: 3 }));
        await people.click();
        await check(fran, 'people list', '.presence-popover');
        await fran
          .getByRole('button', {
            name: t('roomPeople.people.removeName', { name: 'Quinn Participant' }),
          })
          .click();
        await fran
          .getByRole('alertdialog', {
            name: t('roomPeople.remove.title', { name: 'Quinn Participant' }),
          })
          .waitFor();
        await check(fran, 'remove dialog', 'dialog[open]');
        await fran
          .getByRole('button', { name: t('roomPeople.remove.remove'), exact: true })
          .click();
        await quinn.getByText(t('app.removed')).first().waitFor({ timeout: 10_000 });
        await check(quinn, 'removed banner', '.room-banner');
        await fran
          .getByText(t('roomPeople.people.removed', { name: 'Quinn Participant' }))
          .waitFor();
        await check(fran, 'people list after removal', '.presence-popover');
        await fran.keyboard.press('Escape');

        // A dot vote: open (ballot and turnout), revealed, then kept under earlier votes.
        await goTo(fran, 'alignment');
        await goTo(pat, 'alignment');
        await fran
          .getByRole('textbox', { name: t('room.question') })
          .fill('Was zuerst? / Cosa prima?');
        await fran.getByRole('spinbutton', { name: t('room.dotsEach') }).fill('2');
        await fran.getByRole('button', { name: t('room.startVote') }).click();
        await voteRegion(pat).waitFor({ timeout: 10_000 });
        await voteRegion(pat)
          .getByRole('button', { name: t('roomVotes.addDotTo', { title: FAVOURITE }) })
          .click();
        await expect
          .poll(() => voteRegion(fran).locator('.vote-turnout').textContent(), { timeout: 10_000 })
          .toContain('Pat Participant');
        await check(pat, 'vote (participant)', '.vote-panel');
        await check(fran, 'vote (facilitator)', '.vote-panel');
        await check(fran, 'room bar', '.room-top');
        await shoot(fran, 'voting-panel', () => voteRegion(fran).scrollIntoViewIfNeeded());
        await fran.getByRole('button', { name: t('room.revealVotes') }).click();
        await pat.getByRole('list', { name: t('roomVotes.results') }).waitFor({ timeout: 10_000 });
        await check(pat, 'vote results', '.vote-panel');
        await shoot(pat, 'vote-results', () => voteRegion(pat).scrollIntoViewIfNeeded());
        await fran.getByRole('button', { name: t('room.clearVote') }).click();
        const earlier = pat.getByText(t('roomVotes.earlier', { count: 1 }));
        await earlier.waitFor({ timeout: 10_000 });
        await earlier.click();
        await check(pat, 'earlier votes', '.earlier-votes');

        // Offline edits to a step the facilitator locks meanwhile: the locked-edits banner.
        await pat.context().setOffline(true);
        const card = projectCard(pat, LOCKED_CARD);
        await card.focus();
        await pat.keyboard.press('Space');
        await expect.poll(() => card.getAttribute('aria-pressed')).toBe('true');
        await pat.waitForTimeout(100);
        await pat.keyboard.press('ArrowRight');
        await pat.waitForTimeout(300);
        await pat.keyboard.press('Space');
        await expect.poll(() => card.getAttribute('aria-pressed')).not.toBe('true');
        await fran.getByRole('button', { name: t('room.lock') }).click();
        await fran.getByRole('button', { name: t('room.unlock') }).waitFor();
        await pat.context().setOffline(false);
        await pat.locator('.room-banner-held').waitFor({ timeout: 20_000 });
        await check(pat, 'locked-edits banner', '.room-banner-held');
        await fran.getByRole('button', { name: t('room.unlock') }).click();
        await pat.locator('.room-banner-held').waitFor({ state: 'detached', timeout: 30_000 });

        // Rotating the links: the confirmation, and the refused participant's banner.
        await roomButton(fran).click();
        await fran.getByRole('button', { name: t('roomPeople.panel.rotateLinks') }).click();
        await fran.getByRole('alertdialog', { name: t('roomPeople.panel.rotateTitle') }).waitFor();
        await check(fran, 'rotate links', 'dialog[open]');
        await fran
          .getByRole('alertdialog')
          .getByRole('button', { name: t('roomPeople.panel.rotateLinks') })
          .click();
        await pat
          .locator('.room-banner-error')
          .filter({ hasText: t('roomPeople.refusal.tryAgain') })
          .waitFor({ timeout: 10_000 });
        await check(pat, 'refused banner', '.room-banner-error');

        for (const e of errors) e.assertClean();
      } finally {
        for (const context of contexts) await context.close();
        await room.close();
      }
    }, 240_000);
  }
});
