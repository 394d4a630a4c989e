/**
 * The interchange JSON, version 1: types, validation, parsing, import into a Y.Doc and
 * export from a snapshot. workshop.schema.json beside this file is its JSON Schema,
 * generated from the same record specs (npm run gen:schema).
 * @public
 */
export * from './json-types';
export { validateWorkshopJson, formatProblem } from './workshop-schema';
export * from './parse';
export * from './import';
export * from './export';
