/**
 * One definition per record. Each file here holds one record's field spec; spec.ts derives
 * from it the snapshot type, the forgiving reader, the strict JSON check, the JSON mapping
 * and (through scripts/gen-schema.mjs) the JSON Schema. A new optional field is one line in
 * its record's spec (plus, if old docs need rewriting, a step in its `migrations`).
 *
 * The JSON checks are valibot schemas. Chosen after measuring the candidates on the same
 * spec (key results, objectives and check-ins with this app's messages, every check as here),
 * bundled for the browser with esbuild --minify, gzip -9:
 *
 *   library                         bundle (min / gzip)   error paths                  eval
 *   valibot 1.5.0                    7.4 KB /  2.5 KB     key list, custom messages    never
 *   zod 4.6.7, zod/mini              22.3 KB /  7.7 KB     key list, custom messages    jitless
 *   zod 4.6.7, classic               91.6 KB / 26.8 KB     key list, custom messages    jitless
 *   typebox 1.4.3 (Value.Errors)    175.4 KB / 46.4 KB     JSON pointer, ajv-style      no
 *                                                         ("must be number", one error
 *                                                         per anyOf branch)
 *
 * valibot, zod and zod/mini gave the same paths and messages on the malformed sample;
 * valibot is a third of zod/mini's size and never generates code, so the renderer's CSP
 * (no `new Function`) needs no setting. Its JSON Schema converter (@valibot/to-json-schema)
 * runs only in the generator, never in a bundle. What valibot cannot say — a clamp with a
 * report when reading a peer's doc — is the field kinds' `read`, in fields.ts.
 * @public
 */
export type { JsonOf, RecordSpec, SnapshotOf } from './spec';
export * from './meta';
export * from './one-pager';
export * from './focus-area';
export * from './list-item';
export * from './project';
export * from './objective';
export * from './key-result';
export * from './check-in';
export * from './dismissal';
export * from './grade';
export * from './retrospective';
export * from './previous-cycle';
export * from './weekly-item';
export * from './health-rating';
