/**
 * The interchange JSON, version 1: types, validation, parsing, import into a Y.Doc and
 * export from a snapshot. workshop.schema.json beside this file is its JSON Schema.
 * @public
 */
export * from './json-types';
export * from './validate';
export * from './parse';
export * from './import';
export * from './export';
