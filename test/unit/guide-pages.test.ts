import { describe, expect, it } from 'vitest';
import { STEP_GUIDES, stepPage } from '../../shared/guide';
import { STEPS } from '../../shared/protocol/room';

/**
 * The longer "Why this step?" pages in every language (issue 13 §4): each step's page in
 * Italian and German has a title, as many paragraphs as the English and the same sources,
 * none of it left in English; English is what the guide always said.
 */
describe('the why pages', () => {
  it('in English are the guide’s pages, unchanged', () => {
    for (const step of STEPS) {
      expect(stepPage(step, 'en')).toEqual({
        pageTitle: STEP_GUIDES[step].pageTitle,
        page: STEP_GUIDES[step].page,
        sources: STEP_GUIDES[step].sources,
      });
    }
    expect(STEP_GUIDES.onepager.pageTitle).toBe('Why start with a strategy one-pager?');
    expect(STEP_GUIDES.drumbeat.sources[0]).toBe(
      'Christina Wodtke, Radical Focus, 2nd edition (Cucina Media, 2021).',
    );
  });

  for (const language of ['it', 'de'] as const) {
    it(`exist in ${language} for every step, whole and translated`, () => {
      for (const step of STEPS) {
        const en = stepPage(step, 'en');
        const page = stepPage(step, language);
        expect(page.pageTitle, step).not.toBe(en.pageTitle);
        expect(page.pageTitle, step).toMatch(/\?$/);
        expect(page.page.length, step).toBe(en.page.length);
        expect(page.sources.length, step).toBe(en.sources.length);
        page.page.forEach((paragraph, i) => {
          expect(paragraph, `${step} p${i + 1}`).not.toBe(en.page[i]);
          // A translation, not a stub: at least half as long as the English paragraph.
          expect(paragraph.length, `${step} p${i + 1}`).toBeGreaterThan(en.page[i]!.length / 2);
        });
        page.sources.forEach((source, i) => {
          expect(source).not.toBe(en.sources[i]);
          // The works keep their own titles and authors.
          expect(source.split(',')[0]).toBe(en.sources[i]!.split(',')[0]);
        });
      }
    });
  }

  it('speaks the language asked for', () => {
    expect(stepPage('okrs', 'de').pageTitle).toBe('Warum Ziele und Schlüsselergebnisse?');
    expect(stepPage('okrs', 'it').pageTitle).toBe('Perché obiettivi e risultati chiave?');
    expect(stepPage('okrs', 'de').page.join(' ')).toContain('Schlüsselergebnis');
    expect(stepPage('okrs', 'it').page.join(' ')).toContain('risultato chiave');
  });
});
