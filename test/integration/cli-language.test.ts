import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/coach';

/**
 * The room's own language on the command line (issue 13 §4): the interchange JSON's
 * `"language"` makes `offsite export` write German (or Italian) headings into the PDF,
 * Markdown and CSV, and `offsite coach` speak it — whatever the machine's locale says.
 */
const root = new URL('../..', import.meta.url).pathname;
const fixture = join(root, 'test/fixtures/acme-2027.json');
let dir: string;
const file = (name: string) => join(dir, name);

function offsite(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'offsite.mjs'), ...args], {
    encoding: 'utf8',
    // An English machine: the document's language must come from the workshop alone.
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function withLanguage(language: string | null, name: string): string {
  const data = JSON.parse(readFileSync(fixture, 'utf8')) as Record<string, unknown> & {
    objectives: { keyResults: { title: string; [k: string]: unknown }[] }[];
  };
  if (language === null) delete data.language;
  else data.language = language;
  // A weak key result the coach flags, and a German one it must not call unmeasurable.
  data.objectives[0]!.keyResults.push(
    { id: 'k-weak', title: 'Kundenzufriedenheit verbessern', direction: 'increase' },
    { id: 'k-good', title: 'Umsatz von 2 auf 3 Mio. steigern', direction: 'increase' },
  );
  writeFileSync(file(name), JSON.stringify(data));
  return file(name);
}

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root });
  dir = mkdtempSync(join(tmpdir(), 'offsite-language-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('"language" in the interchange JSON', () => {
  it('is valid as a BCP 47 tag and refused, naming the field, when it is not one', () => {
    expect(offsite('validate', withLanguage('de-CH', 'ok.json')).code).toBe(0);
    const bad = offsite('validate', withLanguage('Deutsch!', 'bad.json'));
    expect(bad.code).not.toBe(0);
    expect(bad.stderr + bad.stdout).toMatch(/language/);
  });

  it('makes offsite export write a German PDF, read back with pdftotext', () => {
    const pdf = file('de.pdf');
    const r = offsite(
      'export',
      withLanguage('de', 'de.json'),
      '--pdf',
      pdf,
      '--participants',
      'Ana, Ben',
    );
    expect(r.code, r.stderr).toBe(0);
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
    for (const heading of [
      'Strategie auf einer Seite',
      'ZWECK',
      'SCHWERPUNKTE',
      'Projekte, die wir behalten',
      'Schlüsselergebnis',
      'Ausgangswert',
      'Wer teilgenommen hat',
      'Seite 1 von',
    ])
      expect(text).toContain(heading);
    for (const english of ['Strategy one-pager', 'Projects we keep', 'Key result', 'Page 1 of'])
      expect(text).not.toContain(english);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Subject:\s+Die im Workshop vereinbarten OKRs/);
  });

  it('writes Italian Markdown and CSV headers, and English when the JSON names no language', () => {
    const it = withLanguage('it', 'it.json');
    expect(offsite('export', it, '--md', file('it.md')).code).toBe(0);
    const md = readFileSync(file('it.md'), 'utf8');
    expect(md).toContain('## Strategia in una pagina');
    expect(md).toContain('### Aree di focus');
    expect(md).toMatch(/Esportato da Offsite il \d+ \w+ \d{4}\./);
    expect(offsite('export', it, '--csv', file('it.csv')).code).toBe(0);
    expect(readFileSync(file('it.csv'), 'utf8').split('\r\n')[0]).toBe(
      'obiettivo,team,risultato chiave,metrica,unità,partenza,obiettivo finale,attuale,fiducia,stato,progressi,voto',
    );
    const en = withLanguage(null, 'en.json');
    expect(offsite('export', en, '--md', file('en.md')).code).toBe(0);
    expect(readFileSync(file('en.md'), 'utf8')).toContain('## Strategy one-pager');
  });

  it('makes offsite coach speak German on a "language": "de" workshop, judging German words', () => {
    const de = withLanguage('de', 'coach-de.json');
    const json = offsite('coach', de, '--json');
    const findings = JSON.parse(json.stdout) as Finding[];
    const weak = findings.find((f) => f.target.id === 'k-weak');
    expect(weak?.rule).toBe('kr-not-measurable');
    expect(weak?.language).toBe('de');
    expect(weak?.message).toBe(
      'Schlüsselergebnis “Kundenzufriedenheit verbessern” hat keine Zahl und keinen Zielwert.',
    );
    expect(weak?.hint).toMatch(/^Ergänzt eine Kennzahl mit Zielwert/);
    // The German "from 2 to 3 million" is measurable: no verdict on it.
    expect(findings.filter((f) => f.target.id === 'k-good')).toEqual([]);

    const text = offsite('coach', de).stdout;
    expect(text).toMatch(/Schlüsselergebnisse — \d+ Fehler, \d+ Warnung/);
    expect(text).toContain('Schlüsselergebnis “Kundenzufriedenheit verbessern”');
    expect(text).not.toMatch(/\bwarning\b/);
  });
});
