import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { validateWorkshopJson } from '../../shared/model';
import schema from '../../shared/model/interchange/workshop.schema.json';
import { MALFORMED, MALFORMED_DIR } from '../fixtures/malformed-cases';

/**
 * The JSON Schema in the repo (generated from the record specs) and the runtime validator
 * must agree, checked by an independent implementation of JSON Schema (ajv). The validator
 * is the schema plus what JSON Schema cannot say (duplicate ids, dangling references, parent
 * cycles): on those cases ajv must accept, proving that the schema is not stricter than the
 * app; on every other case both reject, at the same paths.
 */

const ajv = new Ajv2020({
  allErrors: true,
  strict: true,
  allowUnionTypes: true,
  strictNumbers: true,
});
// `format: "date"` asserts a real calendar date, as the app does (shared/dates.ts).
addFormats(ajv, ['date']);
const validateWithSchema = ajv.compile(schema);

/** The messages of problems JSON Schema cannot express. */
const referential =
  /^(no .* with id |duplicate id |forms a cycle |an objective cannot be its own parent)/;

/** ajv's `/objectives/1/keyResults/0/target` as the validator writes it: `objectives[1].keyResults[0].target`. */
function toPath(instancePath: string, missing?: string): string {
  const parts = instancePath.split('/').slice(1);
  if (missing !== undefined) parts.push(missing);
  let out = '';
  for (const part of parts)
    out += /^\d+$/.test(part) ? `[${part}]` : out === '' ? part : `.${part}`;
  return out === '' ? '(root)' : out;
}

function schemaPaths(value: unknown): string[] {
  if (validateWithSchema(value)) return [];
  const paths = (validateWithSchema.errors ?? []).map((e) =>
    toPath(
      e.instancePath,
      e.keyword === 'required'
        ? String((e.params as { missingProperty: string }).missingProperty)
        : undefined,
    ),
  );
  return [...new Set(paths)].sort();
}

describe('workshop.schema.json agrees with validateWorkshopJson', () => {
  it('the sample is valid for both', () => {
    const fixture: unknown = JSON.parse(
      readFileSync(new URL('../fixtures/acme-2027.json', import.meta.url), 'utf8'),
    );
    expect(validateWithSchema(fixture), JSON.stringify(validateWithSchema.errors)).toBe(true);
    expect(validateWorkshopJson(fixture).ok).toBe(true);
  });

  let compared = 0;
  for (const [name, expected] of Object.entries(MALFORMED)) {
    if (expected.every((line) => line.startsWith('(file):'))) continue; // not JSON at all
    compared++;
    it(`${name}.json: same verdict and the same paths`, () => {
      const value: unknown = JSON.parse(
        readFileSync(new URL(`${name}.json`, MALFORMED_DIR), 'utf8'),
      );
      const hand = validateWorkshopJson(value);
      expect(hand.ok).toBe(false);
      const problems = hand.ok ? [] : hand.problems;
      if (problems[0]?.message.startsWith('made by a newer version')) {
        // The validator says only this of a newer file, whatever else differs in it.
        expect(schemaPaths(value)).toContain('version');
        return;
      }
      const structural = problems.filter((p) => !referential.test(p.message));
      expect(schemaPaths(value)).toEqual([...new Set(structural.map((p) => p.path))].sort());
    });
  }

  it('compares at least 20 malformed cases', () => {
    expect(compared).toBeGreaterThanOrEqual(20);
  });

  it('both accept unknown fields and the optional fields of version 1', () => {
    const value = JSON.parse(
      readFileSync(new URL('../fixtures/acme-2027.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    Object.assign(value, {
      cycleStart: '2027-01-04',
      cycleEnd: '2027-03-31',
      checkInWeekday: 0,
      agreed: false,
      x: 1,
    });
    expect(validateWithSchema(value)).toBe(true);
    expect(validateWorkshopJson(value).ok).toBe(true);
  });
});
