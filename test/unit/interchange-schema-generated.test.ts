import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workshopJsonSchema } from '../../shared/model/interchange/json-schema';

/**
 * workshop.schema.json is generated from the record specs (npm run gen:schema). A spec
 * changed without regenerating the file fails here, so the published schema never drifts
 * from what the app accepts.
 */
describe('workshop.schema.json', () => {
  it('is what the generator produces from the record specs now', () => {
    const checkedIn: unknown = JSON.parse(
      readFileSync(
        new URL('../../shared/model/interchange/workshop.schema.json', import.meta.url),
        'utf8',
      ),
    );
    expect(checkedIn, 'run `npm run gen:schema` and commit the file').toEqual(workshopJsonSchema());
  });

  it('describes every record by name and real calendar dates', () => {
    const schema = workshopJsonSchema() as { $defs: Record<string, unknown> };
    expect(Object.keys(schema.$defs).sort()).toEqual(
      [
        'checkIn',
        'dismissedFinding',
        'focusArea',
        'grade',
        'healthRating',
        'keyResult',
        'objective',
        'previousCycle',
        'project',
        'retrospective',
        'weeklyItem',
      ].sort(),
    );
    expect(schema.$defs.checkIn).toMatchObject({
      properties: { date: { type: 'string', format: 'date' } },
    });
  });
});
