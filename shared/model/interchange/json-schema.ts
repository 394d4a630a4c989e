import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema';
import { RECORD_SCHEMAS, WORKSHOP_SCHEMA } from './workshop-schema';

/**
 * workshop.schema.json, generated from the valibot schema that validates imports (and so
 * from the record specs). Used by scripts/gen-schema.mjs and the test that the checked-in
 * file is current; never bundled into the app (@valibot/to-json-schema is a dev dependency).
 */

const config: ConversionConfig = {
  target: 'draft-2020-12',
  // Each record's object is a named definition; the file refers to it by `$ref`.
  definitions: RECORD_SCHEMAS,
  // The plain-object check in front of each object (records/fields.ts `jsonObject`) is what
  // "type": "object" says already: convert the object after it.
  typeMode: 'output',
  // Checks JSON Schema has no keyword for are written as the metadata beside them
  // (`format: "date"`, `uniqueItems`); a finite number is what JSON numbers are.
  overrideAction: ({ valibotAction, jsonSchema }) =>
    ['check', 'raw_check', 'finite'].includes(valibotAction.type) ? jsonSchema : undefined,
};

export function workshopJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = toJsonSchema(WORKSHOP_SCHEMA, config) as Record<string, unknown>;
  return {
    $schema,
    $id: 'https://offsite.app/schema/workshop-1.json',
    title: 'Offsite workshop, interchange format version 1',
    description:
      'Generated from the record specs in shared/model/records by `npm run gen:schema`; do not edit. Arrays are in display order. Unknown fields are allowed everywhere and ignored on import. Duplicate ids, dangling references, cycles of parent objectives and a cycleEnd on or before cycleStart are not expressible here; the runtime validator checks them too. Dates are real calendar dates (format "date": 2027-02-30 is not one).',
    ...schema,
  };
}
