import { describe, expect, it } from 'vitest';
import { analyseKeyResult, RULE_IDS, type Finding } from '../../shared/coach';
import { longDate, weekdayName } from '../../shared/dates';
import { fixedT, i18n, localiseFinding, uiLanguage } from '../../shared/i18n';
import { resources } from '../../shared/i18n/resources';
import type { KeyResult } from '../../shared/model';

/**
 * The catalogue: every English key has an Italian and a German string (the types say so
 * too; this fails even if a cast slipped through), placeholders survive translation, and
 * nothing is left in English except what reads the same in the other language.
 */
type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const en = leaves(resources.en.translation as Tree);
const other = {
  it: leaves(resources.it.translation as Tree),
  de: leaves(resources.de.translation as Tree),
};

/**
 * Keys whose translation is rightly the English text: names, abbreviations, symbols and
 * loan words the language uses as they are. Anything else equal to English is a string
 * someone forgot to translate.
 */
const SAME_AS_ENGLISH: Record<'it' | 'de', ReadonlySet<string>> = {
  it: new Set([
    'steps.okrs.short',
    'board.inColumn',
    'board.team',
    'export.checkIns_one',
    'history.checkIns_one',
    'historyPoints.counts.checkIns_one',
    'export.columns.team',
    'export.columns.checkIn',
    'export.csv.team',
    'coachPanel.name',
    'drumbeat.team',
    'present.team',
    // Placeholders only: the words are in the values.
    'drumbeat.chart.one',
    'drumbeat.chart.whole',
    'guide.sheet.minutes',
    'guide.sheet.hours',
    'guide.sheet.hoursMinutes',
    'room.status.offlineShort',
    'room.timer',
    'room.min',
    'room.addMinute',
  ]),
  de: new Set([
    'onepager.vision',
    'board.inColumn',
    'board.team',
    'board.optional',
    'board.optionalParen',
    'export.okrs',
    'export.status',
    'export.columns.team',
    'export.columns.status',
    'export.columns.checkIn',
    'okrs.team',
    'okrs.teamBadge',
    'coachPanel.name',
    'drumbeat.team',
    'present.team',
    'drumbeat.chart.one',
    'drumbeat.chart.whole',
    'room.status.offlineShort',
    'room.timer',
  ]),
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the catalogue', () => {
  it('has at least the sections of the app and the coach', () => {
    const sections = new Set([...en.keys()].map((k) => k.split('.')[0]));
    for (const s of ['app', 'steps', 'onepager', 'board', 'export', 'coach', 'coachHints'])
      expect(sections).toContain(s);
    expect(en.size).toBeGreaterThan(300);
  });

  for (const language of ['it', 'de'] as const) {
    it(`has every English key in ${language}, with the same placeholders`, () => {
      const missing = [...en.keys()].filter((k) => !other[language].has(k));
      expect(missing).toEqual([]);
      const extra = [...other[language].keys()].filter((k) => !en.has(k));
      expect(extra).toEqual([]);
      const broken = [...en].filter(
        ([k, v]) =>
          JSON.stringify(placeholders(v)) !==
          JSON.stringify(placeholders(other[language].get(k) ?? '')),
      );
      expect(broken.map(([k]) => k)).toEqual([]);
    });

    it(`leaves nothing in English in ${language} but the known exceptions`, () => {
      const same = [...en]
        .filter(([k, v]) => other[language].get(k) === v && !SAME_AS_ENGLISH[language].has(k))
        .map(([k]) => k);
      expect(same).toEqual([]);
      // The exceptions still exist and are still the same: a stale list hides nothing.
      for (const k of SAME_AS_ENGLISH[language]) expect(other[language].get(k), k).toBe(en.get(k));
    });
  }

  it('keeps the English accessible names tests and issues rely on, verbatim', () => {
    const t = fixedT('en');
    expect(t('steps.onepager.label')).toBe('Strategy one-pager');
    expect(t('steps.review.label')).toBe('Review & export');
    expect(t('app.workshopTitle')).toBe('Workshop title');
    expect(t('board.columns.kill')).toBe('Kill');
    expect(t('board.focusAreaCount', { count: 1 })).toBe('1 focus area');
    expect(t('board.focusAreaCount', { count: 3 })).toBe('3 focus areas');
  });

  it('picks plural forms with Intl.PluralRules and maps tags onto the shipped languages', () => {
    expect(fixedT('de')('board.projectCount', { count: 1 })).toBe('1 Projekt');
    expect(fixedT('de-CH')('board.projectCount', { count: 4 })).toBe('4 Projekte');
    expect(fixedT('it')('export.counts.objectives', { count: 2 })).toBe('2 obiettivi');
    expect(uiLanguage('fr')).toBe('en');
    expect(uiLanguage(undefined)).toBe('en');
    expect(uiLanguage('IT')).toBe('it');
    // A fixed t never moves the app's own language.
    expect(i18n.language).toBe('en');
  });
});

describe('dates through Intl', () => {
  it('writes a date and a weekday in each language, English as before', () => {
    expect(longDate('2027-01-15')).toBe('15 January 2027');
    expect(longDate('2027-01-15', 'it')).toBe('15 gennaio 2027');
    expect(longDate('2027-01-15', 'de')).toBe('15. Januar 2027');
    expect(longDate('not a date', 'de')).toBe('not a date');
    expect(weekdayName(1)).toBe('Monday');
    expect(weekdayName(1, 'it')).toBe('lunedì');
    expect(weekdayName(0, 'de')).toBe('Sonntag');
  });
});

describe('the coach in the room’s language', () => {
  const kr = (title: string): KeyResult =>
    ({
      id: 'k1',
      objectiveId: 'o1',
      order: 'a0',
      title,
      metric: '',
      unit: '',
      baseline: null,
      target: null,
      current: null,
      confidence: null,
      direction: 'increase',
      team: '',
      initiatives: [],
    }) as unknown as KeyResult;

  it('renders every rule’s hint in Italian and German', () => {
    // The coach's sections are keyed by its own ids (not the typed catalogue's keys).
    const t = (language: string) => fixedT(language) as unknown as (key: string) => string;
    for (const rule of RULE_IDS) {
      expect(t('it')(`coachHints.${rule}.fix`)).not.toBe(t('en')(`coachHints.${rule}.fix`));
      expect(t('de')(`coachHints.${rule}.title`)).not.toBe(t('en')(`coachHints.${rule}.title`));
    }
  });

  it('says a finding whole in German, with the item’s words and the language named in German', () => {
    const [weak] = analyseKeyResult(kr('Improve customer satisfaction'));
    const de = localiseFinding(weak!, 'de');
    expect(de.rule).toBe('kr-not-measurable');
    expect(de.message).toBe(
      'Schlüsselergebnis “Improve customer satisfaction” hat keine Zahl und keinen Zielwert.',
    );
    expect(de.hint).toMatch(/^Ergänzt eine Kennzahl/);
    expect(localiseFinding(weak!, 'en')).toBe(weak);

    const [french] = analyseKeyResult(kr('Améliorer la satisfaction client'));
    const it = localiseFinding(french as Finding, 'it');
    expect(it.message).toContain('francese');
    expect(it.message).toContain('non è stato verificato');
  });

  it('never calls a German key result "not measurable", whatever the room speaks', () => {
    const text = 'Umsatz von 2 auf 3 Mio. steigern';
    expect(analyseKeyResult(kr(text))).toEqual([]);
    expect(analyseKeyResult(kr(text), { fallbackLanguage: 'it' })).toEqual([]);
    // The room's language settles only items whose words do not tell.
    const open = analyseKeyResult(kr('NPS à 45'), { fallbackLanguage: 'fr' });
    expect(open.map((f) => [f.rule, f.language])).toEqual([['not-checked', 'fr']]);
  });
});
