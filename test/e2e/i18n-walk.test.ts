import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../shared/i18n/resources';
import {
  launchChromium,
  seriousViolations,
  serveWeb,
  watchPage,
  type StaticServer,
  leaves,
  NOT_SHOWN,
  sampleWords,
  shownTexts,
  type Tree,
} from './support';

/**
 * The room's own language in real Chromium (issue 13 §4): the facilitator switches the
 * sample workshop to Italian, then German, and on every step walked here no English UI
 * string is left. Two checks per step: no visible text or accessible name equals an
 * English catalogue string whose translation differs, and nothing shown in English mode
 * is shown unchanged in the other language except the workshop's own words (the sample's
 * strings). The second catches text a component still hard-codes.
 *
 * Walked: the header, the agenda, the strategy one-pager, the alignment board, OKR drafting
 * (objectives, key results, the alignment tree and the coach with its findings), Review &
 * export (controls and preview), the Drumbeat (its weekly check-ins and its weekly meeting),
 * and the facilitator's run-sheet.
 */
const WALKED = [
  {
    label: {
      en: 'Strategy one-pager',
      it: 'Strategia in una pagina',
      de: 'Strategie auf einer Seite',
    },
  },
  { label: { en: 'Project alignment', it: 'Allineamento dei progetti', de: 'Projektabgleich' } },
  { label: { en: 'OKR drafting', it: 'Stesura degli OKR', de: 'OKRs entwerfen' } },
  { label: { en: 'Review & export', it: 'Revisione ed esportazione', de: 'Prüfen & exportieren' } },
  { label: { en: 'Drumbeat', it: 'Ritmo settimanale', de: 'Wochenrhythmus' } },
  {
    label: { en: 'Drumbeat', it: 'Ritmo settimanale', de: 'Wochenrhythmus' },
    // The weekly meeting: a second view of the step, by its link in the step's own nav.
    view: { en: 'Weekly meeting', it: 'Riunione settimanale', de: 'Wöchentliches Meeting' },
  },
  {
    // The facilitator's run-sheet beside the one-pager: agenda, what to say, the live
    // warnings, the timer and the closing checklist.
    label: {
      en: 'Strategy one-pager',
      it: 'Strategia in una pagina',
      de: 'Strategie auf einer Seite',
    },
    sheet: { en: 'Run-sheet', it: 'Scaletta', de: 'Ablaufplan' },
  },
] as const;

type Walked = (typeof WALKED)[number];
type Language = 'en' | 'it' | 'de';

/** Opens a walked screen: the step from the agenda, then its view if it has one. */
async function open(page: Page, step: Walked, language: Language): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: step.label[language] })
    .first()
    .click();
  await page.getByRole('heading', { name: step.label[language], level: 2 }).waitFor();
  if ('view' in step) {
    await page.getByRole('link', { name: step.view[language], exact: true }).click();
    await page.locator('.meeting').waitFor();
  }
  if ('sheet' in step) {
    const toggle = page.getByRole('button', { name: step.sheet[language], exact: true });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await page.getByRole('complementary', { name: step.sheet[language] }).waitFor();
  }
}

const nameOf = (step: Walked) =>
  'view' in step
    ? `${step.label.en} · ${step.view.en}`
    : 'sheet' in step
      ? `${step.label.en} · ${step.sheet.en}`
      : step.label.en;

/**
 * Where the walk reads text, beyond what is never shown: quoted published examples (the
 * coach's "teams like yours wrote…") are cited as their sources wrote them, and the coach's
 * rewrite of an item is the item's own words, in the item's language.
 */
const WALK_SKIP = `${NOT_SHOWN}, q, cite, .coach-suggestion-draft`;

/** A key result the coach flags (a task, not an outcome), typed on the OKR step. */
const WEAK_KEY_RESULT = 'Write the onboarding guide';

/** The coach's findings in its panel (the region's name is the same in every language). */
const coachHints = (page: Page) =>
  page.getByRole('region', { name: 'Coach' }).locator('.coach-hint');

/** Proper nouns and symbols that read the same in every language. */
const ALLOWED = new Set([
  'Offsite',
  'OKR',
  'OKRs',
  'English',
  'Italiano',
  'Deutsch',
  'Team',
  'Vision',
  // German writes these as English does.
  'optional',
  '(optional)',
  'Status',
  'Coach',
  // The export formats' own names.
  'PDF',
  'Markdown',
  'CSV',
  'JSON',
  'A4',
  'Ctrl',
  // Loan words and abbreviations the catalogue keeps in both languages ("KR 1.2" labels a
  // key result in every export).
  'Check-in',
  'KR',
]);

/**
 * Whether a line shown in English and again after the switch is only the room's words,
 * numbers and the allowed names: "Team · Customer Success", "20 visits", "KR 3.1, KR 3.2".
 */
function onlyRoomWords(text: string, room: readonly string[]): boolean {
  let rest = text;
  for (const words of room) if (rest.includes(words)) rest = rest.split(words).join(' ');
  return (rest.match(/\p{L}[\p{L}-]+/gu) ?? []).every((word) => ALLOWED.has(word));
}

describe('the whole UI in the workshop’s language', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveWeb();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const language of ['it', 'de'] as const) {
    it(`switches the sample workshop to ${language} and leaves no English on the steps walked`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const errors = watchPage(page);
      const english = new Map<string, string>();
      const en = leaves(resources.en.translation as Tree);
      const translated = leaves(resources[language].translation as Tree);
      // An English string counts only where the language says it differently.
      const foreign = new Set(translated);
      for (const s of en) if (!foreign.has(s)) english.set(s.replace(/\s+/g, ' ').trim(), s);
      const room = sampleWords();
      // Longest first, so a title is taken out whole before a word inside it.
      const roomWords = [...room].filter((w) => w.length >= 3).sort((a, b) => b.length - a.length);

      await page.goto(server.url);
      await page.getByRole('button', { name: 'Try the sample workshop' }).click();
      await page.getByRole('heading', { name: 'Strategy one-pager', level: 2 }).waitFor();

      // English first: what each step shows before the switch.
      const before = new Map<string, string[]>();
      for (const step of WALKED) {
        await open(page, step, 'en');
        if (step.label.en === 'OKR drafting') {
          // A task written as a key result: the coach flags it and suggests a rewrite.
          await page.getByRole('button', { name: 'Add key result' }).first().click();
          await page.keyboard.type(WEAK_KEY_RESULT);
          room.add(WEAK_KEY_RESULT);
          await coachHints(page).first().waitFor();
        }
        before.set(nameOf(step), await shownTexts(page, { skip: WALK_SKIP }));
      }

      // The facilitator's setting, in the header.
      await page.getByRole('combobox', { name: 'Workshop language' }).selectOption(language);
      const last = WALKED[WALKED.length - 1]!;
      await page.getByRole('heading', { name: last.label[language], level: 2 }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);

      for (const step of WALKED) {
        await open(page, step, language);
        if (step.label.en === 'OKR drafting') {
          // The coach's finding, its why and how open, in the room's language.
          await coachHints(page).first().locator('summary').click();
        }
        const shown = await shownTexts(page, { skip: WALK_SKIP });
        const leftInEnglish = shown.filter((s) => english.has(s) && !ALLOWED.has(s));
        expect(leftInEnglish, `${nameOf(step)}: catalogue strings in English`).toEqual([]);
        const unchanged = (before.get(nameOf(step)) ?? []).filter(
          (s) =>
            shown.includes(s) &&
            !room.has(s) &&
            // A value with the room's own unit: "20 visits", "22 → 12 visits".
            !room.has(s.replace(/^[\d\s.,→%+−-]+/, '')) &&
            !ALLOWED.has(s) &&
            !onlyRoomWords(s, roomWords) &&
            // Minutes and hours: "45 min", "2 h 50 min" read so in Italian too.
            !/^\d+ (min|h)( \d+ min)?$/.test(s) &&
            !/^[\d\s·–—%→+×↑↓.,:/()-]+$/.test(s),
        );
        expect(unchanged, `${nameOf(step)}: shown unchanged after the switch`).toEqual([]);
        expect(await seriousViolations(page)).toEqual([]);
      }
      errors.assertClean();
      await context.close();
    });
  }
});
