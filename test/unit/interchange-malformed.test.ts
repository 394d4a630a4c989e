import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseWorkshopJson, validateWorkshopJson } from '../../shared/model';
import { MALFORMED, MALFORMED_DIR } from '../fixtures/malformed-cases';

describe('malformed interchange files', () => {
  it('every file in the folder has its expectation, and there are at least 22', () => {
    const files = readdirSync(MALFORMED_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .sort();
    expect(files).toEqual(Object.keys(MALFORMED).sort());
    expect(files.length).toBeGreaterThanOrEqual(22);
  });

  for (const [name, expected] of Object.entries(MALFORMED)) {
    it(`${name}.json → ${expected[0]}`, () => {
      const result = parseWorkshopJson(
        readFileSync(new URL(`${name}.json`, MALFORMED_DIR), 'utf8'),
      );
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(expected);
    });
  }

  it('the base the files were made from is valid (each file has only its own damage)', () => {
    // Undo the one damage of a file and it validates: the expectation above is its only problem.
    const text = readFileSync(new URL('kr-target-string.json', MALFORMED_DIR), 'utf8');
    const value = JSON.parse(text) as { objectives: { keyResults: { target: unknown }[] }[] };
    value.objectives[1]!.keyResults[0]!.target = 20;
    expect(validateWorkshopJson(value)).toMatchObject({ ok: true });
  });

  it('unknown fields anywhere are ignored, never an error', () => {
    const value = JSON.parse(
      readFileSync(new URL('kr-target-string.json', MALFORMED_DIR), 'utf8'),
    ) as Record<string, unknown> & {
      objectives: Record<string, unknown>[];
      onePager: Record<string, unknown>;
    };
    (value.objectives[1]!.keyResults as Record<string, unknown>[])[0]!.target = 20;
    value.votes = { 'o-1': 2 };
    value.onePager.colour = 'teal';
    value.objectives[0]!.dismissedHints = ['vague'];
    const result = validateWorkshopJson(value);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).not.toHaveProperty('votes');
    expect(result.data.onePager).not.toHaveProperty('colour');
    expect(result.data.objectives[0]).not.toHaveProperty('dismissedHints');
  });

  it('a byte-order mark before the JSON is accepted', () => {
    const text = readFileSync(new URL('../fixtures/acme-2027.json', import.meta.url), 'utf8');
    expect(parseWorkshopJson(`\ufeff${text}`).ok).toBe(true);
  });

  it('a number too large for a double (1e999) is not a number', () => {
    const text = readFileSync(new URL('kr-target-string.json', MALFORMED_DIR), 'utf8').replace(
      '"20"',
      '1e999',
    );
    const result = parseWorkshopJson(text);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'objectives[1].keyResults[0].target: expected a number',
    ]);
  });

  it('never throws, whatever the value', () => {
    for (const value of [
      null,
      3,
      'x',
      [],
      {},
      { onePager: [] },
      { objectives: [null, { keyResults: [7] }] },
    ]) {
      const result = validateWorkshopJson(value);
      expect(result.ok).toBe(false);
    }
  });
});
