// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixedT } from '../../shared/i18n';
import { initWorkshop, readMeta } from '../../shared/model';
import { relativeTime } from '../../renderer/ui/relative-time';
import * as Y from 'yjs';

/**
 * The home screen's words that are not plain catalogue strings: a workshop's last edit in
 * the app's language (Intl words the distance), the language picked outside workshops
 * (remembered on this device, else the browser's), and a new workshop's starting language.
 */
const NOW = Date.UTC(2026, 10, 29, 12, 0, 0);
const MINUTE = 60_000;

describe('relativeTime', () => {
  it('words a last edit in each language; English as before', () => {
    const cases: [number, string, string, string][] = [
      [NOW - 10_000, 'just now', 'proprio ora', 'gerade eben'],
      [NOW - 5 * MINUTE, '5 minutes ago', '5 minuti fa', 'vor 5 Minuten'],
      [NOW - 26 * 60 * MINUTE, 'yesterday', 'ieri', 'gestern'],
      [0, 'unknown', 'sconosciuta', 'unbekannt'],
    ];
    for (const [time, en, it, de] of cases) {
      expect(relativeTime(fixedT('en'), 'en', time, NOW)).toBe(en);
      expect(relativeTime(fixedT('it'), 'it', time, NOW)).toBe(it);
      expect(relativeTime(fixedT('de'), 'de', time, NOW)).toBe(de);
    }
  });
});

describe('the language outside workshops', () => {
  afterEach(() => {
    localStorage.clear();
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  const load = () => import('../../renderer/ui/app-language');

  it('is the browser’s until one is picked, then the one picked, after a reload too', async () => {
    vi.stubGlobal('navigator', { languages: ['de-AT', 'en'], language: 'de-AT' });
    let m = await load();
    expect(m.homeLanguage()).toBe('de');
    m.setHomeLanguage('it');
    expect(m.homeLanguage()).toBe('it');
    expect(localStorage.getItem('offsite.language')).toBe('it');
    vi.resetModules(); // A reload: the module starts again from storage.
    m = await load();
    expect(m.homeLanguage()).toBe('it');
  });

  it('ignores a stored value the app does not speak', async () => {
    vi.stubGlobal('navigator', { languages: ['fr-FR'], language: 'fr-FR' });
    localStorage.setItem('offsite.language', 'xx');
    expect((await load()).homeLanguage()).toBe('en');
  });
});

describe('a new workshop’s language', () => {
  it('is set when given, and absent (English) when not', () => {
    const de = new Y.Doc();
    initWorkshop(de, { language: 'de' });
    expect(readMeta(de).language).toBe('de');
    const en = new Y.Doc();
    initWorkshop(en, {});
    expect(readMeta(en).language ?? null).toBeNull();
  });
});
