import * as v from 'valibot';
import type * as Y from 'yjs';
import type { ReportProblem } from '../problems';
import { jsonObject, SKIP, type AnyField, type Field, type JsonMode } from './fields';

/**
 * A record's one definition: its fields (fields.ts), in the order they are read, checked and
 * written. Everything else about the record is derived from it here: the snapshot type, the
 * JSON type, the forgiving reader, the JSON check and the JSON mapping both ways.
 */
export type Fields = Readonly<Record<string, AnyField>>;

export interface RecordSpec<F extends Fields> {
  /** What one record is called in messages: "key result". */
  readonly noun: string;
  /** …and several: "key results". */
  readonly plural: string;
  readonly fields: F;
  /**
   * Steps that bring one stored record from schema version n to n + 1 (see migrations.ts),
   * for changes a new optional field cannot absorb (a rename, a changed meaning). Each step
   * must be idempotent: two peers may migrate the same old doc at once.
   */
  readonly migrations?: Readonly<Record<number, (record: Y.Map<unknown>) => void>>;
}

export function defineRecord<F extends Fields>(spec: RecordSpec<F>): RecordSpec<F> {
  return spec;
}

// ---------------------------------------------------------------- derived types

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type ValueOf<F> = F extends Field<infer V, infer _J, infer _M, infer _O> ? V : never;
type JsonOfField<F> = F extends Field<infer _V, infer J, infer _M, infer _O> ? J : never;
type KeysWhere<F extends Fields, Test> = {
  [K in keyof F]: F[K] extends Test ? K : never;
}[keyof F];
type SnapshotKeysOmitted<F extends Fields> = KeysWhere<F, { readonly omitInSnapshot: true }>;
type JsonKeys<F extends Fields, M extends JsonMode> = KeysWhere<F, { readonly json: M }>;

/** The plain, immutable snapshot of a record, as the UI, coach and exports see it. */
export type SnapshotOf<S extends RecordSpec<Fields>> = Simplify<
  {
    readonly [K in Exclude<keyof S['fields'], SnapshotKeysOmitted<S['fields']>>]: ValueOf<
      S['fields'][K]
    >;
  } & {
    readonly [K in SnapshotKeysOmitted<S['fields']>]?: Exclude<ValueOf<S['fields'][K]>, undefined>;
  }
>;

/** The record in the interchange JSON (fields of mode `none` are not in it). */
export type JsonOf<S extends RecordSpec<Fields>> = Simplify<
  { [K in JsonKeys<S['fields'], 'required'>]: JsonOfField<S['fields'][K]> } & {
    [K in JsonKeys<S['fields'], 'optional' | 'defaulted'>]?: JsonOfField<S['fields'][K]>;
  }
>;

// ---------------------------------------------------------------- derived functions

const entriesOf = <F extends Fields>(spec: RecordSpec<F>) =>
  Object.entries(spec.fields) as [string, AnyField][];

/**
 * Reads one stored record forgivingly: each field by its kind, every problem reported under
 * `where.field`. Null when a field the record cannot do without is unusable (reported too).
 * Never throws.
 */
export function readRecord<S extends RecordSpec<Fields>>(
  spec: S,
  where: string,
  id: string,
  map: Y.Map<unknown>,
  report: ReportProblem,
): SnapshotOf<S> | null {
  const out: Record<string, unknown> = {};
  for (const [key, field] of entriesOf(spec)) {
    const value: unknown = field.read(map.get(key), { where: `${where}.${key}`, report, id });
    if (value === SKIP) return null;
    if (value === undefined && field.omitInSnapshot) continue;
    out[key] = value;
  }
  return out as SnapshotOf<S>;
}

/** The valibot entries of the record's JSON object: required fields as they are, others optional. */
export function recordEntries<S extends RecordSpec<Fields>>(spec: S): v.ObjectEntries {
  const entries: v.ObjectEntries = {};
  for (const [key, field] of entriesOf(spec)) {
    if (field.json === 'none' || !field.schema) continue;
    entries[key] = field.json === 'required' ? field.schema : v.optional(field.schema);
  }
  return entries;
}

/** The valibot schema of the record's JSON object; `extra` entries (nested lists) go last. */
export function recordSchema<S extends RecordSpec<Fields>>(spec: S, extra: v.ObjectEntries = {}) {
  return jsonObject({ ...recordEntries(spec), ...extra });
}

/** The record's JSON: every JSON field in spec order, empty optional ones left out. */
export function recordToJson<S extends RecordSpec<Fields>>(
  spec: S,
  record: SnapshotOf<S>,
): JsonOf<S> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of entriesOf(spec)) {
    if (field.json === 'none') continue;
    const value: unknown = field.toJson((record as Record<string, unknown>)[key]);
    if (value !== undefined) out[key] = value;
  }
  return out as JsonOf<S>;
}

/** The values to store for a record read from (validated) JSON; absent or empty ones are left out. */
export function recordFromJson<S extends RecordSpec<Fields>>(
  spec: S,
  json: JsonOf<S>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of entriesOf(spec)) {
    if (field.json === 'none') continue;
    const value: unknown = field.toDoc((json as Record<string, unknown>)[key]);
    if (value !== undefined && value !== null && value !== '') out[key] = value;
  }
  return out;
}
